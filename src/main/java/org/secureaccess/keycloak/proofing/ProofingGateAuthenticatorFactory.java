package org.secureaccess.keycloak.proofing;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public class ProofingGateAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "secure-access-proofing-gate";
    static final String MODE = "mode";
    static final String MODE_ENFORCEMENT_DATE = "enforcement-date";
    static final String MODE_ALWAYS = "always";
    private static final ProofingGateAuthenticator SINGLETON = new ProofingGateAuthenticator();

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
        return "Secure Access: identity proofing";
    }

    @Override
    public String getHelpText() {
        return "Sends people whose identity is not verified through 'Verify your identity'. Mode 'enforcement-date' lets them "
                + "put it off until the required action's enforcement date; 'always' does not (use it for an identity-verified "
                + "level of authentication).";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(MODE).label("When proofing is required")
                .helpText("enforcement-date: from the 'Verify your identity' required action's enforcement date (reminders before it). "
                        + "always: now, without putting it off.")
                .type(ProviderConfigProperty.LIST_TYPE).options(MODE_ENFORCEMENT_DATE, MODE_ALWAYS).defaultValue(MODE_ENFORCEMENT_DATE).add()
                .build();
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
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
