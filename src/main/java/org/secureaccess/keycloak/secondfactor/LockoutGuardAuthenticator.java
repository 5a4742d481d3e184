package org.secureaccess.keycloak.secondfactor;

import java.util.List;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.FlowStatus;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.secureaccess.keycloak.history.LoginHistory;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * One of Keycloak's own second-factor authenticators (app code, security key, recovery code),
 * unchanged, inside the Secure Access lockout: while the lock holds, the method is not offered;
 * its wrong entries count towards the lock, and a success resets it and makes the method the
 * person's default for next time.
 */
class LockoutGuardAuthenticator implements Authenticator, CredentialValidator<CredentialProvider<?>> {

    private final Authenticator delegate;
    private final String credentialType;
    private final String method;

    LockoutGuardAuthenticator(Authenticator delegate, String credentialType, String method) {
        this.delegate = delegate;
        this.credentialType = credentialType;
        this.method = method;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        long lockedUntil = SecondFactorLock.lockedUntil(context.getSession(), context.getRealm(), context.getUser());
        if (lockedUntil > 0) {
            context.challenge(SecondFactorPages.locked(context.form(), lockedUntil));
            return;
        }
        delegate.authenticate(context);
    }

    /**
     * Takes an attempt of the person's run of wrong codes before Keycloak's authenticator evaluates anything, so that
     * parallel posts (one sign-in or many) get no more evaluations than the lock allows; then reports what the
     * attempt was: a success ends the run, a wrong credential counts (the threshold-th starts the lock), anything
     * else (a page refresh, an empty form) gives the attempt back.
     */
    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Lockout lockout = SecondFactorSettings.lockout(SmsCodeAuthenticator.config(context), SmsCodeAuthenticator.alias(context));
        Outcome attempt = SecondFactorLock.reserve(context.getSession(), context.getRealm(), user, lockout);
        if (!attempt.allowed()) {
            context.challenge(SecondFactorPages.locked(context.form(), attempt.retryAt()));
            return;
        }
        context.getEvent().detail(SmsCodeAuthenticator.DETAIL_METHOD, method);
        try {
            delegate.action(context);
        } catch (RuntimeException e) {
            SecondFactorLock.release(context.getSession(), context.getRealm(), user);
            throw e;
        }

        FlowStatus status = context.getStatus();
        if (status == FlowStatus.SUCCESS) {
            SecondFactorLock.recordSuccess(context.getSession(), context.getRealm(), user);
            PreferredMethod.remember(user, credentialType, selectedCredentialId(context));
            context.getAuthenticationSession().setUserSessionNote(LoginHistory.SECOND_FACTOR_NOTE, method);
        } else if ((status == FlowStatus.FAILURE_CHALLENGE || status == FlowStatus.FAILED)
                && context.getError() == AuthenticationFlowError.INVALID_CREDENTIALS) {
            Outcome outcome = SecondFactorLock.recordWrongCode(context.getSession(), context.getRealm(), user, lockout);
            if (!outcome.allowed()) {
                if (outcome.lockStarted()) {
                    SecondFactorLock.reportLocked(context.getEvent(), user, outcome);
                }
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                        SecondFactorPages.locked(context.form(), outcome.retryAt()));
            }
        } else {
            SecondFactorLock.release(context.getSession(), context.getRealm(), user);
        }
    }

    private String selectedCredentialId(AuthenticationFlowContext context) {
        if (!OTPCredentialModel.TYPE.equals(credentialType)) {
            return null;
        }
        return context.getHttpRequest().getDecodedFormParameters().getFirst("selectedCredentialId");
    }

    @Override
    public boolean requiresUser() {
        return delegate.requiresUser();
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return delegate.configuredFor(session, realm, user);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        delegate.setRequiredActions(session, realm, user);
    }

    @Override
    public List<RequiredActionFactory> getRequiredActions(KeycloakSession session) {
        return delegate.getRequiredActions(session);
    }

    @Override
    public boolean areRequiredActionsEnabled(KeycloakSession session, RealmModel realm) {
        return delegate.areRequiredActionsEnabled(session, realm);
    }

    @Override
    @SuppressWarnings("unchecked")
    public CredentialProvider<?> getCredentialProvider(KeycloakSession session) {
        return ((CredentialValidator<CredentialProvider<?>>) delegate).getCredentialProvider(session);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
