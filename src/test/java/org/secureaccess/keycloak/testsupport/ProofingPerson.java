package org.secureaccess.keycloak.testsupport;

/**
 * A synthetic person of record for identity-proofing tests: an ITIN from the 9XX-7X-XXXX range
 * (never anyone's SSN), a made-up birth date, address, accounts and a 555-01XX phone. Every person's
 * tax id, birth date, card and mobile are recorded as {@link SensitiveValues} for the leak check.
 */
public record ProofingPerson(String firstName, String lastName, String taxId, String dobYear, String dobMonth, String dobDay,
                             String filingStatus, String line1, String city, String state, String zip, String card, String mobile,
                             String mobileLineType) {

    public ProofingPerson {
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, taxId);
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, dobYear + "-" + dobMonth + "-" + dobDay);
        SensitiveValues.record(SensitiveValues.Kind.ACCOUNT_NUMBER, card);
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, mobile);
    }

    /** A person numbered {@code n} (1..99): ITIN 9NN-7N-…, card ending 4000NNNN, mobile +1 202 555 01NN. */
    public static ProofingPerson number(int n, String firstName, String lastName, String mobileLineType) {
        String two = String.format("%02d", n);
        return new ProofingPerson(firstName, lastName, "9" + two + "-7" + (n % 10) + "-" + String.format("%04d", 4300 + n),
                String.valueOf(1960 + n % 30), String.valueOf(1 + n % 12), String.valueOf(1 + n % 27), "SINGLE",
                n + " Testing Road", "Springfield", "IL", "627" + two, "4000" + String.format("%04d", 1000 + n),
                "+1202555" + String.format("%04d", 100 + n), mobileLineType);
    }

    public String dateOfBirth() {
        return dobYear + "-" + String.format("%02d", Integer.parseInt(dobMonth)) + "-" + String.format("%02d", Integer.parseInt(dobDay));
    }

    /** The person's row for the reference-records import. */
    public String csvRow() {
        String phones = mobile == null ? "" : mobile + ":" + mobileLineType;
        return firstName + ",," + lastName + ",," + taxId + "," + dateOfBirth() + "," + filingStatus + "," + line1 + ",," + city + ","
                + state + "," + zip + ",CREDIT_CARD:" + card + "," + phones;
    }

    /** The person's object for the reference-records JSON import (docs/reference-records-import.md). */
    public String jsonObject() {
        String phones = mobile == null ? "" : "{\"number\": \"" + mobile + "\", \"line_type\": \"" + mobileLineType + "\"}";
        return "{\"first_name\": \"" + firstName + "\", \"last_name\": \"" + lastName + "\", \"tax_id\": \"" + taxId
                + "\", \"date_of_birth\": \"" + dateOfBirth() + "\", \"filing_status\": \"" + filingStatus + "\", \"address_line1\": \""
                + line1 + "\", \"city\": \"" + city + "\", \"state\": \"" + state + "\", \"zip\": \"" + zip
                + "\", \"accounts\": [{\"type\": \"CREDIT_CARD\", \"number\": \"" + card + "\"}], \"phones\": [" + phones + "]}";
    }

    /** The values that must never appear in a log or outside hashed columns. */
    public String[] secrets() {
        return new String[] {taxId, taxId.replace("-", ""), dateOfBirth(), card};
    }

    /** The same person typing a wrong card number (still 8 digits). */
    public String wrongCard() {
        return card.endsWith("9") ? card.substring(0, 7) + "8" : card.substring(0, 7) + "9";
    }
}
