package org.secureaccess.keycloak.proofing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.shared.AccountCaller;

/**
 * {@code GET /realms/{realm}/secure-access/proofing-status}: the caller's identity verification and what they can do
 * next: {@code continue} (not started or part-way: the {@code action} runs the wizard), {@code letter_pending} (a
 * letter is on its way; its code is entered in the same wizard) or {@code done}. Never the evidence itself.
 */
public class MyProofingStatusResource {

    private final KeycloakSession session;

    public MyProofingStatusResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> status() {
        UserModel user = AccountCaller.require(session);
        RealmModel realm = session.getContext().getRealm();
        Map<String, Object> view = new LinkedHashMap<>();
        Optional<ProofingState.Verification> verification = ProofingState.verification(session, realm, user);
        Optional<ProofingRecordEntity> record = ProofingRecords.find(session, realm, user);
        ProofingStatus status = verification.isPresent() ? ProofingStatus.VERIFIED
                : record.map(ProofingRecordEntity::getStatus).orElse(ProofingStatus.NOT_STARTED);
        view.put("status", status.name());
        view.put("next", switch (status) {
            case VERIFIED -> "done";
            case LETTER_PENDING -> "letter_pending";
            default -> "continue";
        });
        view.put("action", IdentityProofingRequiredActionFactory.ID);
        verification.ifPresent(done -> {
            view.put("method", done.method() == null ? null : done.method().name());
            view.put("verifiedAt", ProofingAdminResource.iso(done.verifiedAt()));
        });
        record.filter(r -> status == ProofingStatus.LETTER_PENDING).ifPresent(pending -> {
            view.put("letterSentAt", ProofingAdminResource.iso(pending.getLetterSentAt()));
            view.put("letterExpiresAt", ProofingAdminResource.iso(pending.getLetterExpiresAt()));
        });
        return view;
    }
}
