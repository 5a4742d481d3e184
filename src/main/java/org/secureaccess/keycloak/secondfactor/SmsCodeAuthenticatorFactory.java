package org.secureaccess.keycloak.secondfactor;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

public class SmsCodeAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "secure-access-sms-code";
    private static final SmsCodeAuthenticator SINGLETON = new SmsCodeAuthenticator();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Secure Access: security code by text message";
    }

    @Override
    public String getHelpText() {
        return "Texts a one-time code to the person's verified mobile number. Weaker than an authenticator app or a "
                + "security key, so offer those as alternatives. Wrong codes count towards Keycloak's brute-force "
                + "protection (category otp) and towards the Secure Access lockout shared by every second-factor method.";
    }

    /** Wrong codes are failures of the {@code otp} category, which Keycloak's brute-force protector counts. */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    /** Lists the phone as a second factor in the account console wherever this authenticator is in a flow. */
    @Override
    public java.util.Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return java.util.Set.of(PhoneCredentialModel.TYPE);
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(SecondFactorSettings.properties(SecondFactorSettings.smsSettings()));
        properties.addAll(SecondFactorSettings.properties(SecondFactorSettings.lockSettings()));
        return properties;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
