package org.secureaccess.keycloak.recovery;

import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.secureaccess.keycloak.history.HistoryKind;
import org.secureaccess.keycloak.history.LoginHistory;
import org.secureaccess.keycloak.proofing.AddressOfRecordLetters;
import org.secureaccess.keycloak.recovery.RecoveryLetters.Outcome;
import org.secureaccess.keycloak.recovery.RecoveryPages.PageMessage;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;

/**
 * "I can't use any of these": the way back for a person who has lost every second factor, offered
 * beside the methods in the second-factor step (after the password in the sign-in flow, after the
 * emailed link in the password-reset flow). Recovery codes are the instant way; a person verified by
 * our identity proofing gets a new activation code mailed to the address of record; anyone else
 * waits, with notices to the email and the old phone, each able to cancel.
 *
 * <p>This authenticator never succeeds. Completing a request removes the person's second factors and
 * starts the sign-in again, so the recovery itself never yields a session or a token, and nothing it
 * accepts (a parameter, a replayed form, email access alone) can skip the wait or the letter.
 */
public class LostSecondFactorAuthenticator implements Authenticator {

    static final String ACTION = "action";
    static final String FIELD_LETTER_CODE = "letter_code";
    static final String ENTRY_COUNTER = "recovery-letter-entries";
    static final String REQUEST_COUNTER = "recovery-wait-requests";
    static final String DONE_MESSAGE = "saRecoveryDoneMessage";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(currentPage(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (context.getUser() == null) {
            // A page left open in another tab after its request completed and restarted the sign-in.
            context.resetFlow();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(ACTION);
        switch (action == null ? "" : action) {
            case "wait" -> startWait(context);
            case "letter" -> sendLetter(context);
            case "letter-code" -> enterLetterCode(context, form.getFirst(FIELD_LETTER_CODE));
            case "complete" -> completeAfterWait(context);
            case "cancel" -> cancelOnPage(context);
            default -> context.challenge(currentPage(context, null));
        }
    }

    /** Where the person stands: their pending request, or the ways back. */
    private Response currentPage(AuthenticationFlowContext context, PageMessage message) {
        Optional<RecoveryRequestEntity> pending = RecoveryRequests.pending(context.getSession(), context.getRealm(), context.getUser().getId());
        if (pending.isEmpty()) {
            return RecoveryPages.choose(context, settings(context), message);
        }
        return pending.get().getRoute() == RecoveryRoute.WAIT
                ? RecoveryPages.waiting(context, pending.get(), message)
                : RecoveryPages.letter(context, pending.get(), settings(context), message);
    }

    private void startWait(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        // The route follows from who the person is, never from what the form asks for.
        if (RecoveryRequests.pending(session, realm, user.getId()).isPresent()
                || AddressOfRecordLetters.personOfRecord(session, realm, user).isPresent()) {
            context.challenge(currentPage(context, null));
            return;
        }
        RecoverySettings settings = settings(context);
        SecurityCounters.Outcome quota = SecurityCounters.consume(session, realm, REQUEST_COUNTER, user.getId(), settings.requests());
        if (!quota.allowed()) {
            RecoveryEvents.refused(context.getEvent(), user, RecoveryEvents.REQUESTED, null, "recovery_request_limit");
            context.challenge(RecoveryPages.choose(context, settings, PageMessage.error("saRecoveryTooManyRequests",
                    RecoveryLetters.formatDate(quota.retryAt(), locale(context)))));
            return;
        }
        long now = Time.currentTimeMillis();
        long readyAt = now + settings.waitTime().toMillis();
        Optional<RecoveryRequestEntity> opened = RecoveryRequests.open(session, realm, user, RecoveryRoute.WAIT, readyAt,
                readyAt + settings.timeToFinish().toMillis(), baseUrl(context));
        if (opened.isEmpty()) {
            context.challenge(currentPage(context, null));
            return;
        }
        RecoveryRequestEntity request = opened.get();
        boolean emailed = RecoveryNotices.email(session, realm, user, request, RecoveryNotices.Email.WAIT_STARTED);
        boolean texted = RecoveryNotices.textOldPhone(session, realm, user, request);
        RecoveryEvents.step(context.getEvent(), user, RecoveryEvents.REQUESTED, request)
                .detail(RecoveryEvents.NOTICES_DETAIL, RecoveryNotices.sent(emailed, texted)).success();
        LoginHistory.record(session, realm, user.getId(), HistoryKind.RECOVERY_REQUESTED, "wait", null);
        context.challenge(RecoveryPages.waiting(context, request, PageMessage.success("saRecoveryWaitStartedMessage")));
    }

    private void sendLetter(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        Optional<String> personRef = AddressOfRecordLetters.personOfRecord(session, realm, user);
        Optional<RecoveryRequestEntity> pending = RecoveryRequests.pending(session, realm, user.getId());
        if (personRef.isEmpty() || (pending.isPresent() && pending.get().getRoute() != RecoveryRoute.LETTER)) {
            context.challenge(currentPage(context, null));
            return;
        }
        RecoverySettings settings = settings(context);
        long now = Time.currentTimeMillis();
        RecoveryRequestEntity request;
        if (pending.isPresent()) {
            request = pending.get();
        } else {
            Optional<RecoveryRequestEntity> opened = RecoveryRequests.open(session, realm, user, RecoveryRoute.LETTER, null,
                    now + settings.letterValidity().toMillis(), baseUrl(context));
            if (opened.isEmpty()) {
                context.challenge(currentPage(context, null));
                return;
            }
            request = opened.get();
        }
        Outcome letter = RecoveryLetters.send(session, realm, user, personRef.get(), request, settings.letterValidity(), now);
        if (letter.result() != RecoveryLetters.Result.SENT) {
            if (pending.isEmpty()) {
                RecoveryRequests.close(session, request.getId(), RecoveryStatus.EXPIRED, "letter_not_sent");
            }
            RecoveryEvents.refused(context.getEvent(), user, RecoveryEvents.LETTER_SENT, request, "recovery_letter_" + letter.result().name().toLowerCase());
            context.challenge(currentPage(context, letterRefusal(context, letter)));
            return;
        }
        request.setLetterId(letter.letterId());
        request.setLetterCodeHash(letter.codeHash());
        request.setLetterSentAt(letter.sentAt());
        request.setEndsAt(letter.sentAt() + settings.letterValidity().toMillis());
        boolean emailed = RecoveryNotices.email(session, realm, user, request, RecoveryNotices.Email.LETTER_SENT);
        boolean texted = RecoveryNotices.textOldPhone(session, realm, user, request);
        RecoveryEvents.step(context.getEvent(), user, RecoveryEvents.LETTER_SENT, request)
                .detail(RecoveryEvents.NOTICES_DETAIL, RecoveryNotices.sent(emailed, texted))
                .detail("letter_reference", letter.reference()).success();
        LoginHistory.record(session, realm, user.getId(), HistoryKind.RECOVERY_REQUESTED, "letter", null);
        context.challenge(RecoveryPages.letter(context, request, settings, PageMessage.success("saRecoveryLetterSentMessage")));
    }

    private PageMessage letterRefusal(AuthenticationFlowContext context, Outcome letter) {
        return switch (letter.result()) {
            case TOO_SOON -> PageMessage.error("saRecoveryLetterTooSoon", RecoveryLetters.formatDate(letter.retryAt(), locale(context)));
            case NO_ADDRESS -> PageMessage.error("saRecoveryNoAddressOfRecord");
            case VERIFIER_UNAVAILABLE -> PageMessage.error("saRecoveryVerifierUnavailable");
            default -> PageMessage.error("saRecoveryLetterNotSent");
        };
    }

    private void enterLetterCode(AuthenticationFlowContext context, String typed) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        Optional<RecoveryRequestEntity> pending = RecoveryRequests.pending(session, realm, user.getId())
                .filter(request -> request.getRoute() == RecoveryRoute.LETTER);
        if (pending.isEmpty()) {
            context.challenge(currentPage(context, PageMessage.error("saRecoveryRequestEnded")));
            return;
        }
        RecoveryRequestEntity request = pending.get();
        RecoverySettings settings = settings(context);
        if (typed == null || typed.isBlank()) {
            context.challenge(RecoveryPages.letter(context, request, settings, PageMessage.fieldError(FIELD_LETTER_CODE, "saRecoveryLetterCodeMissing")));
            return;
        }
        // Each try takes its unit first, so parallel guesses can not each get one.
        SecurityCounters.Outcome entries = SecurityCounters.consume(session, realm, ENTRY_COUNTER, user.getId(), settings.letterEntries());
        if (!entries.allowed()) {
            long minutes = Math.max(1, (entries.retryAt() - Time.currentTimeMillis() + 59_999) / 60_000);
            context.challenge(RecoveryPages.letter(context, request, settings,
                    PageMessage.fieldError(FIELD_LETTER_CODE, "saRecoveryLetterEntriesLimit", minutes)));
            return;
        }
        if (!RecoveryLetters.matches(session, realm, user, request, typed)) {
            RecoveryEvents.refused(context.getEvent(), user, RecoveryEvents.COMPLETED, request, "invalid_code");
            LoginHistory.record(session, realm, user.getId(), HistoryKind.CODE_WRONG, "letter", null);
            int left = Math.max(0, settings.letterEntries().maxHits() - entries.hits());
            context.challenge(RecoveryPages.letter(context, request, settings, PageMessage.fieldError(FIELD_LETTER_CODE,
                    left == 0 ? "saRecoveryLetterCodeWrongLast" : "saRecoveryLetterCodeWrong", left, RecoverySettings.LETTER_ENTRY_WINDOW.toMinutes())));
            return;
        }
        finish(context, request, "letter");
    }

    private void completeAfterWait(AuthenticationFlowContext context) {
        Optional<RecoveryRequestEntity> pending = RecoveryRequests.pending(context.getSession(), context.getRealm(), context.getUser().getId())
                .filter(request -> request.getRoute() == RecoveryRoute.WAIT);
        if (pending.isEmpty()) {
            context.challenge(currentPage(context, PageMessage.error("saRecoveryRequestEnded")));
            return;
        }
        RecoveryRequestEntity request = pending.get();
        if (Time.currentTimeMillis() < request.getReadyAt()) {
            RecoveryEvents.refused(context.getEvent(), context.getUser(), RecoveryEvents.COMPLETED, request, "recovery_wait_not_over");
            context.challenge(RecoveryPages.waiting(context, request, PageMessage.error("saRecoveryWaitNotOver")));
            return;
        }
        finish(context, request, "wait");
    }

    /** The request is done: remove the second factors and start the sign-in again. */
    private void finish(AuthenticationFlowContext context, RecoveryRequestEntity request, String closedBy) {
        if (!RecoveryRequests.close(context.getSession(), request.getId(), RecoveryStatus.COMPLETED, closedBy)) {
            // Cancelled, completed or ended by someone else a moment ago.
            context.challenge(currentPage(context, PageMessage.error("saRecoveryRequestEnded")));
            return;
        }
        RecoveryCompletion.complete(context.getSession(), context.getRealm(), context.getUser(), request, context.getEvent());
        // This sign-in proved no second factor: nothing of it may go on. The person starts again from the
        // username, in a new authentication session (the password-reset flow comes back to the sign-in too).
        AuthenticationProcessor.resetFlow(context.getAuthenticationSession(), context.getFlowPath());
        context.forkWithSuccessMessage(new FormMessage(null, DONE_MESSAGE));
    }

    private void cancelOnPage(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Optional<RecoveryRequestEntity> cancelled = RecoveryRequests.cancelPending(context.getSession(), context.getRealm(), user.getId(),
                RecoveryCancellation.BY_PAGE);
        cancelled.ifPresent(request -> RecoveryCancellation.cancelled(context.getSession(), context.getRealm(), user, request,
                RecoveryCancellation.BY_PAGE, context.getEvent()));
        context.challenge(RecoveryPages.choose(context, settings(context),
                cancelled.isPresent() ? PageMessage.success("saRecoveryCancelledMessage") : null));
    }

    private static RecoverySettings settings(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
        return RecoverySettings.from(values, config == null ? "(defaults)" : config.getAlias());
    }

    private static String baseUrl(AuthenticationFlowContext context) {
        return context.getSession().getContext().getUri().getBaseUri().toString();
    }

    private static java.util.Locale locale(AuthenticationFlowContext context) {
        return context.getSession().getContext().resolveLocale(context.getUser());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Anyone who reached the second-factor step may ask; what they get depends on who they are. */
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
