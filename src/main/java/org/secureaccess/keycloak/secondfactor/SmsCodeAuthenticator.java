package org.secureaccess.keycloak.secondfactor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.secureaccess.keycloak.history.HistoryKind;
import org.secureaccess.keycloak.history.LoginHistory;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.secondfactor.SmsChallenge.SendOutcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * The text-message second factor: sends a code to the person's verified mobile once per sign-in
 * (a page refresh shows the same form, it never sends another text), checks what they type, and
 * reports wrong codes as failures of the {@code otp} category so Keycloak's brute-force protection
 * counts them as well as our own lockout.
 */
public class SmsCodeAuthenticator implements Authenticator, CredentialValidator<PhoneCredentialProvider> {

    static final String TEMPLATE = "sa-sms-code.ftl";
    static final String FIELD_CODE = "code";
    static final String ACTION_RESEND = "resend";
    static final String ERROR_SEND_FAILED = "sms_send_failed";
    static final String ERROR_SEND_LIMIT = "sms_send_limit_reached";
    static final String ERROR_EXPIRED_CODE = Errors.EXPIRED_CODE;
    static final String DETAIL_METHOD = LoginHistory.SECOND_FACTOR_DETAIL;
    static final String METHOD = "sms";
    private static final Logger LOG = Logger.getLogger(SmsCodeAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<PhoneCredentialModel> phone = getCredentialProvider(context.getSession()).phoneOf(context.getUser());
        if (phone.isEmpty()) {
            context.attempted();
            return;
        }
        long lockedUntil = SecondFactorLock.lockedUntil(context.getSession(), context.getRealm(), context.getUser());
        if (lockedUntil > 0) {
            context.challenge(SecondFactorPages.locked(context.form(), lockedUntil));
            return;
        }
        SmsChallenge challenge = SmsChallenge.forLogin(context.getSession(), context.getAuthenticationSession());
        if (challenge.hasUsableCode()) {
            context.challenge(codeForm(context, phone.get(), rules(context), null));
            return;
        }
        sendAndChallenge(context, phone.get(), false);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<PhoneCredentialModel> phone = getCredentialProvider(context.getSession()).phoneOf(context.getUser());
        if (phone.isEmpty()) {
            context.attempted();
            return;
        }
        // Locked means no more texts either, not only no more guesses.
        UserModel user = context.getUser();
        long lockedUntil = SecondFactorLock.lockedUntil(context.getSession(), context.getRealm(), user);
        if (lockedUntil > 0) {
            context.challenge(SecondFactorPages.locked(context.form(), lockedUntil));
            return;
        }

        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(ACTION_RESEND)) {
            sendAndChallenge(context, phone.get(), true);
            return;
        }

        String typed = form.getFirst(FIELD_CODE);
        SmsCodeRules rules = rules(context);
        if (typed == null || typed.isBlank()) {
            context.challenge(codeForm(context, phone.get(), rules, new FormMessage(FIELD_CODE, "saCodeMissing")));
            return;
        }

        SmsChallenge challenge = SmsChallenge.forLogin(context.getSession(), context.getAuthenticationSession());
        context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, PhoneCredentialModel.TYPE).detail(DETAIL_METHOD, METHOD);
        switch (challenge.verify(typed)) {
            case CORRECT -> {
                SecondFactorLock.recordSuccess(context.getSession(), context.getRealm(), user);
                PreferredMethod.remember(user, PhoneCredentialModel.TYPE, phone.get().getId());
                context.getAuthenticationSession().setUserSessionNote(LoginHistory.SECOND_FACTOR_NOTE, METHOD);
                context.success(PhoneCredentialModel.TYPE);
            }
            case EXPIRED -> {
                context.getEvent().clone().error(ERROR_EXPIRED_CODE);
                context.challenge(codeForm(context, phone.get(), rules, new FormMessage(FIELD_CODE, "saCodeExpired")));
            }
            case NO_CODE -> context.challenge(codeForm(context, phone.get(), rules, new FormMessage(FIELD_CODE, "saCodeNeedsNew")));
            case WRONG, WRONG_AND_VOID -> wrongCode(context, phone.get(), rules, challenge);
        }
    }

    private void wrongCode(AuthenticationFlowContext context, PhoneCredentialModel phone, SmsCodeRules rules, SmsChallenge challenge) {
        Lockout lockout = SecondFactorSettings.lockout(config(context), alias(context));
        Outcome outcome = SecondFactorLock.recordWrongCode(context.getSession(), context.getRealm(), context.getUser(), lockout);
        context.getEvent().clone().error(Errors.INVALID_USER_CREDENTIALS);
        Response page;
        if (!outcome.allowed()) {
            challenge.clearCode();
            SecondFactorLock.reportLocked(context.getEvent(), context.getUser());
            page = SecondFactorPages.locked(context.form(), outcome.retryAt());
        } else if (!challenge.hasUsableCode()) {
            page = codeForm(context, phone, rules, new FormMessage(FIELD_CODE, "saCodeWrongVoid"));
        } else {
            int left = Math.max(0, rules.maxWrongPerCode() - challenge.wrongEntries());
            page = codeForm(context, phone, rules, new FormMessage(FIELD_CODE, "saCodeWrong", left));
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }

    private void sendAndChallenge(AuthenticationFlowContext context, PhoneCredentialModel phone, boolean resend) {
        SmsCodeRules rules = rules(context);
        SmsChallenge challenge = SmsChallenge.forLogin(context.getSession(), context.getAuthenticationSession());
        SendOutcome outcome = challenge.send(context.getRealm(), context.getUser(), phone.getPhoneNumber(), rules);
        String masked = PhoneNumbers.mask(phone.getPhoneNumber());
        switch (outcome.status()) {
            case SENT -> {
                LoginHistory.record(context.getSession(), context.getRealm(), context.getUser().getId(), HistoryKind.CODE_SENT, METHOD, null);
                context.challenge(codeForm(context, phone, rules, resend ? new FormMessage(null, "saCodeResent", masked) : null));
            }
            case COOLDOWN -> {
                long seconds = Math.max(1, (outcome.retryAt() - Time.currentTimeMillis() + 999) / 1000);
                context.challenge(codeForm(context, phone, rules, new FormMessage(null, "saResendTooSoon", seconds)));
            }
            case LIMIT_REACHED -> {
                context.getEvent().clone().user(context.getUser()).detail(DETAIL_METHOD, METHOD).error(ERROR_SEND_LIMIT);
                context.challenge(SecondFactorPages.sendLimitReached(context.form(), outcome.retryAt(), masked));
            }
            case FAILED -> {
                LOG.warnf("Text message to %s for user %s not sent: %s (%s)", masked, context.getUser().getId(),
                        outcome.failure().eventValue(), outcome.failure().getMessage());
                context.getEvent().clone().user(context.getUser()).detail(DETAIL_METHOD, METHOD)
                        .detail(Details.REASON, outcome.failure().eventValue()).error(ERROR_SEND_FAILED);
                context.challenge(SecondFactorPages.smsUnavailable(context.form(), masked, outcome.failure().eventValue()));
            }
        }
    }

    private Response codeForm(AuthenticationFlowContext context, PhoneCredentialModel phone, SmsCodeRules rules, FormMessage message) {
        SmsChallenge challenge = SmsChallenge.forLogin(context.getSession(), context.getAuthenticationSession());
        LoginFormsProvider form = context.form()
                .setAttribute("saPhone", PhoneNumbers.mask(phone.getPhoneNumber()))
                .setAttribute("saCodeLength", rules.codeLength())
                .setAttribute("saCodeMinutes", rules.lifetime().toMinutes())
                .setAttribute("saResendAvailableAt", challenge.resendAvailableAt(rules))
                .setAttribute("saResendWaitSeconds", Math.max(0, (challenge.resendAvailableAt(rules) - Time.currentTimeMillis() + 999) / 1000));
        if (message != null) {
            if (message.getField() != null) {
                form.addError(message);
            } else if (message.getMessage().equals("saCodeResent")) {
                form.addSuccess(message);
            } else {
                form.addError(message);
            }
        }
        return form.createForm(TEMPLATE);
    }

    private static SmsCodeRules rules(AuthenticationFlowContext context) {
        return SmsCodeRules.from(config(context), alias(context));
    }

    static Map<String, String> config(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        return config == null || config.getConfig() == null ? Map.of() : config.getConfig();
    }

    static String alias(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        return config == null ? "(defaults)" : config.getAlias();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return getCredentialProvider(session).isConfiguredFor(realm, user, PhoneCredentialModel.TYPE);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        user.addRequiredAction(PhoneEnrollmentRequiredActionFactory.ID);
    }

    /**
     * Named so that Keycloak checks it is registered and enabled before it sends someone without a phone to set one up;
     * otherwise Keycloak would skip the disabled action and finish the sign-in with a password alone.
     */
    @Override
    public List<RequiredActionFactory> getRequiredActions(KeycloakSession session) {
        return List.of((RequiredActionFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RequiredActionProvider.class, PhoneEnrollmentRequiredActionFactory.ID));
    }

    @Override
    public PhoneCredentialProvider getCredentialProvider(KeycloakSession session) {
        return PhoneEnrollment.provider(session);
    }

    @Override
    public void close() {
    }
}
