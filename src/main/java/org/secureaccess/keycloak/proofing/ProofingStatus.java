package org.secureaccess.keycloak.proofing;

/** Where a person stands in identity proofing. */
public enum ProofingStatus {
    /** Nothing started yet (no record). */
    NOT_STARTED,
    /** Some steps done; the rest still to do. */
    IN_PROGRESS,
    /** An activation letter is on its way to the address of record. */
    LETTER_PENDING,
    /** Verified: by phone, by letter, by an administrator's exception, or by an accepted earlier process. */
    VERIFIED
}
