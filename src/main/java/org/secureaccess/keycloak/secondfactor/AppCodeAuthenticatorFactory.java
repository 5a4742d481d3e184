package org.secureaccess.keycloak.secondfactor;

import org.keycloak.authentication.authenticators.browser.OTPFormAuthenticatorFactory;
import org.keycloak.models.credential.OTPCredentialModel;

/** Authenticator-app codes (TOTP, RFC 6238) with Keycloak's OTP form and OTP policy, inside the lockout. */
public class AppCodeAuthenticatorFactory extends LockoutGuardAuthenticatorFactory {

    public static final String ID = "secure-access-app-code";

    public AppCodeAuthenticatorFactory() {
        super(ID, OTPFormAuthenticatorFactory.PROVIDER_ID, OTPCredentialModel.TYPE, OTPCredentialModel.TYPE,
                "Secure Access: code from an authenticator app", "otp");
    }
}
