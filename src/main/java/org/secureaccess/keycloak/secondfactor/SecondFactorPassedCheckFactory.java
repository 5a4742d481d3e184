package org.secureaccess.keycloak.secondfactor;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public class SecondFactorPassedCheckFactory implements AuthenticatorFactory {

    public static final String ID = "secure-access-second-factor-passed";
    private static final SecondFactorPassedCheck SINGLETON = new SecondFactorPassedCheck();

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
        return "Secure Access: second factor passed";
    }

    @Override
    public String getHelpText() {
        return "Put last in a (sub)flow that must end with a second factor: refuses to go on unless a second factor was passed in "
                + "this authentication, or (if allowed) a person with none has an enabled set-up action pending.";
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
                .property().name(SecondFactorPassedCheck.ALLOW_ENROLMENT).label("Allow first set-up")
                .helpText("On: a person with no second factor may go on when setting up their first phone or app is pending (sign-in, "
                        + "registration). Off: only a second factor passed now counts (password reset, which never adds one).")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
                .build();
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED};
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
