package org.secureaccess.keycloak.proofing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.secureaccess.keycloak.evidence.EvidenceFields;
import org.secureaccess.keycloak.evidence.FilingStatus;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * Step 2: legal name, SSN or ITIN, date of birth, filing status and the address of the last
 * return, matched against the records of record. The SSN and date of birth are never kept: not
 * in the page after submission, not in the session, not in the record (only the verifier's opaque
 * reference to the matched person is).
 */
final class IdentityStep {

    static final String DOB_MONTH = "dob_month";
    static final String DOB_DAY = "dob_day";
    static final String DOB_YEAR = "dob_year";
    static final String TAX_ID_COUNTER = "proofing-tax-id-attempts";
    /** Fields shown again after an error or on the way back; the SSN and date of birth are not among them. */
    static final List<String> KEPT_FIELDS = List.of(EvidenceFields.FIRST_NAME, EvidenceFields.MIDDLE_NAME, EvidenceFields.LAST_NAME,
            EvidenceFields.SUFFIX, EvidenceFields.FILING_STATUS, EvidenceFields.ADDRESS_LINE1, EvidenceFields.ADDRESS_LINE2,
            EvidenceFields.CITY, EvidenceFields.STATE, EvidenceFields.ZIP);
    private static final String KEPT_NOTE_PREFIX = ProofingFlow.NOTE_PREFIX + "form.";
    static final String NO_PHONE_ON_RECORD_NOTE = ProofingFlow.NOTE_PREFIX + "noPhoneOnRecord";
    private static final Logger LOG = Logger.getLogger(IdentityStep.class);

    private IdentityStep() {
    }

    static Response show(ProofingFlow flow) {
        Map<String, String> kept = new HashMap<>();
        for (String field : KEPT_FIELDS) {
            String value = flow.authSession.getAuthNote(KEPT_NOTE_PREFIX + field);
            if (value != null) {
                kept.put(field, value);
            }
        }
        return page(flow, kept, Map.of(), null);
    }

    static Response process(ProofingFlow flow, MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : EvidenceFields.IDENTITY) {
            typed.put(field, form.getFirst(field));
        }
        typed.put(EvidenceFields.DATE_OF_BIRTH, dateOfBirth(form.getFirst(DOB_YEAR), form.getFirst(DOB_MONTH), form.getFirst(DOB_DAY)));
        LocalDate today = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(Time.currentTimeMillis()), ZoneOffset.UTC);
        IdentityClaim.Result result = IdentityClaim.validate(IdentityClaim.Typed.of(typed), today);
        if (!result.valid()) {
            return page(flow, typed, result.errors(), null);
        }
        long lockedUntil = flow.reserveMatchAttempt();
        if (lockedUntil > 0) {
            return flow.lockedPage(lockedUntil);
        }
        IdentityClaim claim = result.claim().orElseThrow();
        String taxIdSubject = claim.taxId().digits();
        Outcome perTaxId = SecurityCounters.consume(flow.session, flow.realm, TAX_ID_COUNTER, taxIdSubject, flow.settings.taxIdAttempts());
        if (!perTaxId.allowed()) {
            flow.releaseMatchAttempt();
            flow.error("identity", "proofing_tax_id_limit");
            return flow.lockedPage(perTaxId.retryAt());
        }

        IdentityMatch match;
        try {
            match = flow.verifier().matchIdentity(flow.realm, claim);
        } catch (VerifierUnavailableException e) {
            // Not the person's fault: nothing is counted against them.
            flow.releaseMatchAttempt();
            SecurityCounters.release(flow.session, flow.realm, TAX_ID_COUNTER, taxIdSubject);
            LOG.warnf("Identity check for user %s: verifier unavailable (%s)", flow.user.getId(), e.eventValue());
            flow.funnel(Stage.VERIFIER_UNAVAILABLE);
            flow.error("identity", "verifier_unavailable");
            return page(flow, typed, Map.of(), new FormMessage(null, "saProofVerifierUnavailable"));
        }
        ProofingRecordEntity record = flow.startedRecord();
        if (!match.matched()) {
            flow.funnel(Stage.IDENTITY_NOT_MATCHED);
            flow.error("identity", "identity_not_matched");
            long until = flow.countFailedMatch();
            if (until > 0) {
                return flow.lockedPage(until);
            }
            return page(flow, typed, Map.of(), new FormMessage(null, "saProofNoMatch", flow.failedMatchesLeft(),
                    flow.settings.failedMatches().window().toHours()));
        }
        flow.releaseMatchAttempt();
        boolean verifiedElsewhere = ProofingRecords.verifiedByPerson(flow.session, flow.realm, match.personReference())
                .filter(other -> !other.getUserId().equals(flow.user.getId())).isPresent();
        if (verifiedElsewhere) {
            // Guidance only: never which account, nor anything about it.
            flow.funnel(Stage.IDENTITY_IN_USE);
            flow.error("identity", "identity_in_use");
            return flow.form(Step.IDENTITY).createForm(ProofingPages.IDENTITY_IN_USE);
        }
        if (!match.personReference().equals(record.getPersonRef())) {
            // Another person of record than before: a letter or texted code issued for the first
            // one must not carry over to this one.
            LetterStep.forget(record);
            PhoneStep.forget(flow);
        }
        record.setPersonRef(match.personReference());
        record.setVerifier(verifierId(flow));
        record.setGivenName(claim.firstName());
        record.setFamilyName(claim.lastName());
        record.setIdentityMatchedAt(Time.currentTimeMillis());
        record.setAccountMatchedAt(null);
        ProofingRecords.touch(record);
        keep(flow, typed);
        if (match.hasPhoneOnRecord()) {
            flow.authSession.removeAuthNote(NO_PHONE_ON_RECORD_NOTE);
        } else {
            flow.authSession.setAuthNote(NO_PHONE_ON_RECORD_NOTE, "true");
        }
        flow.funnel(Stage.IDENTITY_MATCHED);
        flow.event(EventType.CUSTOM_REQUIRED_ACTION, "identity").detail(ProofingFlow.RESULT_DETAIL, "identity_matched")
                .detail("tax_id_kind", claim.taxId().kind().name().toLowerCase()).success();
        flow.forward();
        return null;
    }

    /** The three date fields as YYYY-MM-DD for validation, or what was typed when they are not numbers. */
    static String dateOfBirth(String year, String month, String day) {
        String y = year == null ? "" : year.strip();
        String m = month == null ? "" : month.strip();
        String d = day == null ? "" : day.strip();
        if (y.isEmpty() && m.isEmpty() && d.isEmpty()) {
            return null;
        }
        if (!y.matches("[0-9]{4}") || !m.matches("[0-9]{1,2}") || !d.matches("[0-9]{1,2}")) {
            return "invalid";
        }
        return y + "-" + (m.length() == 1 ? "0" + m : m) + "-" + (d.length() == 1 ? "0" + d : d);
    }

    private static void keep(ProofingFlow flow, Map<String, String> typed) {
        for (String field : KEPT_FIELDS) {
            String value = typed.get(field);
            if (value == null || value.isBlank()) {
                flow.authSession.removeAuthNote(KEPT_NOTE_PREFIX + field);
            } else {
                flow.authSession.setAuthNote(KEPT_NOTE_PREFIX + field, value.strip());
            }
        }
    }

    private static String verifierId(ProofingFlow flow) {
        String id = ProofingFlow.verifierId(flow.session, flow.settings);
        return id.length() > 40 ? id.substring(0, 40) : id;
    }

    private static Response page(ProofingFlow flow, Map<String, String> typed, Map<String, String> errors, FormMessage pageMessage) {
        Map<String, String> values = new HashMap<>();
        for (String field : KEPT_FIELDS) {
            String value = typed.get(field);
            values.put(field, value == null ? "" : value);
        }
        LoginFormsProvider form = flow.form(Step.IDENTITY)
                .setAttribute("saValues", values)
                .setAttribute("saFilingStatuses", java.util.Arrays.stream(FilingStatus.values()).map(Enum::name).toList())
                .setAttribute("saStates", MailingAddress.stateCodes());
        Properties messages = flow.messages();
        for (Map.Entry<String, String> error : errors.entrySet()) {
            form.addError(new FormMessage(error.getKey(), fieldMessageKey(messages, error.getKey(), error.getValue())));
        }
        if (pageMessage != null) {
            form.addError(pageMessage);
        }
        return form.createForm(ProofingPages.IDENTITY);
    }

    /** "saProof_tax_id_invalid" when the theme words that case, else the reason's general message. */
    static String fieldMessageKey(Properties messages, String field, String reason) {
        String specific = "saProof_" + field + "_" + reason;
        return messages.containsKey(specific) ? specific : "saProof_" + reason;
    }
}
