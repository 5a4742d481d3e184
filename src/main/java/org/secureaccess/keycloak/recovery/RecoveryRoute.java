package org.secureaccess.keycloak.recovery;

/** How a person who lost every second factor gets back in. */
public enum RecoveryRoute {
    /** Anyone: a waiting period with notices to the email and the old phone, each of which can cancel it. */
    WAIT,
    /** A person verified by our identity proofing: a code mailed to the address of record. */
    LETTER
}
