package org.secureaccess.keycloak.sitephrase;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.Constants;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.shared.config.BoundedInt;

public class SitePhraseLoginFormFactory implements AuthenticatorFactory {

    public static final String ID = "secure-access-site-phrase-login";
    private static final SitePhraseLoginForm SINGLETON = new SitePhraseLoginForm();

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
        return "Secure Access: username, site phrase and password";
    }

    @Override
    public String getHelpText() {
        return "Asks for the username first, then the password, with the person's site phrase and picture beside it on a browser "
                + "where they completed a full sign-in before (every other browser sees the same neutral note, known username or not). "
                + "Throttles the username step per source address and per username. Replaces 'Username Password Form'.";
    }

    /** Failures count towards Keycloak's brute-force protection like the password form's. */
    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }

    /** The authentication reference (amr value) every execution may carry, the username limits and device recognition. */
    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigurationBuilder builder = ProviderConfigurationBuilder.create()
                .property().name(Constants.AUTHENTICATION_EXECUTION_REFERENCE_VALUE).label("Authentication reference (amr)")
                .helpText("The amr value a successful password adds to tokens, e.g. pwd.").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("pwd").add()
                .property().name(Constants.AUTHENTICATION_EXECUTION_REFERENCE_MAX_AGE).label("Authentication reference max age (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE).add();
        for (BoundedInt setting : SignInSettings.all()) {
            builder.property(setting.toProperty());
        }
        return builder.build();
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
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
