package org.secureaccess.keycloak.recovery;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Listens to every realm (a global listener, nothing to switch on) so that no realm configuration
 * can leave a pending recovery request standing after the person signed in with a second factor.
 */
public class SignInCancelsRecoveryListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "secure-access-recovery";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SignInCancelsRecoveryListener(session);
    }

    @Override
    public boolean isGlobal() {
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

    @Override
    public String getId() {
        return ID;
    }
}
