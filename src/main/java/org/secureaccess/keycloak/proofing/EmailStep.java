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
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
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
        AuthSessionCode code = code(flow);
        long now = Time.currentTimeMillis();
        long resendAt = code.sentAt() == 0 ? 0 : code.sentAt() + RESEND_WAIT.toMillis();
        if (resendAt > now) {
            return codePage(flow, address, new FormMessage(null, "saResendTooSoon", (resendAt - now + 999) / 1000));
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
            LOG.warnf("Proofing email code for user %s not sent: %s", flow.user.getId(), e.getClass().getSimpleName());
            flow.error("email", "email_send_failed");
            return askPage(flow, address, new FormMessage(FIELD_EMAIL, "saProofEmailNotSent"));
        }
        code.issue(fresh, flow.settings.emailCodeLifetime(), flow.settings.emailCodeMaxWrong());
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
        AuthSessionCode code = code(flow);
        return switch (code.verify(OneTimeCodes.normalizeNumeric(typed))) {
            case CORRECT -> confirmed(flow, address);
            case EXPIRED -> codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeExpired"));
            case NO_CODE -> codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeNeedsNew"));
            case WRONG -> {
                flow.error("email", "invalid_code");
                yield codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeWrong",
                        flow.settings.emailCodeMaxWrong() - code.wrongEntries()));
            }
            case WRONG_AND_VOID -> {
                flow.error("email", "invalid_code");
                yield codePage(flow, address, new FormMessage(FIELD_CODE, "saCodeWrongVoid"));
            }
        };
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
