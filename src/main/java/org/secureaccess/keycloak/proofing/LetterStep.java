package org.secureaccess.keycloak.proofing;

import java.time.Instant;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDelivery;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterReceipt;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * Step 4 by mail: when the phone can't be matched (or the person asks), an activation code is
 * mailed to the address of record, never to one typed in. Every later sign-in shows where things
 * stand (sent on, expected delivery, expiry), takes the code, and offers another letter within the
 * limits. The code is kept only as a keyed hash and is void once used.
 */
final class LetterStep {

    static final String FIELD_CODE = "letter_code";
    static final String ENTRY_COUNTER = "proofing-letter-entries";
    static final int DELIVERY_DAYS_MIN = 5;
    static final int DELIVERY_DAYS_MAX = 10;
    private static final String CODE_HASH_PURPOSE = "letter-code";
    private static final Logger LOG = Logger.getLogger(LetterStep.class);

    private LetterStep() {
    }

    static Response show(ProofingFlow flow) {
        ProofingRecordEntity record = flow.record();
        if (record != null && record.getStatus() == ProofingStatus.LETTER_PENDING) {
            return statusPage(flow);
        }
        return requestPage(flow);
    }

    static Response process(ProofingFlow flow, String action, MultivaluedMap<String, String> form) {
        return switch (action) {
            case "send-letter" -> sendLetter(flow);
            case "letter-code" -> checkCode(flow, form.getFirst(FIELD_CODE));
            default -> show(flow);
        };
    }

    private static Response sendLetter(ProofingFlow flow) {
        ProofingRecordEntity record = flow.startedRecord();
        if (record.getPersonRef() == null || record.getAccountMatchedAt() == null) {
            flow.forward();
            return null;
        }
        long now = Time.currentTimeMillis();
        long nextAllowed = nextLetterAllowedAt(flow);
        if (nextAllowed > now) {
            return show(flow, new FormMessage(null, "saProofLetterTooSoon", flow.formatDate(nextAllowed)));
        }
        // Taken before the letter goes out, so parallel requests can not all slip under the limit;
        // given back when no letter went out.
        long refusedUntil = AddressOfRecordLetters.reserve(flow.session, flow.realm, flow.user);
        if (refusedUntil > 0) {
            return show(flow, new FormMessage(null, "saProofLetterTooSoon", flow.formatDate(refusedUntil)));
        }
        Optional<MailingAddress> address;
        try {
            address = flow.verifier().addressOfRecord(flow.realm, record.getPersonRef());
        } catch (VerifierUnavailableException e) {
            releaseLetter(flow);
            LOG.warnf("Address of record for user %s: verifier unavailable (%s)", flow.user.getId(), e.eventValue());
            flow.funnel(Stage.VERIFIER_UNAVAILABLE);
            flow.error("letter", "verifier_unavailable");
            return show(flow, new FormMessage(null, "saProofVerifierUnavailable"));
        }
        if (address.isEmpty()) {
            releaseLetter(flow);
            flow.error("letter", "no_address_of_record");
            return show(flow, new FormMessage(null, "saProofNoAddressOfRecord"));
        }
        String letterId = KeycloakModelUtils.generateId();
        String code = OneTimeCodes.crockford(ActivationLetter.CODE_LENGTH);
        Instant issuedAt = Instant.ofEpochMilli(now);
        Instant expiresAt = issuedAt.plus(flow.settings.letterValidity());
        LetterReceipt receipt;
        try {
            ActivationLetter letter = new ActivationLetter(letterId, flow.realm.getName(), address.get(), code,
                    ProofingLetters.content(flow, address.get(), expiresAt.toEpochMilli()), issuedAt, expiresAt);
            receipt = LetterDelivery.send(flow.session, letter, LetterDelivery.Purpose.PROOFING_ACTIVATION);
        } catch (LetterDeliveryException e) {
            releaseLetter(flow);
            LOG.warnf("Activation letter for user %s not sent: %s", flow.user.getId(), e.eventValue());
            flow.error("letter", "letter_send_failed");
            return show(flow, new FormMessage(null, "saProofLetterNotSent"));
        }
        record.setStatus(ProofingStatus.LETTER_PENDING);
        record.setLetterId(letterId);
        record.setLetterCodeHash(hash(flow, record.getPersonRef(), letterId, code));
        record.setLetterSentAt(now);
        record.setLetterExpiresAt(expiresAt.toEpochMilli());
        ProofingRecords.touch(record);
        flow.authSession.removeAuthNote(ProofingFlow.LETTER_CHOSEN_NOTE);
        flow.forward();
        flow.funnel(Stage.LETTER_SENT);
        flow.event(EventType.CUSTOM_REQUIRED_ACTION, "letter").detail(ProofingFlow.RESULT_DETAIL, "letter_sent")
                .detail("letter_id", letterId).detail("letter_reference", receipt.providerReference()).success();
        LoginFormsProvider form = statusForm(flow);
        form.addSuccess(new FormMessage(null, "saProofLetterSent"));
        return form.createForm(ProofingPages.LETTER_STATUS);
    }

    private static Response checkCode(ProofingFlow flow, String typed) {
        ProofingRecordEntity record = flow.record();
        if (record == null || record.getStatus() != ProofingStatus.LETTER_PENDING || record.getLetterCodeHash() == null) {
            return show(flow);
        }
        if (typed == null || typed.isBlank()) {
            return statusPage(flow, new FormMessage(FIELD_CODE, "saProofLetterCodeMissing"));
        }
        Outcome entries = SecurityCounters.consume(flow.session, flow.realm, ENTRY_COUNTER, flow.user.getId(), flow.settings.letterEntries());
        if (!entries.allowed()) {
            return statusPage(flow, new FormMessage(FIELD_CODE, "saProofLetterEntriesLimit",
                    Math.max(1, (entries.retryAt() - Time.currentTimeMillis() + 59_999) / 60_000)));
        }
        if (Time.currentTimeMillis() >= record.getLetterExpiresAt()) {
            flow.error("letter", "letter_code_expired");
            return statusPage(flow, new FormMessage(FIELD_CODE, "saProofLetterExpired"));
        }
        String normalized = OneTimeCodes.normalizeCrockford(typed);
        if (!OneTimeCodes.sameHash(record.getLetterCodeHash(), hash(flow, record.getPersonRef(), record.getLetterId(), normalized))) {
            flow.funnel(Stage.LETTER_CODE_FAILED);
            flow.error("letter", "invalid_code");
            int left = Math.max(0, flow.settings.letterEntries().maxHits() - entries.hits());
            return statusPage(flow, new FormMessage(FIELD_CODE, left == 0 ? "saProofLetterCodeWrongLast" : "saProofLetterCodeWrong", left,
                    ProofingSettings.LETTER_ENTRY_WINDOW.toMinutes()));
        }
        record.setLetterCodeHash(null);
        return ProofingCompletion.verified(flow, ProofingMethod.LETTER);
    }

    private static void releaseLetter(ProofingFlow flow) {
        AddressOfRecordLetters.release(flow.session, flow.realm, flow.user);
    }

    /** When the next letter may be sent (epoch millis), counting every kind of letter to this person. */
    private static long nextLetterAllowedAt(ProofingFlow flow) {
        return AddressOfRecordLetters.nextLetterAllowedAt(flow.session, flow.realm, flow.user);
    }

    private static Response show(ProofingFlow flow, FormMessage message) {
        ProofingRecordEntity record = flow.record();
        if (record != null && record.getStatus() == ProofingStatus.LETTER_PENDING) {
            return statusPage(flow, message);
        }
        LoginFormsProvider form = requestForm(flow);
        form.addError(message);
        return form.createForm(ProofingPages.LETTER_REQUEST);
    }

    private static Response requestPage(ProofingFlow flow) {
        return requestForm(flow).createForm(ProofingPages.LETTER_REQUEST);
    }

    private static LoginFormsProvider requestForm(ProofingFlow flow) {
        return flow.form(Step.LETTER).setAttribute("saLetterDaysMin", DELIVERY_DAYS_MIN)
                .setAttribute("saLetterDaysMax", DELIVERY_DAYS_MAX)
                .setAttribute("saLetterValidDays", flow.settings.letterValidity().toDays());
    }

    private static Response statusPage(ProofingFlow flow, FormMessage... messages) {
        LoginFormsProvider form = statusForm(flow);
        for (FormMessage message : messages) {
            form.addError(message);
        }
        return form.createForm(ProofingPages.LETTER_STATUS);
    }

    private static LoginFormsProvider statusForm(ProofingFlow flow) {
        ProofingRecordEntity record = flow.record();
        long now = Time.currentTimeMillis();
        long nextAllowed = nextLetterAllowedAt(flow);
        LoginFormsProvider form = requestForm(flow)
                .setAttribute("saLetterSentOn", flow.formatDate(record.getLetterSentAt()))
                .setAttribute("saLetterExpiresOn", flow.formatDate(record.getLetterExpiresAt()))
                .setAttribute("saLetterExpired", now >= record.getLetterExpiresAt())
                .setAttribute("saLetterCanResend", nextAllowed <= now);
        if (nextAllowed > now) {
            form.setAttribute("saLetterNextOn", flow.formatDate(nextAllowed));
        }
        return form;
    }

    /** Bound to the person of record the letter went to, so it can never verify the account as anyone else. */
    private static String hash(ProofingFlow flow, String personRef, String letterId, String code) {
        return flow.session.getProvider(KeyedHashProvider.class)
                .hash(CODE_HASH_PURPOSE, flow.realm.getId() + "|" + flow.user.getId() + "|" + personRef + "|" + letterId + "|" + code);
    }

    /** Forgets a pending letter (its code was for another person of record). */
    static void forget(ProofingRecordEntity record) {
        if (record.getStatus() == ProofingStatus.LETTER_PENDING) {
            record.setStatus(ProofingStatus.IN_PROGRESS);
        }
        record.setLetterCodeHash(null);
        record.setLetterId(null);
        record.setLetterSentAt(null);
        record.setLetterExpiresAt(null);
    }
}
