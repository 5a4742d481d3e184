package org.secureaccess.keycloak.secondfactor;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers one of Keycloak's second-factor authenticators wrapped in the Secure Access lockout. */
abstract class LockoutGuardAuthenticatorFactory implements AuthenticatorFactory {

    private final String id;
    private final String delegateId;
    private final String credentialType;
    private final String referenceCategory;
    private final String displayType;
    private final String method;

    LockoutGuardAuthenticatorFactory(String id, String delegateId, String credentialType, String referenceCategory, String displayType, String method) {
        this.id = id;
        this.method = method;
        this.delegateId = delegateId;
        this.credentialType = credentialType;
        this.referenceCategory = referenceCategory;
        this.displayType = displayType;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new LockoutGuardAuthenticator(session.getProvider(Authenticator.class, delegateId), credentialType, method);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayType() {
        return displayType;
    }

    @Override
    public String getHelpText() {
        return "Keycloak's '" + delegateId + "' authenticator inside the Secure Access lockout: not offered while the "
                + "second factor is locked, its wrong entries count towards the lock, and a success makes it the default next time.";
    }

    @Override
    public String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return new ArrayList<>(SecondFactorSettings.properties(SecondFactorSettings.lockSettings()));
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
