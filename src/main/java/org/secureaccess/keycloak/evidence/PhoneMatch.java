package org.secureaccess.keycloak.evidence;

/** Whether a phone number can prove a matched person's identity. */
public enum PhoneMatch {
    /** A mobile number on that person's records. */
    MATCHED,
    /** Not among that person's numbers. */
    NOT_ON_RECORD,
    /** On that person's records, but a landline or VoIP number: refused, it cannot prove possession by text message. */
    NOT_MOBILE
}
