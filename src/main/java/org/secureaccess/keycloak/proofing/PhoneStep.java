package org.secureaccess.keycloak.proofing;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;
import org.secureaccess.keycloak.secondfactor.SecondFactorPhones;
import org.secureaccess.keycloak.secondfactor.SecondFactorPhones.PhoneCheck;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.secondfactor.SmsChallenge;
import org.secureaccess.keycloak.secondfactor.SmsChallenge.SendOutcome;
import org.secureaccess.keycloak.shared.AuthSessionCode.Verification;

/**
 * Step 4 by phone: a U.S. mobile number that the records show as the person's receives an
 * activation code through the second factor's text messages (same rules and limits); the right
 * code verifies the person and makes the number their second-factor phone.
 */
final class PhoneStep {

    static final String FIELD_PHONE = "phoneNumber";
    static final String FIELD_CODE = "code";
    static final String PENDING_NUMBER_NOTE = ProofingFlow.NOTE_PREFIX + "phone";
    /** The person of record the pending number was matched to: a code only counts for them. */
    static final String PENDING_PERSON_NOTE = ProofingFlow.NOTE_PREFIX + "phone.person";
    private static final Logger LOG = Logger.getLogger(PhoneStep.class);

    private PhoneStep() {
    }

    static Response show(ProofingFlow flow) {
        String pending = pendingNumber(flow);
        if (pending != null && challenge(flow).hasUsableCode()) {
            return codePage(flow, pending);
        }
        return numberPage(flow, null);
    }

    static Response process(ProofingFlow flow, String action, MultivaluedMap<String, String> form) {
        return switch (action) {
            case "code" -> checkCode(flow, form.getFirst(FIELD_CODE));
            case "resend" -> {
                String pending = pendingNumber(flow);
                yield pending == null ? numberPage(flow, null) : send(flow, pending, true);
            }
            case "change-number" -> {
                forget(flow);
                yield numberPage(flow, null);
            }
            default -> checkNumber(flow, form.getFirst(FIELD_PHONE));
        };
    }

    private static Response checkNumber(ProofingFlow flow, String typed) {
        if (typed == null || typed.isBlank()) {
            return numberPage(flow, typed, new FormMessage(FIELD_PHONE, "saPhoneMissing"));
        }
        PhoneCheck check = SecondFactorPhones.check(flow.session, flow.realm, flow.user, typed);
        if (check.e164() == null) {
            FormMessage message = switch (check.refusal()) {
                case "in_use" -> new FormMessage(FIELD_PHONE, "saProofPhoneInUse");
                case "in_use_limit" -> new FormMessage(FIELD_PHONE, "saProofPhoneInUseLimit", check.retryHours());
                case "type" -> new FormMessage(FIELD_PHONE, "saPhoneNotMobile");
                case "country" -> new FormMessage(FIELD_PHONE, "saProofPhoneNotUs");
                default -> new FormMessage(FIELD_PHONE, "saPhoneInvalid");
            };
            return numberPage(flow, typed, message);
        }
        long lockedUntil = flow.reserveMatchAttempt();
        if (lockedUntil > 0) {
            return flow.lockedPage(lockedUntil);
        }
        PhoneMatch match;
        try {
            match = flow.verifier().matchPhone(flow.realm, flow.startedRecord().getPersonRef(), check.e164());
        } catch (VerifierUnavailableException e) {
            flow.releaseMatchAttempt();
            LOG.warnf("Phone check for user %s: verifier unavailable (%s)", flow.user.getId(), e.eventValue());
            flow.funnel(Stage.VERIFIER_UNAVAILABLE);
            flow.error("phone", "verifier_unavailable");
            return numberPage(flow, typed, new FormMessage(null, "saProofVerifierUnavailable"));
        }
        if (match != PhoneMatch.MATCHED) {
            flow.funnel(Stage.PHONE_NOT_MATCHED);
            flow.error("phone", match == PhoneMatch.NOT_MOBILE ? "phone_not_mobile" : "phone_not_matched");
            long until = flow.countFailedMatch();
            if (until > 0) {
                return flow.lockedPage(until);
            }
            // The way on for someone whose phone can't be matched: a letter to the address of record.
            return numberPage(flow, typed, new FormMessage(null, "saProofPhoneNotMatched", flow.failedMatchesLeft()));
        }
        flow.releaseMatchAttempt();
        // A code proves the number it was texted to and no other: a new pending number voids it, even when no new
        // code can be sent yet (the wait between texts).
        if (!check.e164().equals(flow.authSession.getAuthNote(PENDING_NUMBER_NOTE))) {
            forget(flow);
        }
        flow.authSession.setAuthNote(PENDING_NUMBER_NOTE, check.e164());
        flow.authSession.setAuthNote(PENDING_PERSON_NOTE, flow.startedRecord().getPersonRef());
        return send(flow, check.e164(), false);
    }

    private static Response send(ProofingFlow flow, String e164, boolean resend) {
        long lockedUntil = SecondFactorPhones.lockedUntil(flow.session, flow.realm, flow.user);
        if (lockedUntil > 0) {
            return flow.lockedPage(lockedUntil, ProofingFlow.LockReason.CODES);
        }
        SmsCodeRules rules = SecondFactorPhones.rules(flow.realm);
        SendOutcome outcome = challenge(flow).send(flow.realm, flow.user, e164, rules);
        String masked = SecondFactorPhones.mask(e164);
        return switch (outcome.status()) {
            case SENT -> {
                LoginFormsProvider form = codeForm(flow, e164);
                if (resend) {
                    form.addSuccess(new FormMessage(null, "saCodeResent", masked));
                }
                yield form.createForm(ProofingPages.PHONE_CODE);
            }
            case COOLDOWN -> codePage(flow, e164, new FormMessage(null, "saResendTooSoon",
                    Math.max(1, (outcome.retryAt() - Time.currentTimeMillis() + 999) / 1000)));
            case LIMIT_REACHED -> numberPage(flow, null, new FormMessage(null, "saProofTextLimit",
                    Math.max(1, (outcome.retryAt() - Time.currentTimeMillis() + 59_999) / 60_000)));
            case FAILED -> {
                LOG.warnf("Proofing text to %s for user %s not sent: %s", masked, flow.user.getId(), outcome.failure().eventValue());
                flow.error("phone", "sms_send_failed");
                yield numberPage(flow, null, new FormMessage(null, "saProofTextNotSent", masked));
            }
        };
    }

    private static Response checkCode(ProofingFlow flow, String typed) {
        String e164 = pendingNumber(flow);
        if (e164 == null) {
            return numberPage(flow, null);
        }
        long lockedUntil = SecondFactorPhones.lockedUntil(flow.session, flow.realm, flow.user);
        if (lockedUntil > 0) {
            return flow.lockedPage(lockedUntil, ProofingFlow.LockReason.CODES);
        }
        if (typed == null || typed.isBlank()) {
            return codePage(flow, e164, new FormMessage(FIELD_CODE, "saCodeMissing"));
        }
        SmsChallenge.Check check = challenge(flow).verify(flow.realm, flow.user, typed, e164, SecondFactorPhones.lockout(flow.realm));
        if (check.verification() == null) {
            return flow.lockedPage(check.lock().retryAt(), ProofingFlow.LockReason.CODES);
        }
        return switch (check.verification()) {
            case CORRECT -> {
                SecondFactorPhones.enrollVerified(flow.session, flow.realm, flow.user, flow.authSession, e164);
                flow.authSession.removeAuthNote(PENDING_NUMBER_NOTE);
                flow.authSession.removeAuthNote(PENDING_PERSON_NOTE);
                yield ProofingCompletion.verified(flow, ProofingMethod.PHONE);
            }
            case EXPIRED -> codePage(flow, e164, new FormMessage(FIELD_CODE, "saCodeExpired"));
            case NO_CODE -> codePage(flow, e164, new FormMessage(FIELD_CODE, "saCodeNeedsNew"));
            case WRONG, WRONG_AND_VOID -> {
                flow.funnel(Stage.PHONE_CODE_FAILED);
                flow.error("phone", "invalid_code");
                if (check.locked()) {
                    if (check.lock().lockStarted()) {
                        SecondFactorPhones.reportLocked(flow.context.getEvent(), flow.user, check.lock());
                    }
                    yield flow.lockedPage(check.lock().retryAt(), ProofingFlow.LockReason.CODES);
                }
                if (check.verification() == Verification.WRONG_AND_VOID) {
                    yield codePage(flow, e164, new FormMessage(FIELD_CODE, "saCodeWrongVoid"));
                }
                yield codePage(flow, e164, new FormMessage(FIELD_CODE, "saCodeWrong", check.entriesLeft()));
            }
        };
    }

    /** The number a code was texted to, as long as it was matched to the person of record the flow now holds. */
    private static String pendingNumber(ProofingFlow flow) {
        String e164 = flow.authSession.getAuthNote(PENDING_NUMBER_NOTE);
        if (e164 == null) {
            return null;
        }
        ProofingRecordEntity record = flow.record();
        String personRef = record == null ? null : record.getPersonRef();
        if (personRef == null || !personRef.equals(flow.authSession.getAuthNote(PENDING_PERSON_NOTE))) {
            forget(flow);
            return null;
        }
        return e164;
    }

    /** Forgets the pending number and its code. */
    static void forget(ProofingFlow flow) {
        flow.authSession.removeAuthNote(PENDING_NUMBER_NOTE);
        flow.authSession.removeAuthNote(PENDING_PERSON_NOTE);
        challenge(flow).clearCode();
    }

    private static SmsChallenge challenge(ProofingFlow flow) {
        return SmsChallenge.forProofing(flow.session, flow.authSession);
    }

    private static Response numberPage(ProofingFlow flow, String typed, FormMessage... messages) {
        LoginFormsProvider form = flow.form(Step.PHONE).setAttribute("saPhoneValue", typed == null ? "" : typed)
                .setAttribute("saNoPhoneOnRecord", flow.authSession.getAuthNote(IdentityStep.NO_PHONE_ON_RECORD_NOTE) != null);
        for (FormMessage message : messages) {
            form.addError(message);
        }
        return form.createForm(ProofingPages.PHONE);
    }

    private static Response codePage(ProofingFlow flow, String e164, FormMessage... messages) {
        LoginFormsProvider form = codeForm(flow, e164);
        for (FormMessage message : messages) {
            form.addError(message);
        }
        return form.createForm(ProofingPages.PHONE_CODE);
    }

    private static LoginFormsProvider codeForm(ProofingFlow flow, String e164) {
        SmsCodeRules rules = SecondFactorPhones.rules(flow.realm);
        long wait = Math.max(0, (challenge(flow).resendAvailableAt(rules) - Time.currentTimeMillis() + 999) / 1000);
        return flow.form(Step.PHONE).setAttribute("saPhone", SecondFactorPhones.mask(e164))
                .setAttribute("saCodeLength", rules.codeLength())
                .setAttribute("saCodeMinutes", rules.lifetime().toMinutes())
                .setAttribute("saResendWaitSeconds", wait);
    }
}
