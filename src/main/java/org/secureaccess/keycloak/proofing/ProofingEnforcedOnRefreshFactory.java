package org.secureaccess.keycloak.proofing;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

public class ProofingEnforcedOnRefreshFactory implements ClientPolicyExecutorProviderFactory {

    public static final String ID = "secure-access-proofing-enforced-on-refresh";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new ProofingEnforcedOnRefresh(session);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Secure Access: from the identity-proofing enforcement date, refuses the refresh grant for people whose identity is "
                + "not verified, so that a session begun before the date cannot go on past it.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
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
