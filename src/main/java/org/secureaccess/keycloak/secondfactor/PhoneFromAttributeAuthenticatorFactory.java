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

public class PhoneFromAttributeAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "secure-access-phone-from-attribute";
    private static final PhoneFromAttributeAuthenticator SINGLETON = new PhoneFromAttributeAuthenticator();

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
        return "Secure Access: phone from user attribute";
    }

    @Override
    public String getHelpText() {
        return "Makes the number in a user attribute (set by an administrator or synchronised from a directory) the person's "
                + "text-message second factor, when they have none yet and the number is acceptable.";
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
                .property().name(PhoneFromAttributeAuthenticator.ATTRIBUTE).label("User attribute")
                .helpText("Attribute holding the phone number. Default " + PhoneFromAttributeAuthenticator.DEFAULT_ATTRIBUTE + ".")
                .type(ProviderConfigProperty.USER_PROFILE_ATTRIBUTE_LIST_TYPE).defaultValue(PhoneFromAttributeAuthenticator.DEFAULT_ATTRIBUTE).add()
                .property().name(PhoneEnrollmentRequiredActionFactory.DEFAULT_REGION).label("Default country")
                .helpText("Region assumed for numbers without +country code. Default US.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(PhoneNumbers.DEFAULT_REGION).add()
                .property().name(PhoneEnrollmentRequiredActionFactory.ALLOWED_REGIONS).label("Allowed countries")
                .helpText("Comma-separated regions. Default US.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("US").add()
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
