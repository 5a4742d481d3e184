package org.secureaccess.keycloak.evidence.http;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProvider;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.http.GatewayAccess;

/** Keycloak glue: the shared verifier, through this session's HTTP client and with secrets from its vault. */
final class HttpEvidenceVerifierProvider implements EvidenceVerifierProvider {

    private final KeycloakSession session;
    private final HttpVerifier verifier;

    HttpEvidenceVerifierProvider(KeycloakSession session, HttpVerifier verifier) {
        this.session = session;
        this.verifier = verifier;
    }

    @Override
    public IdentityMatch matchIdentity(RealmModel realm, IdentityClaim claim) throws VerifierUnavailableException {
        return verifier.matchIdentity(realm.getName(), claim, GatewayAccess.of(session));
    }

    @Override
    public boolean matchFinancialAccount(RealmModel realm, String personReference, FinancialAccountType type, String number)
            throws VerifierUnavailableException {
        return verifier.matchFinancialAccount(realm.getName(), personReference, type, number, GatewayAccess.of(session));
    }

    @Override
    public PhoneMatch matchPhone(RealmModel realm, String personReference, String e164) throws VerifierUnavailableException {
        return verifier.matchPhone(realm.getName(), personReference, e164, GatewayAccess.of(session));
    }

    @Override
    public Optional<MailingAddress> addressOfRecord(RealmModel realm, String personReference) throws VerifierUnavailableException {
        return verifier.addressOfRecord(realm.getName(), personReference, GatewayAccess.of(session));
    }
}
