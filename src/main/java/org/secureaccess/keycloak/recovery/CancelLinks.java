package org.secureaccess.keycloak.recovery;

import java.util.Optional;

import org.keycloak.common.util.KeycloakUriBuilder;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * The "cancel this request" links in recovery notices. Each notice gets its own random token (130
 * bits), short enough for a text message; only its keyed hash is stored, bound to one request. The
 * link shows a confirmation page and only a POST from that page cancels, so mail scanners and link
 * previews that open links cannot cancel anything.
 */
final class CancelLinks {

    static final String EMAIL = "email";
    static final String TEXT = "text";
    /** The path under the {@code secure-access} realm resource. */
    static final String PATH = "recovery";
    static final int TOKEN_LENGTH = 26;
    private static final String HASH_PURPOSE = "recovery-cancel-link";

    private CancelLinks() {
    }

    /** A new link for one notice of {@code request}; the token exists only in the returned address. */
    static String create(KeycloakSession session, RealmModel realm, RecoveryRequestEntity request, String channel) {
        String token = OneTimeCodes.crockford(TOKEN_LENGTH);
        RecoveryCancelLinkEntity link = new RecoveryCancelLinkEntity();
        link.setTokenHash(hash(session, realm, token));
        link.setRequestId(request.getId());
        link.setChannel(channel);
        link.setCreatedAt(Time.currentTimeMillis());
        RecoveryRequests.em(session).persist(link);
        return url(request.getBaseUrl(), realm, token);
    }

    /** The request a token belongs to (in this realm), if the token is one of its links. */
    static Optional<RecoveryRequestEntity> requestOf(KeycloakSession session, RealmModel realm, String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        RecoveryCancelLinkEntity link = RecoveryRequests.em(session).find(RecoveryCancelLinkEntity.class,
                hash(session, realm, OneTimeCodes.normalizeCrockford(token)));
        return Optional.ofNullable(link).flatMap(l -> RecoveryRequests.byId(session, l.getRequestId()))
                .filter(request -> request.getRealmId().equals(realm.getId()));
    }

    /** Which notice a token came from (email or text), for the event. */
    static String channelOf(KeycloakSession session, RealmModel realm, String token) {
        RecoveryCancelLinkEntity link = RecoveryRequests.em(session).find(RecoveryCancelLinkEntity.class,
                hash(session, realm, OneTimeCodes.normalizeCrockford(token)));
        return link == null ? null : link.getChannel();
    }

    static String url(String baseUrl, RealmModel realm, String token) {
        return KeycloakUriBuilder.fromUri(baseUrl).path("realms/{realm}/secure-access/" + PATH + "/{token}")
                .build(realm.getName(), token).toString();
    }

    private static String hash(KeycloakSession session, RealmModel realm, String token) {
        return session.getProvider(KeyedHashProvider.class).hash(HASH_PURPOSE, realm.getId() + "|" + token);
    }
}
