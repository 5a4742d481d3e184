package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Form;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * Whether a username exists must not show in how long the server takes to answer, at the username
 * step or at the password step, including for an account Keycloak's brute-force protection has
 * locked. Measured over plain HTTP on the real server, on the realm as realm-export.json ships it.
 * The machine is shared, so known and unknown requests alternate (ABBA), the server is warmed up
 * first, and medians are compared: noise that lasts longer than a pair of requests hits both sides.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class UsernameTimingIT {

    static final int SAMPLES = 200;
    static final int WARM_UP = 20;
    /** Largest allowed difference between the medians, as a share of the smaller one. */
    static final double TOLERANCE = 0.20;
    /** Known people are each tried this often, fewer times than the realm's failure factor (5), so none is locked. */
    static final int TRIES_PER_KNOWN_PERSON = 4;
    static final int KNOWN_PEOPLE = (SAMPLES + WARM_UP + TRIES_PER_KNOWN_PERSON - 1) / TRIES_PER_KNOWN_PERSON;
    /** Username steps before Keycloak's clock moves past the throttle window (below the per-address limit). */
    static final int USERNAMES_PER_WINDOW = SignInSettings.ATTEMPTS_PER_ADDRESS.defaultValue() / 2;
    static final int WINDOW_SECONDS = SignInSettings.ATTEMPT_WINDOW_SECONDS.defaultValue();
    static final String WRONG_PASSWORD = "Not-The-Password-2026";

    @InjectRealm(config = ProductionHashCost.class)
    ManagedRealm realm;

    /**
     * The demo realm, hashing at the work of Keycloak's default argon2: the shared server hashes cheaply, and a missing
     * dummy hash must cost here what it would cost in production, or this test could not see it.
     */
    static class ProductionHashCost extends DemoRealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder ignored) {
            RealmRepresentation realm = load();
            realm.setPasswordPolicy(realm.getPasswordPolicy() + " and " + SecureAccessServerConfig.PRODUCTION_HASH_COST_POLICY);
            return RealmBuilder.update(realm);
        }
    }

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private String authorizationUrl;

    /** One request and how long it took. */
    private record Timed(Page page, long nanos) {
    }

    @Test
    void knownAndUnknownUsernamesTakeTheSameTimeAtTheUsernameAndPasswordSteps() throws Exception {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < KNOWN_PEOPLE; i++) {
            known.add("timing-" + i);
            TestUsers.create(realm, known.get(i));
        }
        HttpBrowser knownBrowser = new HttpBrowser(realm.getBaseUrl());
        HttpBrowser unknownBrowser = new HttpBrowser(realm.getBaseUrl());
        List<Long> knownUsername = new ArrayList<>();
        List<Long> unknownUsername = new ArrayList<>();
        List<Long> knownPassword = new ArrayList<>();
        List<Long> unknownPassword = new ArrayList<>();
        int usernameSteps = 0;
        for (int round = 0; round < WARM_UP + SAMPLES; round++) {
            if (usernameSteps + 2 > USERNAMES_PER_WINDOW) {
                // Past the throttle's window, so that no measured request meets a refusal (its work is still measured).
                timeOffset.set(timeOffset.get() + WINDOW_SECONDS + 60);
                usernameSteps = 0;
            }
            usernameSteps += 2;
            String knownName = known.get(round % KNOWN_PEOPLE);
            String unknownName = "timing-" + (KNOWN_PEOPLE + round) + "-x";
            boolean knownFirst = round % 4 == 0 || round % 4 == 3;
            knownBrowser.clearCookies();
            unknownBrowser.clearCookies();
            Page knownSignIn = open(knownBrowser);
            Page unknownSignIn = open(unknownBrowser);

            Timed knownStep;
            Timed unknownStep;
            if (knownFirst) {
                knownStep = username(knownBrowser, knownSignIn, knownName);
                unknownStep = username(unknownBrowser, unknownSignIn, unknownName);
            } else {
                unknownStep = username(unknownBrowser, unknownSignIn, unknownName);
                knownStep = username(knownBrowser, knownSignIn, knownName);
            }
            assertPasswordPage(knownStep.page(), knownName);
            assertPasswordPage(unknownStep.page(), unknownName);

            Timed knownWrong;
            Timed unknownWrong;
            if (knownFirst) {
                knownWrong = wrongPassword(knownBrowser, knownStep.page());
                unknownWrong = wrongPassword(unknownBrowser, unknownStep.page());
            } else {
                unknownWrong = wrongPassword(unknownBrowser, unknownStep.page());
                knownWrong = wrongPassword(knownBrowser, knownStep.page());
            }
            assertPasswordRefused(knownWrong.page(), knownName);
            assertPasswordRefused(unknownWrong.page(), unknownName);
            if (round >= WARM_UP) {
                knownUsername.add(knownStep.nanos());
                unknownUsername.add(unknownStep.nanos());
                knownPassword.add(knownWrong.nanos());
                unknownPassword.add(unknownWrong.nanos());
            }
        }
        assertSameTime("username step", knownUsername, unknownUsername);
        assertSameTime("password step", knownPassword, unknownPassword);
    }

    @Test
    void anAccountLockedByBruteForceProtectionTakesAsLongAsAnUnknownUsername() throws Exception {
        String id = TestUsers.create(realm, "timing-locked");
        HttpBrowser lockedBrowser = new HttpBrowser(realm.getBaseUrl());
        HttpBrowser unknownBrowser = new HttpBrowser(realm.getBaseUrl());
        Page lockedPage = username(lockedBrowser, open(lockedBrowser), "timing-locked").page();
        Page unknownPage = username(unknownBrowser, open(unknownBrowser), "timing-locked-nobody").page();
        for (int i = 0; i < 10 && !isLocked(id); i++) {
            lockedPage = wrongPassword(lockedBrowser, lockedPage).page();
            // Each failure lands past the realm's quick-login window (1 s) on Keycloak's clock, so the lock is the
            // failure-count one, without waiting on the wall clock.
            timeOffset.set(timeOffset.get() + 2);
        }
        assertTrue(isLocked(id), "Keycloak's brute-force protection has locked timing-locked");

        List<Long> locked = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < WARM_UP + SAMPLES; round++) {
            Timed lockedTry;
            Timed unknownTry;
            if (round % 4 == 0 || round % 4 == 3) {
                lockedTry = wrongPassword(lockedBrowser, lockedPage);
                unknownTry = wrongPassword(unknownBrowser, unknownPage);
            } else {
                unknownTry = wrongPassword(unknownBrowser, unknownPage);
                lockedTry = wrongPassword(lockedBrowser, lockedPage);
            }
            lockedPage = lockedTry.page();
            unknownPage = unknownTry.page();
            assertPasswordRefused(lockedPage, "timing-locked");
            assertPasswordRefused(unknownPage, "timing-locked-nobody");
            if (round >= WARM_UP) {
                locked.add(lockedTry.nanos());
                unknown.add(unknownTry.nanos());
            }
        }
        assertSameTime("password step of a locked account", locked, unknown);
        assertEquals(AccountEnumerationIT.shape(lockedPage, "timing-locked"), AccountEnumerationIT.shape(unknownPage, "timing-locked-nobody"),
                "a locked account and an unknown username get the same page");
    }

    private boolean isLocked(String userId) {
        Map<String, Object> status = realm.admin().attackDetection().bruteForceUserStatus(userId);
        return Boolean.TRUE.equals(status.get("disabled"));
    }

    /** A new sign-in (the application's callback is never reached here, so one authorization request serves all). */
    private Page open(HttpBrowser browser) throws Exception {
        if (authorizationUrl == null) {
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                authorizationUrl = app.authorizationUrl();
            }
        }
        return browser.open(authorizationUrl);
    }

    private static Timed username(HttpBrowser browser, Page page, String username) throws Exception {
        Form form = page.form("#kc-form-login").with("username", username);
        long start = System.nanoTime();
        Page answer = browser.post(form);
        return new Timed(answer, System.nanoTime() - start);
    }

    private static Timed wrongPassword(HttpBrowser browser, Page page) throws Exception {
        Form form = page.form("#kc-form-login").with("password", WRONG_PASSWORD);
        long start = System.nanoTime();
        Page answer = browser.post(form);
        return new Timed(answer, System.nanoTime() - start);
    }

    private static void assertPasswordPage(Page page, String username) {
        assertTrue(page.status() == 200 && page.has("#password"), username + ": " + page.describe());
    }

    private static void assertPasswordRefused(Page page, String username) {
        assertTrue(page.status() == 200 && page.has("#password") && page.has("#password-error"), username + ": " + page.describe());
    }

    private static void assertSameTime(String what, List<Long> known, List<Long> unknown) {
        assertEquals(SAMPLES, known.size());
        assertEquals(SAMPLES, unknown.size());
        double knownMedian = median(known) / 1e6;
        double unknownMedian = median(unknown) / 1e6;
        double difference = Math.abs(knownMedian - unknownMedian) / Math.min(knownMedian, unknownMedian);
        String summary = String.format("%s over %d requests each: median %.1f ms known, %.1f ms unknown, a difference of %.0f%%",
                what, SAMPLES, knownMedian, unknownMedian, difference * 100);
        System.out.println("[timing] " + summary);
        assertTrue(difference <= TOLERANCE, summary + " (at most " + Math.round(TOLERANCE * 100) + "% allowed)");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
