package org.secureaccess.keycloak.proofing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.utils.EmailValidationUtil;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;
import org.secureaccess.keycloak.shared.AuthSessionCode;
import org.secureaccess.keycloak.shared.AuthSessionCode.Verification;
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * Step 1: a 6-digit code emailed to the person proves the address is theirs. Skipped when the
 * email is already verified. A person without an address (or who wants another) types one; it
 * becomes theirs only once its code is entered.
 */
final class EmailStep {

    static final String FIELD_EMAIL = "email";
    static final String FIELD_CODE = "code";
    static final int CODE_DIGITS = 6;
    static final Duration RESEND_WAIT = Duration.ofSeconds(30);
    static final Quota SENDS = new Quota(10, Duration.ofMinutes(10), Duration.ZERO);
    static final String SEND_COUNTER = "proofing-email-sends";
    /** Wrong email codes in a row per person, across codes: a new code gives no fresh guesses. */
    static final String WRONG_CODE_COUNTER = "proofing-email-wrong-codes";
    static final String TEMPLATE = "sa-proofing-email-code.ftl";
    private static final String ADDRESS_NOTE = ProofingFlow.NOTE_PREFIX + "email.address";
    private static final String ASKING_NOTE = ProofingFlow.NOTE_PREFIX + "email.asking";
    private static final Logger LOG = Logger.getLogger(EmailStep.class);

    private EmailStep() {
    }

    static Response show(ProofingFlow flow) {
        String address = address(flow);
        if (address == null || flow.authSession.getAuthNote(ASKING_NOTE) != null) {
            return askPage(flow, null, null);
        }
        if (!code(flow).hasUsableCode()) {
            return send(flow, address, false);
        }
        return codePage(flow, address);
    }

    static Response process(ProofingFlow flow, String action, MultivaluedMap<String, String> form) {
        return switch (action) {
            case "set-email" -> setEmail(flow, form.getFirst(FIELD_EMAIL));
            case "change-email" -> {
                flow.authSession.setAuthNote(ASKING_NOTE, "true");
                yield askPage(flow, null, null);
            }
            case "resend" -> address(flow) == null ? askPage(flow, null, null) : send(flow, address(flow), true);
            default -> checkCode(flow, form.getFirst(FIELD_CODE));
        };
    }

    /** The address the code goes to: one the person typed in this sign-in, else their account's. */
    private static String address(ProofingFlow flow) {
        String typed = flow.authSession.getAuthNote(ADDRESS_NOTE);
        if (typed != null) {
            return typed;
        }
        String email = flow.user.getEmail();
        return email == null || email.isBlank() ? null : email;
    }

    private static Response setEmail(ProofingFlow flow, String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return askPage(flow, typed, new FormMessage(FIELD_EMAIL, "saProofEmailMissing"));
        }
        if (address.length() > 254 || !EmailValidationUtil.isValidEmail(address)) {
            return askPage(flow, typed, new FormMessage(FIELD_EMAIL, "saProofEmailInvalid"));
        }
        UserModel owner = flow.session.users().getUserByEmail(flow.realm, address);
        if (owner != null && !owner.getId().equals(flow.user.getId()) && !flow.realm.isDuplicateEmailsAllowed()) {
            return askPage(flow, typed, new FormMessage(FIELD_EMAIL, "saProofEmailInUse"));
        }
        flow.authSession.setAuthNote(ADDRESS_NOTE, address);
        flow.authSession.removeAuthNote(ASKING_NOTE);
        code(flow).clearCode();
        return send(flow, address, false);
    }

    private static Response send(ProofingFlow flow, String address, boolean resend) {
        long paused = pausedUntil(flow);
        if (paused > 0) {
            return flow.lockedPage(paused, ProofingFlow.LockReason.CODES);
        }
        AuthSessionCode code = code(flow);
        // Taken before the email goes out, so parallel "send again" requests send one email, not one each.
        Outcome wait = code.reserveSend(RESEND_WAIT);
        if (!wait.allowed()) {
            return codePage(flow, address, new FormMessage(null, "saResendTooSoon",
                    Math.max(1, (wait.retryAt() - Time.currentTimeMillis() + 999) / 1000)));
        }
        Outcome quota = SecurityCounters.consume(flow.session, flow.realm, SEND_COUNTER, flow.user.getId(), SENDS);
        if (!quota.allowed()) {
            return codePage(flow, address, new FormMessage(null, "saProofEmailSendLimit", flow.formatDate(quota.retryAt()),
                    minutesUntil(quota.retryAt())));
        }
        String fresh = OneTimeCodes.numeric(CODE_DIGITS);
        long minutes = flow.settings.emailCodeLifetime().toMinutes();
        try {
            String realmName = flow.realm.getDisplayName() == null || flow.realm.getDisplayName().isBlank()
                    ? flow.realm.getName() : flow.realm.getDisplayName();
            flow.session.getProvider(EmailTemplateProvider.class).setRealm(flow.realm).setUser(flow.user)
                    .send("saProofEmailCodeSubject", List.of(realmName), TEMPLATE, new HashMap<>(Map.of("saCode", fresh, "saCodeMinutes", minutes)),
                            address);
        } catch (EmailException | RuntimeException e) {
            // An email that never left is not counted: neither the wait before the next nor the emails per 10 minutes.
            code.cancelSend();
            SecurityCounters.release(flow.session, flow.realm, SEND_COUNTER, flow.user.getId());
            LOG.warnf("Proofing email code for user %s not sent: %s", flow.user.getId(), e.getClass().getSimpleName());
            flow.error("email", "email_send_failed");
            return askPage(flow, address, new FormMessage(FIELD_EMAIL, "saProofEmailNotSent"));
        }
        code.issue(fresh, boundTo(address), flow.settings.emailCodeLifetime(), flow.settings.emailCodeMaxWrong());
        flow.event(EventType.CUSTOM_REQUIRED_ACTION, "email").detail("proofing_email_sent", "true").success();
        LoginFormsProvider form = codeForm(flow, address);
        if (resend) {
            form.addSuccess(new FormMessage(null, "saProofEmailResent", mask(address)));
        }
        return form.createForm(ProofingPages.EMAIL);
    }

    private static Response checkCode(ProofingFlow flow, String typed) {
        String address = address(flow);
        if (address == null) {
            return askPage(flow, null, null);
        }
        if (typed == null || typed.isBlank()) {
            return codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeMissing"));
        }
        // The code's own entries first (a void code is refused unchecked), then an attempt of the person's run of wrong
        // email codes (refused while paused); only then is the code compared.
        AuthSessionCode code = code(flow);
        AuthSessionCode.Entry entry = code.enter();
        if (entry.refusal() != null) {
            return codePage(flow, address, new FormMessage(FIELD_CODE, entry.refusal() == Verification.EXPIRED ? "saCodeExpired" : "saCodeNeedsNew"));
        }
        Lockout lockout = flow.settings.emailCodeLockout();
        Outcome attempt = SecurityCounters.reserveAttempt(flow.session, flow.realm, WRONG_CODE_COUNTER, flow.user.getId(), lockout);
        if (!attempt.allowed()) {
            entry.giveBack();
            return flow.lockedPage(attempt.retryAt(), ProofingFlow.LockReason.CODES);
        }
        Verification verification = entry.check(OneTimeCodes.normalizeNumeric(typed), boundTo(address));
        return switch (verification) {
            case CORRECT -> {
                SecurityCounters.reset(flow.session, flow.realm, WRONG_CODE_COUNTER, flow.user.getId());
                yield confirmed(flow, address);
            }
            case EXPIRED, NO_CODE -> {
                SecurityCounters.release(flow.session, flow.realm, WRONG_CODE_COUNTER, flow.user.getId());
                yield codePage(flow, address, new FormMessage(FIELD_CODE, verification == Verification.EXPIRED ? "saCodeExpired" : "saCodeNeedsNew"));
            }
            case WRONG, WRONG_AND_VOID -> {
                flow.error("email", "invalid_code");
                Outcome run = SecurityCounters.confirmFailure(flow.session, flow.realm, WRONG_CODE_COUNTER, flow.user.getId(), lockout);
                if (!run.allowed()) {
                    code.clearCode();
                    if (run.lockStarted()) {
                        flow.error("email", "proofing_locked");
                    }
                    yield flow.lockedPage(run.retryAt(), ProofingFlow.LockReason.CODES);
                }
                yield verification == Verification.WRONG_AND_VOID
                        ? codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeWrongVoid"))
                        : codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeWrong", entry.entriesLeft()));
            }
        };
    }

    /** When the pause after too many wrong email codes in a row lifts (epoch millis), 0 when there is none. */
    private static long pausedUntil(ProofingFlow flow) {
        return SecurityCounters.lockedUntil(flow.session, flow.realm, WRONG_CODE_COUNTER, flow.user.getId());
    }

    /** An emailed code proves the address it was sent to, whatever its case. */
    private static String boundTo(String address) {
        return address.toLowerCase(java.util.Locale.ROOT);
    }

    private static Response confirmed(ProofingFlow flow, String address) {
        if (!address.equalsIgnoreCase(String.valueOf(flow.user.getEmail()))) {
            flow.user.setEmail(address);
        }
        flow.user.setEmailVerified(true);
        flow.authSession.removeAuthNote(ADDRESS_NOTE);
        flow.startedRecord();
        flow.funnel(Stage.EMAIL_CONFIRMED);
        flow.event(EventType.CUSTOM_REQUIRED_ACTION, "email").detail(ProofingFlow.RESULT_DETAIL, "email_confirmed").success();
        flow.forward();
        return null;
    }

    private static Response askPage(ProofingFlow flow, String typed, FormMessage error) {
        LoginFormsProvider form = flow.form(Step.EMAIL).setAttribute("saProofEmailAsk", true)
                .setAttribute("saEmailValue", typed == null ? "" : typed);
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(ProofingPages.EMAIL);
    }

    private static Response codePage(ProofingFlow flow, String address, FormMessage... messages) {
        LoginFormsProvider form = codeForm(flow, address);
        for (FormMessage message : messages) {
            form.addError(message);
        }
        return form.createForm(ProofingPages.EMAIL);
    }

    private static LoginFormsProvider codeForm(ProofingFlow flow, String address) {
        AuthSessionCode code = code(flow);
        long wait = code.sentAt() == 0 ? 0 : Math.max(0, (code.sentAt() + RESEND_WAIT.toMillis() - Time.currentTimeMillis() + 999) / 1000);
        return flow.form(Step.EMAIL).setAttribute("saEmailMasked", mask(address))
                .setAttribute("saCodeLength", CODE_DIGITS)
                .setAttribute("saCodeMinutes", flow.settings.emailCodeLifetime().toMinutes())
                .setAttribute("saResendWaitSeconds", wait);
    }

    private static AuthSessionCode code(ProofingFlow flow) {
        return new AuthSessionCode(flow.session, flow.authSession, ProofingFlow.NOTE_PREFIX + "email.", "proofing-email-code");
    }

    /** "p***@example.com": enough to recognise one's own address, not to read it off a shared screen. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    private static long minutesUntil(long epochMillis) {
        return Math.max(1, (epochMillis - Time.currentTimeMillis() + 59_999) / 60_000);
    }
}
