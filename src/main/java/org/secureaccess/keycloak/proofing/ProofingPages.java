package org.secureaccess.keycloak.proofing;

/** The wizard's page templates (themes/secure-access/login). */
final class ProofingPages {

    static final String INTRO = "sa-proofing-intro.ftl";
    static final String EMAIL = "sa-proofing-email.ftl";
    static final String IDENTITY = "sa-proofing-identity.ftl";
    static final String ACCOUNT = "sa-proofing-account.ftl";
    static final String PHONE = "sa-proofing-phone.ftl";
    static final String PHONE_CODE = "sa-proofing-phone-code.ftl";
    static final String LETTER_REQUEST = "sa-proofing-letter-request.ftl";
    static final String LETTER_STATUS = "sa-proofing-letter-status.ftl";
    static final String DONE = "sa-proofing-done.ftl";
    static final String LOCKED = "sa-proofing-locked.ftl";
    static final String IDENTITY_IN_USE = "sa-proofing-identity-in-use.ftl";

    private ProofingPages() {
    }
}
