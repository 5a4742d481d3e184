package org.secureaccess.keycloak.history;

/** What a row of the login history records. */
public enum HistoryKind {
    SIGN_IN(true),
    PASSWORD_WRONG(false),
    CODE_WRONG(false),
    CODE_EXPIRED(false),
    CODE_SENT(true),
    CODE_NOT_SENT(false),
    CODE_LIMIT_REACHED(false),
    LOCKED_OUT(false),
    SIGN_IN_FAILED(false),
    SIGN_OUT(true),
    PASSWORD_CHANGED(true),
    PHONE_CHANGED(true),
    AUTHENTICATOR_CHANGED(true),
    NOT_ME_REPORTED(true),
    IDENTITY_PROOFING(true),
    IDENTITY_PROOFING_FAILED(false),
    /** Failed attempts past the hourly bound of rows, summed in one row per person and hour (its {@code attempts}). */
    MORE_FAILED_ATTEMPTS(false),
    /** Someone who could not use any second factor asked to have them removed (after a wait, or with a mailed code). */
    RECOVERY_REQUESTED(true),
    RECOVERY_CANCELLED(true),
    /** Every second factor was removed at the end of a recovery request. */
    SECOND_FACTORS_REMOVED(true);

    private final boolean success;

    HistoryKind(boolean success) {
        this.success = success;
    }

    public boolean success() {
        return success;
    }

    /** Failed sign-in attempts that the security page highlights. */
    public boolean isFailedAttempt() {
        return this == PASSWORD_WRONG || this == CODE_WRONG || this == CODE_EXPIRED || this == LOCKED_OUT || this == SIGN_IN_FAILED
                || this == MORE_FAILED_ATTEMPTS;
    }
}
