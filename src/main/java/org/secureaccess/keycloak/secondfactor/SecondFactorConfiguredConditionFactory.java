package org.secureaccess.keycloak.secondfactor;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public class SecondFactorConfiguredConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String ID = "secure-access-has-second-factor";

    @Override
    public ConditionalAuthenticator getSingleton() {
        return SecondFactorConfiguredCondition.SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Secure Access: condition - second factor set up";
    }

    @Override
    public String getHelpText() {
        return "True when the person has (or, with 'not-configured', has not) any second factor: a verified phone, "
                + "an authenticator app, a security key or recovery codes.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(SecondFactorConfiguredCondition.EXPECT).label("Expect")
                .helpText("'configured': true when the person has a second factor. 'not-configured': true when they have none.")
                .type(ProviderConfigProperty.LIST_TYPE).options(SecondFactorConfiguredCondition.EXPECT_CHOICES)
                .defaultValue(SecondFactorConfiguredCondition.EXPECT_CONFIGURED).add()
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
