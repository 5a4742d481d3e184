package org.secureaccess.keycloak.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Filing statuses, account types and their numbers, phone line types: what is accepted and how it is read. */
class ChoicesTest {

    @Test
    void filingStatusesByNameAndAbbreviation() {
        assertEquals(5, FilingStatus.values().length);
        assertEquals(Optional.of(FilingStatus.SINGLE), FilingStatus.parse("single"));
        assertEquals(Optional.of(FilingStatus.MARRIED_FILING_JOINTLY), FilingStatus.parse("Married filing jointly"));
        assertEquals(Optional.of(FilingStatus.MARRIED_FILING_JOINTLY), FilingStatus.parse("MFJ"));
        assertEquals(Optional.of(FilingStatus.MARRIED_FILING_SEPARATELY), FilingStatus.parse("married-filing-separately"));
        assertEquals(Optional.of(FilingStatus.HEAD_OF_HOUSEHOLD), FilingStatus.parse(" HOH "));
        assertEquals(Optional.of(FilingStatus.QUALIFYING_SURVIVING_SPOUSE), FilingStatus.parse("QUALIFYING_SURVIVING_SPOUSE"));
        assertEquals(Optional.of(FilingStatus.QUALIFYING_SURVIVING_SPOUSE), FilingStatus.parse("Qualifying widow(er)"));
        for (String bad : new String[] {null, "", "married", "JOINT", "X".repeat(50)}) {
            assertTrue(FilingStatus.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void creditCardsAreTheirLastEightDigits() {
        FinancialAccountType card = FinancialAccountType.CREDIT_CARD;
        assertEquals(Optional.of("40128888"), card.normalizeNumber("4012 8888"));
        assertEquals(Optional.of("40128888"), card.normalizeNumber("4012-8888"));
        assertEquals(Optional.of("00001234"), card.normalizeNumber("00001234"));
        for (String bad : new String[] {"1234567", "123456789", "4012888A", "", "4111 1111 1111 1111"}) {
            assertTrue(card.normalizeNumber(bad).isEmpty(), bad);
        }
    }

    @Test
    void loanNumbersAreFourToTwentyLettersAndDigits() {
        for (FinancialAccountType loan : new FinancialAccountType[] {FinancialAccountType.MORTGAGE, FinancialAccountType.HOME_EQUITY_LOAN,
                FinancialAccountType.HOME_EQUITY_LINE_OF_CREDIT, FinancialAccountType.AUTO_LOAN, FinancialAccountType.STUDENT_LOAN}) {
            assertEquals(Optional.of("EXMTG0042"), loan.normalizeNumber("ex-mtg 0042"), loan.name());
            assertEquals(Optional.of("1234"), loan.normalizeNumber("1234"));
            assertEquals(Optional.of("A".repeat(20)), loan.normalizeNumber("a".repeat(20)));
            assertTrue(loan.normalizeNumber("123").isEmpty());
            assertTrue(loan.normalizeNumber("A".repeat(21)).isEmpty());
            assertTrue(loan.normalizeNumber("EX/0042").isEmpty());
            assertTrue(loan.normalizeNumber("EX_0042").isEmpty());
            assertTrue(loan.normalizeNumber(null).isEmpty());
        }
    }

    @Test
    void accountTypesAndLineTypesByName() {
        assertEquals(6, FinancialAccountType.values().length);
        assertEquals(Optional.of(FinancialAccountType.CREDIT_CARD), FinancialAccountType.parse("credit card"));
        assertEquals(Optional.of(FinancialAccountType.HOME_EQUITY_LINE_OF_CREDIT), FinancialAccountType.parse("HELOC"));
        assertEquals(Optional.of(FinancialAccountType.STUDENT_LOAN), FinancialAccountType.parse("Student-Loan"));
        assertTrue(FinancialAccountType.parse("AMEX").isEmpty());
        assertTrue(FinancialAccountType.parse("DEBIT_CARD").isEmpty());
        assertEquals(Optional.of(PhoneLineType.MOBILE), PhoneLineType.parse("mobile"));
        assertEquals(Optional.of(PhoneLineType.VOIP), PhoneLineType.parse("VOIP"));
        assertTrue(PhoneLineType.parse("CELL").isEmpty());
    }

    @Test
    void aNonMatchCarriesNothing() {
        IdentityMatch no = IdentityMatch.notMatched();
        assertEquals(false, no.matched());
        assertEquals(null, no.personReference());
        IdentityMatch yes = IdentityMatch.matched("p-1", true, false);
        assertTrue(yes.matched() && yes.hasPhoneOnRecord() && !yes.hasAccountOnRecord());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new IdentityMatch(false, "p-1", false, false));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> new IdentityMatch(true, null, false, false));
    }
}
