package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The long-window cap (NIST SP 800-63B): at most 100 wrong second-factor codes in a row, across lock periods. The
 * app-code execution locks after 11 wrong codes here, so that the 99th wrong code is exactly the one that starts the
 * ninth temporary lock and the 100th comes alone after it: 99 is still a 10-minute lock, 100 is a lock that no time
 * lifts, only an administrator (or the person's account recovery). Keycloak's own brute-force protection is off in
 * this realm, so only our locks are measured.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class LongWindowLockIT {

    private static final String SECRET = "long-window-lock-it-secret";
    private static final int LOCK_AFTER = 11;
    private static final String PAUSED = "Sign-in is paused";

    /** The demo realm, with the app code locking after 11 wrong codes and no brute-force protection of Keycloak's own. */
    public static class ElevenPerLockRealmConfig extends DemoRealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder ignored) {
            RealmRepresentation realm = load();
            realm.setBruteForceProtected(false);
            for (AuthenticatorConfigRepresentation config : realm.getAuthenticatorConfig()) {
                if ("sa-amr-otp".equals(config.getAlias())) {
                    Map<String, String> values = new HashMap<>(config.getConfig());
                    values.put("lockAfterWrongCodes", String.valueOf(LOCK_AFTER));
                    config.setConfig(values);
                }
            }
            return RealmBuilder.update(realm);
        }
    }

    @InjectRealm(config = ElevenPerLockRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    @Test
    void theHundredthWrongCodeInARowLocksUntilAnAdministratorClearsIt() throws Exception {
        String id = TestUsers.createWithApp(realm, "long-window", SECRET);
        int offset = 0;
        int wrong = 0;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            for (int period = 1; period <= 9; period++) {
                Page page = appCodePage(app);
                for (int i = 1; i <= LOCK_AFTER; i++) {
                    page = wrongCode(page);
                    wrong++;
                }
                assertEquals(PAUSED, page.heading(), "wrong code " + wrong + " starts lock " + period + ": " + page.describe());
                assertTrue(page.text().contains("You can try again after"), "a lock with an end: " + page.describe());
                offset += 601;
                timeOffset.set(offset);
            }
            assertEquals(99, wrong, "the 99th wrong code in a row started a 10-minute lock, which is over now");

            // The 100th.
            Page hundredth = wrongCode(appCodePage(app));
            assertEquals(PAUSED, hundredth.heading(), hundredth.describe());
            assertTrue(hundredth.text().contains("the lock does not end on its own"), hundredth.describe());
            assertFalse(hundredth.text().contains("You can try again after"), "no end time: " + hundredth.describe());
            JsonNode afterHundred = lockStatus(id);
            assertTrue(afterHundred.get("locked").asBoolean() && afterHundred.get("untilCleared").asBoolean(), afterHundred.toString());
            assertFalse(afterHundred.hasNonNull("until"), "no end time: " + afterHundred);
            assertEquals(100, afterHundred.get("wrongCodesInARow").asInt(), afterHundred.toString());
            List<EventRepresentation> locks = realm.admin().getEvents(List.of("LOGIN_ERROR"), null, id, null, null, null, 0, 100).stream()
                    .filter(e -> SecondFactorLock.LOCKED_ERROR.equals(e.getError())).toList();
            assertEquals(10, locks.size(), "nine 10-minute locks and the one without end, each recorded once");
            assertEquals(1, locks.stream().filter(e -> "until_cleared".equals(e.getDetails().get(SecondFactorLock.LOCK_DETAIL))).count());

            // It outlives any 10-minute lock: a day later, still locked, before any code is asked.
            timeOffset.set(offset + 24 * 3600);
            Page nextDay = signIn(app);
            assertEquals(PAUSED, nextDay.heading(), "a day later: " + nextDay.describe());
            assertTrue(nextDay.text().contains("the lock does not end on its own"), nextDay.describe());

            // An administrator lifts it (an admin event), and the right code works again.
            assertEquals(401, clearLock(id, null).statusCode(), "the endpoint needs an administrator");
            assertEquals(204, clearLock(id, admin.tokenManager().getAccessTokenString()).statusCode());
            List<AdminEventRepresentation> events = realm.admin().getAdminEvents();
            assertTrue(events.stream().anyMatch(e -> "DELETE".equals(e.getOperationType())
                    && e.getResourcePath() != null && e.getResourcePath().endsWith(id + "/second-factor-lock")), "an admin event records it");
            JsonNode cleared = lockStatus(id);
            assertFalse(cleared.get("locked").asBoolean(), cleared.toString());
            assertEquals(0, cleared.get("wrongCodesInARow").asInt());

            Page codePage = appCodePage(app);
            Page signedIn = new HttpSignIn(currentBrowser).appCode(codePage, Totp.unused(SECRET));
            assertTrue(signedIn.has("#sa-security-form"), "after the administrator's clear, the right code signs in: " + signedIn.describe());
        }
    }

    private HttpBrowser currentBrowser;

    private Page signIn(DemoApp app) throws Exception {
        currentBrowser = new HttpBrowser(realm.getBaseUrl());
        return new HttpSignIn(currentBrowser).signIn(app.authorizationUrl(), "long-window", TestUsers.PASSWORD);
    }

    private Page appCodePage(DemoApp app) throws Exception {
        Page page = signIn(app);
        assertTrue(page.has("#kc-otp-login-form"), "the app-code page: " + page.describe());
        return page;
    }

    private Page wrongCode(Page page) throws Exception {
        return currentBrowser.submit(page.form("#kc-otp-login-form").with("otp", wrongAppCode()));
    }

    private static String wrongAppCode() {
        long now = System.currentTimeMillis() / 1000;
        List<String> accepted = List.of(Totp.code(SECRET, now - 30), Totp.code(SECRET, now), Totp.code(SECRET, now + 30),
                Totp.code(SECRET, now + 60));
        return accepted.contains("000000") ? (accepted.contains("111111") ? "222222" : "111111") : "000000";
    }

    private URI lockUrl(String userId) {
        return URI.create(realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-phones/users/" + userId
                + "/second-factor-lock");
    }

    private JsonNode lockStatus(String userId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(lockUrl(userId))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private HttpResponse<String> clearLock(String userId, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(lockUrl(userId)).DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
