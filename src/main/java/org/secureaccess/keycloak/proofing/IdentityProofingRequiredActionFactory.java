package org.secureaccess.keycloak.proofing;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

public class IdentityProofingRequiredActionFactory implements RequiredActionFactory {

    public static final String ID = "secure-access-verify-identity";
    private static final IdentityProofingRequiredAction SINGLETON = new IdentityProofingRequiredAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "Secure Access: verify your identity";
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> properties = new ArrayList<>(RequiredActionFactory.super.getConfigMetadata());
        properties.addAll(ProofingSettings.properties());
        return properties;
    }

    /** Refuses settings outside the bounds of the requirements, with a message that says which. */
    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        RequiredActionFactory.super.validateConfig(session, realm, model);
        List<String> problems = ProofingSettings.problems(model.getConfig());
        if (!problems.isEmpty()) {
            throw new ValidationException(new ValidationError(getId(), "config", String.join(" ", problems)));
        }
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
