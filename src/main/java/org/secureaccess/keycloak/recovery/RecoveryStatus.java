package org.secureaccess.keycloak.recovery;

/** Where a recovery request stands. */
public enum RecoveryStatus {
    PENDING,
    /** Cancelled from a notice, on the page, or by a sign-in with a working second factor. */
    CANCELLED,
    /** The second factors were removed. */
    COMPLETED,
    /** Not finished in time (the time after the wait, or the letter code's life, ran out). */
    EXPIRED
}
