package org.secureaccess.keycloak.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of account a person may quote to prove who they are, and what they type for each.
 *
 * <ul>
 *   <li>{@link #CREDIT_CARD}: the last 8 digits of the card number. American Express, debit and corporate cards are
 *       not accepted, but 8 digits cannot reveal the brand, so the page must say so; here only the 8 digits are
 *       checked.</li>
 *   <li>Loans and lines of credit: the account number, 4 to 20 letters and digits once spaces and dashes are
 *       removed (upper-cased).</li>
 * </ul>
 */
public enum FinancialAccountType {
    CREDIT_CARD,
    MORTGAGE,
    HOME_EQUITY_LOAN,
    HOME_EQUITY_LINE_OF_CREDIT,
    AUTO_LOAN,
    STUDENT_LOAN;

    private static final Pattern CARD_DIGITS = Pattern.compile("[0-9]{8}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Z0-9]{4,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015]+");
    private static final int MAX_TYPED_LENGTH = 40;

    /**
     * What is compared for {@code typed}: the digits or the upper-cased letters and digits without spaces and dashes;
     * empty when it is not a possible number for this type. Sensitive: hash it, never log or store it.
     */
    public Optional<String> normalizeNumber(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        Pattern valid = this == CREDIT_CARD ? CARD_DIGITS : ACCOUNT_NUMBER;
        return valid.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** The type named by {@code value}: its name in any case, spaces or dashes for underscores; HELOC for a line of credit. */
    public static Optional<FinancialAccountType> parse(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return Optional.empty();
        }
        String key = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        if (key.equals("HELOC")) {
            return Optional.of(HOME_EQUITY_LINE_OF_CREDIT);
        }
        for (FinancialAccountType type : values()) {
            if (type.name().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
