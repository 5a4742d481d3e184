package org.secureaccess.keycloak.evidence.records;

import java.util.List;

import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.PhoneLineType;

/**
 * One validated person of record, before hashing. Its text form shows nothing sensitive.
 *
 * @param identity the identity facts (and the mailing address of record)
 * @param accounts financial accounts, numbers normalised
 * @param phones   phone numbers in E.164 form with their line types
 */
record ReferenceRecord(IdentityClaim identity, List<Account> accounts, List<Phone> phones) {

    record Account(FinancialAccountType type, String number) {

        String last4() {
            return number.substring(number.length() - 4);
        }

        @Override
        public String toString() {
            return "Account[" + type + " ..." + last4() + "]";
        }
    }

    record Phone(String e164, PhoneLineType lineType) {

        String last4() {
            return e164.substring(e164.length() - 4);
        }

        @Override
        public String toString() {
            return "Phone[..." + last4() + " " + lineType + "]";
        }
    }

    ReferenceRecord {
        accounts = List.copyOf(accounts);
        phones = List.copyOf(phones);
    }

    @Override
    public String toString() {
        return "ReferenceRecord[" + identity + ", " + accounts + ", " + phones + "]";
    }
}
