package org.secureaccess.keycloak.proofing;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Properties;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.theme.Theme;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProvider;
import org.secureaccess.keycloak.evidence.MeteredVerifier;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * One request of the "Verify your identity" wizard: the person, their proofing record, the realm's
 * settings, and what every step shares (pages with the progress indicator, the failed-match limit,
 * events and funnel counts). Nothing here outlives the request except through the record, the
 * authentication session and the database counters.
 */
final class ProofingFlow {

    /** The wizard's pages; {@code number} is what "Step N of 5" shows. */
    enum Step {
        INTRO(0), EMAIL(1), IDENTITY(2), ACCOUNT(3), PHONE(4), LETTER(4), DONE(5);

        final int number;

        Step(int number) {
            this.number = number;
        }
    }

    static final int TOTAL_STEPS = 5;
    static final String NOTE_PREFIX = "sa.proof.";
    static final String INTRO_SEEN_NOTE = NOTE_PREFIX + "introSeen";
    static final String VIEW_NOTE = NOTE_PREFIX + "view";
    static final String LETTER_CHOSEN_NOTE = NOTE_PREFIX + "letterChosen";
    static final String JUST_VERIFIED_NOTE = NOTE_PREFIX + "justVerified";
    static final String OFFERED_AFTER_REGISTRATION_NOTE = NOTE_PREFIX + "offeredAfterRegistration";
    /** Set by the "always" gate (level of authentication 2): the person may not put verifying off. */
    static final String MANDATORY_NOTE = NOTE_PREFIX + "mandatory";
    static final String FAILED_MATCH_COUNTER = "proofing-failed-matches";
    static final String STEP_DETAIL = "proofing_step";
    static final String RESULT_DETAIL = "proofing_result";

    final RequiredActionContext context;
    final KeycloakSession session;
    final RealmModel realm;
    final UserModel user;
    final AuthenticationSessionModel authSession;
    final ProofingSettings settings;
    private ProofingRecordEntity record;

    ProofingFlow(RequiredActionContext context) {
        this.context = context;
        this.session = context.getSession();
        this.realm = context.getRealm();
        this.user = context.getUser();
        this.authSession = context.getAuthenticationSession();
        this.settings = ProofingSettings.of(realm);
    }

    ProofingRecordEntity record() {
        if (record == null) {
            record = ProofingRecords.find(session, realm, user).orElse(null);
        }
        return record;
    }

    /** The record, created (and counted as a start) on first use. */
    ProofingRecordEntity startedRecord() {
        if (record() == null) {
            record = ProofingRecords.findOrStart(session, realm, user);
            funnel(Stage.STARTED);
        }
        return record;
    }

    boolean postponable() {
        return !"true".equals(authSession.getAuthNote(MANDATORY_NOTE)) && settings.postponable()
                && !"true".equals(authSession.getAuthNote(JUST_VERIFIED_NOTE));
    }

    /** Where the person stands: the first step not yet done, or the step they went back to. */
    Step currentStep() {
        ProofingRecordEntity r = record();
        if (r != null && r.getStatus() == ProofingStatus.VERIFIED) {
            return Step.DONE;
        }
        Step progress = progressStep(r);
        String view = authSession.getAuthNote(VIEW_NOTE);
        if (view != null) {
            try {
                Step wanted = Step.valueOf(view);
                if (wanted.ordinal() < progress.ordinal()) {
                    return wanted;
                }
            } catch (IllegalArgumentException ignored) {
                // a stale or tampered note: show real progress
            }
            authSession.removeAuthNote(VIEW_NOTE);
        }
        return progress;
    }

    private Step progressStep(ProofingRecordEntity r) {
        if (r != null && r.getStatus() == ProofingStatus.LETTER_PENDING) {
            return Step.LETTER;
        }
        if (authSession.getAuthNote(INTRO_SEEN_NOTE) == null) {
            return Step.INTRO;
        }
        if (!user.isEmailVerified()) {
            return Step.EMAIL;
        }
        if (r == null || r.getPersonRef() == null) {
            return Step.IDENTITY;
        }
        if (r.getAccountMatchedAt() == null) {
            return Step.ACCOUNT;
        }
        return authSession.getAuthNote(LETTER_CHOSEN_NOTE) != null ? Step.LETTER : Step.PHONE;
    }

    /** Moves on to the person's real progress (leaves a step they went back to). */
    void forward() {
        authSession.removeAuthNote(VIEW_NOTE);
    }

    void goBackTo(Step step) {
        authSession.setAuthNote(VIEW_NOTE, step.name());
    }

    /** The realm's verifier; unavailable (never another one) when the server did not load the one the realm names. */
    EvidenceVerifierProvider verifier() throws VerifierUnavailableException {
        return verifier(session, settings);
    }

    static EvidenceVerifierProvider verifier(KeycloakSession session, ProofingSettings settings) throws VerifierUnavailableException {
        EvidenceVerifierProvider verifier = settings.verifier().isPresent()
                ? session.getProvider(EvidenceVerifierProvider.class, settings.verifier().get())
                : session.getProvider(EvidenceVerifierProvider.class);
        if (verifier == null) {
            throw new VerifierUnavailableException(VerifierUnavailableException.Reason.MISCONFIGURED,
                    "evidence verifier " + settings.verifier().orElse("(default)") + " is not loaded on this server");
        }
        return new MeteredVerifier(verifier, verifierId(session, settings));
    }

    /** The id of the realm's verifier: the one it names, else the server's default. */
    static String verifierId(KeycloakSession session, ProofingSettings settings) {
        return settings.verifier().orElseGet(() -> session.getKeycloakSessionFactory().getProviderFactory(EvidenceVerifierProvider.class).getId());
    }

    /** The failed-match lock: when it lifts (epoch millis), 0 when the person may try. */
    long lockedUntil() {
        Outcome outcome = SecurityCounters.peek(session, realm, FAILED_MATCH_COUNTER, user.getId(), settings.failedMatches());
        return outcome.allowed() ? 0 : outcome.retryAt();
    }

    /**
     * Takes one failed-match attempt before the verifier is asked (so parallel requests can not all
     * slip under the limit); returns when the lock lifts if none is left, else 0. Give it back with
     * {@link #releaseMatchAttempt()} when the answer was a match or no answer came.
     */
    long reserveMatchAttempt() {
        Outcome outcome = SecurityCounters.consume(session, realm, FAILED_MATCH_COUNTER, user.getId(), settings.failedMatches());
        return outcome.allowed() ? 0 : outcome.retryAt();
    }

    void releaseMatchAttempt() {
        SecurityCounters.release(session, realm, FAILED_MATCH_COUNTER, user.getId());
    }

    /** After a failed match (its attempt already taken): when the lock lifts if this one started it, else 0. */
    long countFailedMatch() {
        long until = lockedUntil();
        if (until > 0) {
            funnel(Stage.LOCKED);
            error("locked", "proofing_locked");
        }
        return until;
    }

    int failedMatchesLeft() {
        return matchAttemptsLeft(SecurityCounters.peek(session, realm, FAILED_MATCH_COUNTER, user.getId(), settings.failedMatches()),
                settings.failedMatches());
    }

    /** The identity-match attempts left before the pause, from a look at the failed-match counter. */
    static int matchAttemptsLeft(Outcome failedMatches, SecurityCounters.Quota quota) {
        return Math.max(0, quota.maxHits() - failedMatches.hits());
    }

    void funnel(Stage stage) {
        String provider;
        try {
            provider = verifierId(session, settings);
        } catch (RuntimeException noVerifierLoaded) {
            provider = "none";
        }
        ProofingFunnel.count(session, realm, stage, provider);
    }

    EventBuilder event(EventType type, String step) {
        return context.getEvent().clone().event(type).user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, IdentityProofingRequiredActionFactory.ID)
                .detail(STEP_DETAIL, step);
    }

    /** An error event: which step and why, never what was typed. */
    void error(String step, String error) {
        event(EventType.CUSTOM_REQUIRED_ACTION_ERROR, step).error(error);
    }

    /** A page of the wizard with its progress indicator and the way back. */
    LoginFormsProvider form(Step step) {
        LoginFormsProvider form = context.form()
                .setAttribute("saProofStep", step.number)
                .setAttribute("saProofTotalSteps", TOTAL_STEPS)
                .setAttribute("saProofCanPostpone", postponable());
        settings.enforcementDate().ifPresent(date -> form.setAttribute("saProofDeadline", formatDate(
                date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())));
        return form;
    }

    Response page(Step step, String template, FormMessage... messages) {
        LoginFormsProvider form = form(step);
        for (FormMessage message : messages) {
            if (message != null) {
                form.addError(message);
            }
        }
        return form.createForm(template);
    }

    /** What paused verification: details that did not match records, or wrong codes (texted or emailed). */
    enum LockReason {
        MATCHES, CODES
    }

    /** "Too many attempts": when the lock lifts, and nothing that says which detail was wrong. */
    Response lockedPage(long until) {
        return lockedPage(until, LockReason.MATCHES);
    }

    /** As {@link #lockedPage(long)}, saying what paused it; a lock without end (the second factor's long-window cap) has no time. */
    Response lockedPage(long until, LockReason reason) {
        LoginFormsProvider form = form(currentStepForPages()).setAttribute("saProofLockedByCodes", reason == LockReason.CODES);
        if (until == SecurityCounters.UNTIL_CLEARED) {
            return form.setAttribute("saLockedUntilCleared", true).createForm(ProofingPages.LOCKED);
        }
        return form.setAttribute("saUntilEpochMillis", until)
                .setAttribute("saUntilIso", Instant.ofEpochMilli(until).toString())
                .setAttribute("saUntilMinutes", Math.max(1, (until - Time.currentTimeMillis() + 59_999) / 60_000))
                .createForm(ProofingPages.LOCKED);
    }

    private Step currentStepForPages() {
        Step step = currentStep();
        return step == Step.INTRO ? Step.IDENTITY : step;
    }

    /** A date in the person's language, e.g. "December 28, 2026" (UTC). */
    String formatDate(long epochMillis) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale())
                .format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }

    Locale locale() {
        return session.getContext().resolveLocale(user);
    }

    /** The login theme's messages in the person's language (for words that leave the page: letters). */
    Properties messages() {
        try {
            return session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale());
        } catch (IOException e) {
            return new Properties();
        }
    }
}
