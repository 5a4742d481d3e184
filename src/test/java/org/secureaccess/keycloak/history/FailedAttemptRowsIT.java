package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
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
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Someone hammering one username cannot flood that person's history (and the table): at most a bounded number
 * of failed attempts per clock hour get a row each, the rest are summed in one row, and the page says so.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class FailedAttemptRowsIT {

    /** The server's default for --spi-events-listener--secure-access-login-history--failed-attempt-rows-per-hour. */
    private static final int ROWS_PER_HOUR = 20;
    private static final long HOUR = 3_600_000L;

    @InjectRealm(config = ManyAttemptsRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void reset() {
        sms.reset();
    }

    @Test
    void failedAttemptsPastTheBoundAreSummedInOneRowPerHour() throws Exception {
        String username = "failed-rows";
        String number = "+12025550234";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0234");
        long hourStart = (System.currentTimeMillis() / HOUR + 1) * HOUR;

        // Ten seconds into a fresh hour: the bound, and two more.
        clockAt(hourStart + 10_000);
        wrongPasswords(username, ROWS_PER_HOUR + 2);
        assertEquals(ROWS_PER_HOUR, count(id, "PASSWORD_WRONG"), "one row each up to the bound: " + kinds(id));
        assertEquals(List.of(2), summed(id), "the rest in one row: " + kinds(id));

        // Five seconds before the hour ends: still the same row.
        clockAt(hourStart + HOUR - 5_000);
        wrongPasswords(username, 1);
        assertEquals(ROWS_PER_HOUR, count(id, "PASSWORD_WRONG"));
        assertEquals(List.of(3), summed(id));
        assertTrue(newestTime(id) < hourStart + HOUR, "the attempt fell before the edge");

        // Five seconds into the next hour: a row of its own again.
        clockAt(hourStart + HOUR + 5_000);
        wrongPasswords(username, 1);
        assertEquals(ROWS_PER_HOUR + 1, count(id, "PASSWORD_WRONG"), kinds(id).toString());
        assertEquals(List.of(3), summed(id));

        // The person's next sign-in: the security page counts every attempt and shows the sum, in Spanish and in English.
        DemoApp app = new DemoApp(realm.getBaseUrl());
        HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()).language("es-ES"));
        Page page = person.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
        page = person.smsCode(page, sms.lastCodeTo(number));
        String spanish = page.html().selectFirst("#sa-failures").text();
        assertTrue(spanish.contains("Hubo " + (ROWS_PER_HOUR + 4) + " intentos fallidos"), spanish);
        assertTrue(spanish.contains("y 3 intentos fallidos más"), spanish);
        page = person.browser().open(page.html().selectFirst("a[hreflang=en]").absUrl("href"));
        String english = page.html().selectFirst("#sa-failures").text();
        assertTrue(english.contains("There were " + (ROWS_PER_HOUR + 4) + " failed attempts"), english);
        assertTrue(english.contains("and 3 more failed attempts"), english);
        person.continueFromSecurityInformation(page);
    }

    /**
     * Attempts sent at the same moment from many browsers: the bound is exact and none is lost from the sum (the
     * tally's row lock; Keycloak's own guard against overlapping sign-ins holds on one node only).
     */
    @Test
    void theBoundHoldsUnderParallelAttempts() throws Exception {
        String username = "failed-rows-parallel";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0237");
        long hourStart = (System.currentTimeMillis() / HOUR + 1) * HOUR;
        clockAt(hourStart + 10_000);
        int attempts = ROWS_PER_HOUR + 5;
        List<HttpSignIn> browsers = new ArrayList<>();
        List<Page> passwordPages = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            HttpSignIn browser = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            browsers.add(browser);
            passwordPages.add(browser.username(browser.open(new DemoApp(realm.getBaseUrl()).authorizationUrl()), username));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Page>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                HttpSignIn browser = browsers.get(i);
                Page page = passwordPages.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.password(page, "wrong-password");
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Page> answer : answers) {
                Page page = answer.get();
                assertTrue(page.has("#password"), page.describe());
            }
        } finally {
            pool.shutdownNow();
        }
        // Keycloak's brute-force protection (with permanent lockout) refuses sign-ins of one person that overlap on a
        // node as "user_disabled": those are failed attempts too (SIGN_IN_FAILED), whatever their kind.
        assertEquals(ROWS_PER_HOUR, kinds(id).stream().filter(kind -> !"MORE_FAILED_ATTEMPTS".equals(kind)).count(), kinds(id).toString());
        assertEquals(List.of(attempts - ROWS_PER_HOUR), summed(id), "every attempt past the bound is in the sum");
    }

    /** Places Keycloak's clock at {@code epochMillis} (to the second, a little before rather than after). */
    private void clockAt(long epochMillis) {
        timeOffset.set((int) Math.floorDiv(epochMillis - System.currentTimeMillis(), 1000L));
    }

    private void wrongPasswords(String username, int times) throws Exception {
        HttpSignIn attacker = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = attacker.username(attacker.open(new DemoApp(realm.getBaseUrl()).authorizationUrl()), username);
        for (int i = 0; i < times; i++) {
            page = attacker.password(page, "wrong-password-" + i);
            assertTrue(page.has("#password"), page.describe());
        }
    }

    private JsonNode history(String userId) throws Exception {
        String url = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-login-history/users/" + userId + "?max=100";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private List<String> kinds(String userId) throws Exception {
        List<String> kinds = new ArrayList<>();
        history(userId).get("items").forEach(item -> kinds.add(item.get("kind").asText()));
        return kinds;
    }

    private long count(String userId, String kind) throws Exception {
        return kinds(userId).stream().filter(kind::equals).count();
    }

    private List<Integer> summed(String userId) throws Exception {
        List<Integer> sums = new ArrayList<>();
        history(userId).get("items").forEach(item -> {
            if ("MORE_FAILED_ATTEMPTS".equals(item.get("kind").asText())) {
                sums.add(item.get("attempts").asInt());
            }
        });
        return sums;
    }

    private long newestTime(String userId) throws Exception {
        return Instant.parse(history(userId).get("items").get(0).get("time").asText()).toEpochMilli();
    }

    /**
     * The username step letting one name take 100 attempts in a window (not 10), and no Keycloak brute-force protection:
     * it turns a wrong password away as "user_temporarily_disabled" while the previous failure of the same person is
     * still being recorded, which a fast run met (a LOCKED_OUT row among the 22 wrong passwords). The rows counted here
     * are our listener's, which records every wrong password either way.
     */
    public static class ManyAttemptsRealmConfig extends LenientBruteForceRealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder ignored) {
            RealmRepresentation realm = withManyUsernameAttempts(loadLenient());
            realm.setBruteForceProtected(false);
            return RealmBuilder.update(realm);
        }
    }
}
