package org.secureaccess.keycloak.secondfactor;

import java.util.List;
import java.util.Set;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/**
 * Whether the person has any second factor yet. Lets a flow offer the choice of methods to people
 * who have one, and send everyone else to set up their phone instead of failing the sign-in.
 */
class SecondFactorConfiguredCondition implements ConditionalAuthenticator {

    static final String EXPECT = "expect";
    static final String EXPECT_CONFIGURED = "configured";
    static final String EXPECT_NOT_CONFIGURED = "not-configured";
    static final List<String> EXPECT_CHOICES = List.of(EXPECT_CONFIGURED, EXPECT_NOT_CONFIGURED);
    static final Set<String> SECOND_FACTOR_TYPES = Set.of(PhoneCredentialModel.TYPE, OTPCredentialModel.TYPE,
            WebAuthnCredentialModel.TYPE_TWOFACTOR, RecoveryAuthnCodesCredentialModel.TYPE);

    static final SecondFactorConfiguredCondition SINGLETON = new SecondFactorConfiguredCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        boolean configured = hasSecondFactor(context.getUser());
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        String expected = config == null || config.getConfig() == null ? EXPECT_CONFIGURED : config.getConfig().getOrDefault(EXPECT, EXPECT_CONFIGURED);
        return EXPECT_NOT_CONFIGURED.equals(expected) ? !configured : configured;
    }

    static boolean hasSecondFactor(UserModel user) {
        return user != null && user.credentialManager().getStoredCredentialsStream()
                .anyMatch(credential -> SECOND_FACTOR_TYPES.contains(credential.getType()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
