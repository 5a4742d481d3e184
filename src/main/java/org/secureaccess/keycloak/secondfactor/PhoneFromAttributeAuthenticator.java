package org.secureaccess.keycloak.secondfactor;

import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.secondfactor.PhoneEnrollment.Candidate;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Policy;

/**
 * Enrols a phone that an administrator or a directory (e.g. LDAP) already vouches for: when the
 * person has no verified phone yet and a configured user attribute holds an acceptable number,
 * that number becomes their text-message second factor. Shows no page and never fails a sign-in.
 */
class PhoneFromAttributeAuthenticator implements Authenticator {

    static final String ATTRIBUTE = "attribute";
    static final String DEFAULT_ATTRIBUTE = "phoneNumber";
    private static final Logger LOG = Logger.getLogger(PhoneFromAttributeAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        UserModel user = context.getUser();
        Map<String, String> config = config(context.getAuthenticatorConfig());
        String attribute = config.getOrDefault(ATTRIBUTE, DEFAULT_ATTRIBUTE);
        String value = user.getFirstAttribute(attribute);
        if (value != null && !value.isBlank() && PhoneEnrollment.current(session, user).isEmpty()) {
            Policy policy = PhoneEnrollmentRequiredActionFactory.policy(config);
            Candidate candidate = PhoneEnrollment.check(session, context.getRealm(), user, value, policy);
            if (candidate.accepted()) {
                PhoneCredentialModel phone = PhoneEnrollment.enroll(session, context.getRealm(), user, candidate.e164());
                context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL).user(user)
                        .detail(Details.CREDENTIAL_TYPE, PhoneCredentialModel.TYPE).detail(Details.CREDENTIAL_ID, phone.getId())
                        .detail("source", "attribute:" + attribute).success();
            } else {
                LOG.infof("User %s: attribute '%s' holds a number that cannot be enrolled (%s)", user.getId(), attribute, candidate.refusal());
            }
        }
        context.success();
    }

    private static Map<String, String> config(AuthenticatorConfigModel model) {
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
