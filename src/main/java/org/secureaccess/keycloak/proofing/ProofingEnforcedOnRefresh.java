package org.secureaccess.keycloak.proofing;

import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * A client-policy executor for the refresh grant: once identity proofing is enforced (the required
 * action's enforcement date has passed), an application's refresh token no longer yields tokens for
 * a person who is still not verified. Without it, a session that began while proofing could still be
 * put off would keep an application supplied with tokens past the date, for as long as the session
 * lives; sign-in and session re-entry are already stopped at the proofing step.
 */
public class ProofingEnforcedOnRefresh implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    static final String DESCRIPTION = "Identity verification is required: sign in again to verify your identity.";

    private final KeycloakSession session;

    ProofingEnforcedOnRefresh(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return ProofingEnforcedOnRefreshFactory.ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.TOKEN_REFRESH_RESPONSE) {
            return;
        }
        AuthenticatedClientSessionModel clientSession = ((TokenRefreshResponseContext) context).getClientSession();
        if (clientSession == null || clientSession.getUserSession() == null) {
            return;
        }
        RealmModel realm = clientSession.getRealm();
        UserModel user = clientSession.getUserSession().getUser();
        if (!ProofingSettings.of(realm).postponable() && !ProofingState.isVerified(session, realm, user)) {
            throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, DESCRIPTION);
        }
    }
}
