package org.secureaccess.keycloak.proofing;

import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.events.EventType;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;

/**
 * The end of proofing: the record says verified (time, method, level), the person of record is
 * bound to this one account, and an event tells the login history to email the proofing notice.
 */
final class ProofingCompletion {

    /** Event detail the login history reacts to (the proofing notice). */
    static final String VERIFIED_RESULT = "verified";
    static final String METHOD_DETAIL = "proofing_method";

    private ProofingCompletion() {
    }

    static Response verified(ProofingFlow flow, ProofingMethod method) {
        ProofingRecordEntity record = flow.startedRecord();
        boolean takenMeanwhile = ProofingRecords.verifiedByPerson(flow.session, flow.realm, record.getPersonRef())
                .filter(other -> !other.getUserId().equals(flow.user.getId())).isPresent();
        if (takenMeanwhile) {
            flow.funnel(Stage.IDENTITY_IN_USE);
            flow.error(method.name().toLowerCase(), "identity_in_use");
            return flow.form(Step.IDENTITY).createForm(ProofingPages.IDENTITY_IN_USE);
        }
        long now = Time.currentTimeMillis();
        record.setStatus(ProofingStatus.VERIFIED);
        record.setMethod(method);
        record.setLevel(ProofingState.LEVEL_RECORDS_MATCH);
        record.setVerifiedAt(now);
        record.setVerifiedPersonRef(record.getPersonRef());
        record.setLetterCodeHash(null);
        ProofingRecords.touch(record);
        flow.user.removeRequiredAction(IdentityProofingRequiredActionFactory.ID);
        flow.authSession.setAuthNote(ProofingFlow.JUST_VERIFIED_NOTE, "true");
        flow.funnel(method == ProofingMethod.PHONE ? Stage.COMPLETED_BY_PHONE : Stage.COMPLETED_BY_LETTER);
        flow.event(EventType.CUSTOM_REQUIRED_ACTION, method.name().toLowerCase())
                .detail(ProofingFlow.RESULT_DETAIL, VERIFIED_RESULT).detail(METHOD_DETAIL, method.name().toLowerCase())
                .detail("proofing_level", ProofingState.LEVEL_RECORDS_MATCH).success();
        return donePage(flow);
    }

    static Response donePage(ProofingFlow flow) {
        ProofingRecordEntity record = flow.record();
        return flow.form(Step.DONE)
                .setAttribute("saVerifiedOn", flow.formatDate(record.getVerifiedAt()))
                .setAttribute("saVerifiedMethod", record.getMethod().name())
                .setAttribute("saVerifiedLevel", record.getLevel())
                .createForm(ProofingPages.DONE);
    }
}
