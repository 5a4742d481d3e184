package org.secureaccess.keycloak.secondfactor;

import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserModel.RequiredAction;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.history.HistoryKind;
import org.secureaccess.keycloak.history.LoginHistory;
import org.secureaccess.keycloak.secondfactor.PhoneEnrollment.Candidate;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Policy;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.secondfactor.SmsChallenge.SendOutcome;
import org.secureaccess.keycloak.shared.AuthSessionCode.Verification;
import org.secureaccess.keycloak.sms.SmsDelivery;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * Adds or changes the mobile number that receives security codes: the person types a number, we
 * check it (country, kind of line, not someone else's), text a code to it under the same rules and
 * limits as sign-in, and only a correct code makes it their number. A change is texted to the old
 * number (and emailed, through the login history's notifications).
 */
public class PhoneEnrollmentRequiredAction implements RequiredActionProvider, CredentialRegistrator {

    static final String NUMBER_TEMPLATE = "sa-phone-enroll.ftl";
    static final String CODE_TEMPLATE = "sa-phone-verify.ftl";
    static final String FIELD_PHONE = "phoneNumber";
    static final String FIELD_CODE = "code";
    static final String FIELD_STEP = "step";
    static final String PENDING_NUMBER_NOTE = "sa.phone.enroll.pending";
    private static final Logger LOG = Logger.getLogger(PhoneEnrollmentRequiredAction.class);

    /** People change their number themselves, from the account console (kc_action). */
    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(numberPage(context, null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String step = Optional.ofNullable(form.getFirst(FIELD_STEP)).orElse("number");
        switch (step) {
            case "code" -> checkCode(context, form.getFirst(FIELD_CODE));
            case "resend" -> sendCode(context, context.getAuthenticationSession().getAuthNote(PENDING_NUMBER_NOTE), true);
            case "change-number" -> {
                forgetPendingNumber(context);
                context.challenge(numberPage(context, null, null));
            }
            case "use-app" -> {
                if (!appSetUpAvailable(context.getRealm())) {
                    context.challenge(numberPage(context, null, null));
                    return;
                }
                context.getUser().addRequiredAction(RequiredAction.CONFIGURE_TOTP);
                context.getUser().removeRequiredAction(PhoneEnrollmentRequiredActionFactory.ID);
                context.success();
            }
            default -> checkNumber(context, form.getFirst(FIELD_PHONE));
        }
    }

    private void checkNumber(RequiredActionContext context, String typed) {
        if (typed == null || typed.isBlank()) {
            context.challenge(numberPage(context, typed, new FormMessage(FIELD_PHONE, "saPhoneMissing")));
            return;
        }
        long lockedUntil = SecondFactorLock.lockedUntil(context.getSession(), context.getRealm(), context.getUser());
        if (lockedUntil > 0) {
            context.challenge(SecondFactorPages.locked(context.form(), lockedUntil));
            return;
        }
        Candidate candidate = PhoneEnrollment.checkForPerson(context.getSession(), context.getRealm(), context.getUser(), typed,
                policy(context), SecondFactorSettings.inUseAnswers(config(context), alias(context)));
        if (!candidate.accepted()) {
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR).user(context.getUser())
                    .detail(Details.CREDENTIAL_TYPE, PhoneCredentialModel.TYPE).detail(Details.REASON, candidate.refusal().name().toLowerCase())
                    .error(Errors.INVALID_INPUT);
            FormMessage message = switch (candidate.refusal()) {
                case INVALID -> new FormMessage(FIELD_PHONE, "saPhoneInvalid");
                case COUNTRY_NOT_ALLOWED -> new FormMessage(FIELD_PHONE, "saPhoneCountryNotAllowed", String.join(", ", policy(context).allowedRegions()));
                case TYPE_NOT_ALLOWED -> new FormMessage(FIELD_PHONE, "saPhoneNotMobile");
                case IN_USE_BY_ANOTHER_ACCOUNT -> new FormMessage(FIELD_PHONE, "saPhoneInUse");
                case TOO_MANY_IN_USE_ANSWERS -> new FormMessage(FIELD_PHONE, "saPhoneInUseLimit", PhoneEnrollment.hoursUntil(candidate.retryAt()));
            };
            context.challenge(numberPage(context, typed, message));
            return;
        }
        // A code proves the number it was texted to and no other: a new pending number voids it, even when no new
        // code can be sent yet (the wait between texts).
        if (!candidate.e164().equals(context.getAuthenticationSession().getAuthNote(PENDING_NUMBER_NOTE))) {
            forgetPendingNumber(context);
        }
        context.getAuthenticationSession().setAuthNote(PENDING_NUMBER_NOTE, candidate.e164());
        sendCode(context, candidate.e164(), false);
    }

    private void sendCode(RequiredActionContext context, String e164, boolean resend) {
        if (e164 == null) {
            context.challenge(numberPage(context, null, null));
            return;
        }
        long lockedUntil = SecondFactorLock.lockedUntil(context.getSession(), context.getRealm(), context.getUser());
        if (lockedUntil > 0) {
            context.challenge(SecondFactorPages.locked(context.form(), lockedUntil));
            return;
        }
        SmsCodeRules rules = rules(context);
        SmsChallenge challenge = SmsChallenge.forEnrollment(context.getSession(), context.getAuthenticationSession());
        SendOutcome outcome = challenge.send(context.getRealm(), context.getUser(), e164, rules);
        String masked = PhoneNumbers.mask(e164);
        switch (outcome.status()) {
            case SENT -> {
                LoginHistory.record(context.getSession(), context.getRealm(), context.getUser().getId(), HistoryKind.CODE_SENT, SmsCodeAuthenticator.METHOD, null);
                context.challenge(codePage(context, e164, resend ? new FormMessage(null, "saCodeResent", masked) : null));
            }
            case COOLDOWN -> {
                long seconds = Math.max(1, (outcome.retryAt() - Time.currentTimeMillis() + 999) / 1000);
                context.challenge(codePage(context, e164, new FormMessage(null, "saResendTooSoon", seconds)));
            }
            case LIMIT_REACHED -> context.challenge(SecondFactorPages.sendLimitReached(context.form(), outcome.retryAt(), masked));
            case FAILED -> {
                LOG.warnf("Enrolment text to %s for user %s not sent: %s", masked, context.getUser().getId(), outcome.failure().eventValue());
                context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR).user(context.getUser())
                        .detail(Details.CREDENTIAL_TYPE, PhoneCredentialModel.TYPE).detail(Details.REASON, outcome.failure().eventValue())
                        .error(SmsCodeAuthenticator.ERROR_SEND_FAILED);
                context.challenge(numberPage(context, e164, new FormMessage(FIELD_PHONE, "saSmsNotSentEnrollment", masked)));
            }
        }
    }

    private void checkCode(RequiredActionContext context, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String e164 = authSession.getAuthNote(PENDING_NUMBER_NOTE);
        if (e164 == null) {
            context.challenge(numberPage(context, null, null));
            return;
        }
        UserModel user = context.getUser();
        long lockedUntil = SecondFactorLock.lockedUntil(context.getSession(), context.getRealm(), user);
        if (lockedUntil > 0) {
            context.challenge(SecondFactorPages.locked(context.form(), lockedUntil));
            return;
        }
        if (typed == null || typed.isBlank()) {
            context.challenge(codePage(context, e164, new FormMessage(FIELD_CODE, "saCodeMissing")));
            return;
        }
        SmsChallenge challenge = SmsChallenge.forEnrollment(context.getSession(), authSession);
        SmsChallenge.Check check = challenge.verify(context.getRealm(), user, typed, e164, SecondFactorSettings.lockout(config(context), alias(context)));
        if (check.verification() == null) {
            context.challenge(SecondFactorPages.locked(context.form(), check.lock().retryAt()));
            return;
        }
        switch (check.verification()) {
            case CORRECT -> enroll(context, e164);
            case EXPIRED -> context.challenge(codePage(context, e164, new FormMessage(FIELD_CODE, "saCodeExpired")));
            case NO_CODE -> context.challenge(codePage(context, e164, new FormMessage(FIELD_CODE, "saCodeNeedsNew")));
            case WRONG, WRONG_AND_VOID -> {
                context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR).user(user)
                        .detail(Details.CREDENTIAL_TYPE, PhoneCredentialModel.TYPE).error(Errors.INVALID_CODE);
                if (check.locked()) {
                    if (check.lock().lockStarted()) {
                        SecondFactorLock.reportLocked(context.getEvent(), user, check.lock());
                    }
                    context.challenge(SecondFactorPages.locked(context.form(), check.lock().retryAt()));
                } else if (check.verification() == Verification.WRONG_AND_VOID) {
                    context.challenge(codePage(context, e164, new FormMessage(FIELD_CODE, "saCodeWrongVoid")));
                } else {
                    context.challenge(codePage(context, e164, new FormMessage(FIELD_CODE, "saCodeWrong", check.entriesLeft())));
                }
            }
        }
    }

    /** Forgets the number being enrolled and voids its code. */
    private static void forgetPendingNumber(RequiredActionContext context) {
        context.getAuthenticationSession().removeAuthNote(PENDING_NUMBER_NOTE);
        SmsChallenge.forEnrollment(context.getSession(), context.getAuthenticationSession()).clearCode();
    }

    private void enroll(RequiredActionContext context, String e164) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        Optional<PhoneCredentialModel> previous = PhoneEnrollment.current(session, user);
        PhoneCredentialModel enrolled = PhoneEnrollment.enroll(session, realm, user, e164);
        context.getAuthenticationSession().removeAuthNote(PENDING_NUMBER_NOTE);

        EventBuilder event = context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, PhoneCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, enrolled.getId());
        if (previous.isPresent() && !e164.equals(previous.get().getPhoneNumber())) {
            event.detail("previous_phone", PhoneNumbers.mask(previous.get().getPhoneNumber()));
            notifyOldNumber(session, realm, user, previous.get().getPhoneNumber(), e164);
        }
        event.success();
        context.success();
    }

    /**
     * Tells the old number that it no longer receives codes, so a takeover is noticed. The email
     * (with "This wasn't me") comes from the login history's notifications, on the UPDATE_CREDENTIAL event.
     */
    private void notifyOldNumber(KeycloakSession session, RealmModel realm, UserModel user, String oldNumber, String newNumber) {
        try {
            String text = SmsText.phoneChanged(session, realm, user, PhoneNumbers.mask(newNumber));
            SmsDelivery.send(session, new SmsMessage(oldNumber, text, realm.getName()), SmsDelivery.Purpose.PHONE_CHANGED_NOTICE);
        } catch (SmsDeliveryException e) {
            LOG.warnf("Could not text the previous number of user %s about the change: %s", user.getId(), e.eventValue());
        }
    }

    /**
     * Offering an app only makes sense, and is only safe, when Keycloak will really run its set-up: a disabled action
     * would be skipped and the person would finish signing in with a password alone.
     */
    static boolean appSetUpAvailable(RealmModel realm) {
        org.keycloak.models.RequiredActionProviderModel totp = realm.getRequiredActionProviderByAlias(RequiredAction.CONFIGURE_TOTP.name());
        return totp != null && totp.isEnabled() && RequiredAction.CONFIGURE_TOTP.name().equals(totp.getProviderId());
    }

    private Response numberPage(RequiredActionContext context, String typed, FormMessage error) {
        LoginFormsProvider form = context.form();
        form.setAttribute("saAppSetUpAvailable", appSetUpAvailable(context.getRealm()));
        PhoneEnrollment.current(context.getSession(), context.getUser())
                .ifPresent(phone -> form.setAttribute("saCurrentPhone", PhoneNumbers.mask(phone.getPhoneNumber())));
        form.setAttribute("saPhoneValue", typed == null ? "" : typed);
        form.setAttribute("saAllowedRegions", String.join(", ", policy(context).allowedRegions()));
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(NUMBER_TEMPLATE);
    }

    private Response codePage(RequiredActionContext context, String e164, FormMessage message) {
        SmsCodeRules rules = rules(context);
        SmsChallenge challenge = SmsChallenge.forEnrollment(context.getSession(), context.getAuthenticationSession());
        LoginFormsProvider form = context.form()
                .setAttribute("saPhone", PhoneNumbers.mask(e164))
                .setAttribute("saCodeLength", rules.codeLength())
                .setAttribute("saCodeMinutes", rules.lifetime().toMinutes())
                .setAttribute("saResendWaitSeconds", Math.max(0, (challenge.resendAvailableAt(rules) - Time.currentTimeMillis() + 999) / 1000));
        if (message != null) {
            if ("saCodeResent".equals(message.getMessage())) {
                form.addSuccess(message);
            } else {
                form.addError(message);
            }
        }
        return form.createForm(CODE_TEMPLATE);
    }

    private static Map<String, String> config(RequiredActionContext context) {
        RequiredActionConfigModel config = context.getConfig();
        return config == null || config.getConfig() == null ? Map.of() : config.getConfig();
    }

    private static String alias(RequiredActionContext context) {
        return PhoneEnrollmentRequiredActionFactory.ID;
    }

    private static SmsCodeRules rules(RequiredActionContext context) {
        return SmsCodeRules.from(config(context), alias(context));
    }

    private static Policy policy(RequiredActionContext context) {
        return PhoneEnrollmentRequiredActionFactory.policy(config(context));
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authenticationSession) {
        return PhoneCredentialModel.TYPE;
    }

    @Override
    public void close() {
    }
}
