package org.secureaccess.keycloak.recovery;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationSelectionOption;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.secureaccess.keycloak.proofing.AddressOfRecordLetters;
import org.secureaccess.keycloak.secondfactor.RecoveryCodeAuthenticatorFactory;
import org.secureaccess.keycloak.secondfactor.SecondFactorPhones;

/** The recovery pages: the choice of ways back, the wait, and the letter. */
final class RecoveryPages {

    static final String CHOOSE = "sa-recovery-choose.ftl";
    static final String WAITING = "sa-recovery-waiting.ftl";
    static final String LETTER = "sa-recovery-letter.ftl";

    private RecoveryPages() {
    }

    /**
     * The ways back for someone with no pending request, in order: their recovery codes (the instant
     * way), then a letter to the address of record for a person our proofing verified, or the wait for
     * anyone else. Which route applies is decided here, never by the request.
     */
    static Response choose(AuthenticationFlowContext context, RecoverySettings settings, PageMessage message) {
        UserModel user = context.getUser();
        LoginFormsProvider form = context.form();
        recoveryCodeExecution(context).ifPresent(id -> form.setAttribute("saRecoveryCodeExecution", id));
        boolean letter = AddressOfRecordLetters.personOfRecord(context.getSession(), context.getRealm(), user).isPresent();
        form.setAttribute("saRoute", letter ? RecoveryRoute.LETTER.name() : RecoveryRoute.WAIT.name());
        if (letter) {
            letterTimes(context, form, settings);
        } else {
            form.setAttribute("saWaitHours", settings.waitTime().toHours())
                    .setAttribute("saFinishHours", settings.timeToFinish().toHours());
            RecoveryNotices.oldPhone(user).ifPresent(phone -> form.setAttribute("saOldPhone", SecondFactorPhones.mask(phone)));
        }
        return withMessage(form, message).createForm(CHOOSE);
    }

    /** Waiting: when the wait ends; once it has, the button that finishes. */
    static Response waiting(AuthenticationFlowContext context, RecoveryRequestEntity request, PageMessage message) {
        long now = Time.currentTimeMillis();
        LoginFormsProvider form = context.form()
                .setAttribute("saReady", now >= request.getReadyAt())
                .setAttribute("saReadyIso", Instant.ofEpochMilli(request.getReadyAt()).toString())
                .setAttribute("saReadyMinutes", Math.max(0, (request.getReadyAt() - now + 59_999) / 60_000))
                .setAttribute("saFinishByIso", Instant.ofEpochMilli(request.getEndsAt()).toString())
                .setAttribute("saFinishByMinutes", Math.max(0, (request.getEndsAt() - now + 59_999) / 60_000));
        return withMessage(form, message).createForm(WAITING);
    }

    /** The letter on its way: when it was sent and when its code expires, the code field, and another letter when allowed. */
    static Response letter(AuthenticationFlowContext context, RecoveryRequestEntity request, RecoverySettings settings,
                           PageMessage message) {
        Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
        LoginFormsProvider form = context.form()
                .setAttribute("saHasLetter", request.getLetterSentAt() != null)
                .setAttribute("saLetterExpiresOn", RecoveryLetters.formatDate(request.getEndsAt(), locale));
        if (request.getLetterSentAt() != null) {
            form.setAttribute("saLetterSentOn", RecoveryLetters.formatDate(request.getLetterSentAt(), locale));
        }
        letterTimes(context, form, settings);
        return withMessage(form, message).createForm(LETTER);
    }

    private static void letterTimes(AuthenticationFlowContext context, LoginFormsProvider form, RecoverySettings settings) {
        long next = AddressOfRecordLetters.nextLetterAllowedAt(context.getSession(), context.getRealm(), context.getUser());
        form.setAttribute("saLetterDaysMin", RecoveryLetters.DELIVERY_DAYS_MIN)
                .setAttribute("saLetterDaysMax", RecoveryLetters.DELIVERY_DAYS_MAX)
                .setAttribute("saLetterValidDays", settings.letterValidity().toDays())
                .setAttribute("saLetterCanSend", next <= Time.currentTimeMillis());
        if (next > Time.currentTimeMillis()) {
            Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
            form.setAttribute("saLetterNextOn", RecoveryLetters.formatDate(next, locale));
        }
    }

    /** The flow's recovery-code execution, when the person has recovery codes and the flow offers them next to this one. */
    private static Optional<String> recoveryCodeExecution(AuthenticationFlowContext context) {
        boolean hasCodes = context.getUser().credentialManager()
                .getStoredCredentialsByTypeStream(RecoveryAuthnCodesCredentialModel.TYPE).findAny().isPresent();
        if (!hasCodes || context.getAuthenticationSelections() == null) {
            return Optional.empty();
        }
        return context.getAuthenticationSelections().stream()
                .filter(option -> RecoveryCodeAuthenticatorFactory.ID.equals(option.getAuthenticationExecution().getAuthenticator()))
                .map(AuthenticationSelectionOption::getAuthExecId).findFirst();
    }

    private static LoginFormsProvider withMessage(LoginFormsProvider form, PageMessage message) {
        if (message != null) {
            if (message.success()) {
                form.addSuccess(message.message());
            } else {
                form.addError(message.message());
            }
        }
        return form;
    }

    /** What the page says about the last action: good news, or an error (on the page or at a field). */
    record PageMessage(FormMessage message, boolean success) {

        static PageMessage success(String key, Object... arguments) {
            return new PageMessage(new FormMessage(null, key, arguments), true);
        }

        static PageMessage error(String key, Object... arguments) {
            return new PageMessage(new FormMessage(null, key, arguments), false);
        }

        static PageMessage fieldError(String field, String key, Object... arguments) {
            return new PageMessage(new FormMessage(field, key, arguments), false);
        }
    }
}
