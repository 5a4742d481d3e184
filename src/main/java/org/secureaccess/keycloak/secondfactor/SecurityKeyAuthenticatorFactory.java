package org.secureaccess.keycloak.secondfactor;

import org.keycloak.authentication.authenticators.browser.WebAuthnAuthenticatorFactory;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/** Security keys and passkeys (WebAuthn) with Keycloak's authenticator, inside the lockout. */
public class SecurityKeyAuthenticatorFactory extends LockoutGuardAuthenticatorFactory {

    public static final String ID = "secure-access-security-key";

    public SecurityKeyAuthenticatorFactory() {
        super(ID, WebAuthnAuthenticatorFactory.PROVIDER_ID, WebAuthnCredentialModel.TYPE_TWOFACTOR, WebAuthnCredentialModel.TYPE_TWOFACTOR,
                "Secure Access: security key or passkey", "hwk");
    }
}
