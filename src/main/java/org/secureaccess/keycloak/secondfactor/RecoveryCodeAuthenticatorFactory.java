package org.secureaccess.keycloak.secondfactor;

import org.keycloak.authentication.authenticators.browser.RecoveryAuthnCodesFormAuthenticatorFactory;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;

/** Printed recovery codes with Keycloak's authenticator, inside the lockout. */
public class RecoveryCodeAuthenticatorFactory extends LockoutGuardAuthenticatorFactory {

    public static final String ID = "secure-access-recovery-code";

    public RecoveryCodeAuthenticatorFactory() {
        super(ID, RecoveryAuthnCodesFormAuthenticatorFactory.PROVIDER_ID, RecoveryAuthnCodesCredentialModel.TYPE,
                RecoveryAuthnCodesCredentialModel.TYPE, "Secure Access: recovery code", "recovery-code");
    }
}
