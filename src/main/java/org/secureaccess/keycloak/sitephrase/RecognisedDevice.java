package org.secureaccess.keycloak.sitephrase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.utils.SecureContextResolver;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * A browser on which a person has completed a full sign-in, the only place their site phrase and
 * picture are shown. The browser carries the proof itself, so nothing is kept on the server and any
 * node can check it: a random device id, and for each account signed in there (at most
 * {@link #MAX_ACCOUNTS}) the time of that sign-in and a keyed hash of realm, user id, device id and
 * that time. Without the server's keyed-hash secret nobody can make an entry, the cookie names no
 * one in clear, and an entry copied from another browser fails because the device id differs.
 *
 * <p>Cookie {@value #COOKIE}: {@code 1.<device id>.<seconds>~<hash>.<seconds>~<hash>...}, HttpOnly,
 * SameSite=Strict (only our own pages send it; the username step is a same-origin POST), Secure
 * wherever Keycloak's own cookies are, scoped to the realm's path.
 */
final class RecognisedDevice {

    static final String COOKIE = "SA_RECOGNISED_DEVICE";
    /** The longest a browser keeps a cookie (Chrome and the cookie draft RFC 6265bis cap Max-Age at 400 days). */
    static final int MAX_DAYS = 400;
    /** Accounts one browser remembers, e.g. a household's shared computer; the oldest sign-in is forgotten first. */
    static final int MAX_ACCOUNTS = 5;
    private static final String VERSION = "1";
    private static final String PURPOSE = "site-phrase-recognised-device";
    /** 128 bits of the keyed hash: unguessable, and keeps five entries well inside a cookie's size. */
    private static final int MAC_HEX_CHARS = 32;
    private static final int MAX_COOKIE_CHARS = 512;
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern ENTRY = Pattern.compile("(\\d{1,12})~([0-9a-f]{" + MAC_HEX_CHARS + "})");
    /** Stands in for the user id when the username is unknown, so that the check does the same work. */
    private static final String NO_USER = "-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(long issuedAt, String mac) {
    }

    private final String deviceId;
    private final List<Entry> entries;

    private RecognisedDevice(String deviceId, List<Entry> entries) {
        this.deviceId = deviceId;
        this.entries = entries;
    }

    /** The cookie this request carries, when it is well formed. */
    static Optional<RecognisedDevice> of(KeycloakSession session) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        return cookie == null ? Optional.empty() : parse(cookie.getValue());
    }

    static Optional<RecognisedDevice> parse(String value) {
        if (value == null || value.length() > MAX_COOKIE_CHARS) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.");
        if (parts.length < 2 || !VERSION.equals(parts[0]) || !DEVICE_ID.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 2; i < parts.length && entries.size() < MAX_ACCOUNTS; i++) {
            var entry = ENTRY.matcher(parts[i]);
            if (entry.matches()) {
                entries.add(new Entry(Long.parseLong(entry.group(1)), entry.group(2)));
            }
        }
        return Optional.of(new RecognisedDevice(parts[1], entries));
    }

    /**
     * Whether the person with {@code userId} (null: the username is unknown) completed a full sign-in on this browser
     * within {@code lifetime}. Every entry is checked either way, so a known and an unknown name take the same work.
     */
    static boolean recognises(KeycloakSession session, RealmModel realm, String userId, Duration lifetime) {
        Optional<RecognisedDevice> device = of(session);
        if (device.isEmpty()) {
            return false;
        }
        boolean recognised = false;
        long now = Time.currentTime();
        for (Entry entry : device.get().entries) {
            String expected = device.get().mac(session, realm, userId == null ? NO_USER : userId, entry.issuedAt());
            boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), entry.mac().getBytes(StandardCharsets.US_ASCII));
            recognised |= matches && userId != null && now - entry.issuedAt() <= lifetime.toSeconds();
        }
        return recognised;
    }

    /** Adds (or renews) the person's entry on this browser, after a full sign-in. */
    static void remember(KeycloakSession session, RealmModel realm, String userId) {
        RecognisedDevice device = of(session).orElseGet(RecognisedDevice::newDevice);
        long now = Time.currentTime();
        List<Entry> kept = new ArrayList<>();
        kept.add(new Entry(now, device.mac(session, realm, userId, now)));
        for (Entry entry : device.entries) {
            boolean samePerson = device.mac(session, realm, userId, entry.issuedAt()).equals(entry.mac());
            if (!samePerson && kept.size() < MAX_ACCOUNTS) {
                kept.add(entry);
            }
        }
        StringBuilder value = new StringBuilder(VERSION).append('.').append(device.deviceId);
        for (Entry entry : kept) {
            value.append('.').append(entry.issuedAt()).append('~').append(entry.mac());
        }
        String realmPath = RealmsResource.realmBaseUrl(session.getContext().getUri()).path("/").build(realm.getName()).getRawPath();
        session.getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(COOKIE)
                .version(1)
                .value(value.toString())
                .path(realmPath)
                .maxAge((int) Duration.ofDays(MAX_DAYS).toSeconds())
                .secure(SecureContextResolver.isSecureContext(session))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build());
    }

    private static RecognisedDevice newDevice() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return new RecognisedDevice(Base64.getUrlEncoder().withoutPadding().encodeToString(id), List.of());
    }

    private String mac(KeycloakSession session, RealmModel realm, String userId, long issuedAt) {
        return session.getProvider(KeyedHashProvider.class)
                .hash(PURPOSE, realm.getId() + "|" + userId + "|" + deviceId + "|" + issuedAt)
                .substring(0, MAC_HEX_CHARS);
    }
}
