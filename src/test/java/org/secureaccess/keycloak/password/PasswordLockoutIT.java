package org.secureaccess.keycloak.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * A stranger who guesses passwords slows down with every five failures, but can never disable the
 * account for good: after more than a hundred wrong passwords, once the last wait is over, the
 * person still signs in (with their second factor).
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class PasswordLockoutIT {

    @InjectRealm(config = ManyGuessesRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    @Test
    void guessingSlowsDownButNeverDisablesTheAccount() throws Exception {
        String id = TestUsers.createWithApp(realm, "lockout-guessed", "password-lockout-it-secret");
        String url = new DemoApp(realm.getBaseUrl()).authorizationUrl();
        HttpSignIn stranger = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        for (int failures = 1; failures <= 105; failures++) {
            // A fresh sign-in each time: the clock moves by hours, past the lifetime of a sign-in page.
            Page passwordPage = stranger.password(stranger.username(stranger.open(url), "lockout-guessed"), "Wrong-Guess-" + failures);
            assertTrue(passwordPage.has("#password"), "a wrong password stays on the password page: " + passwordPage.describe());
            Map<String, Object> status = statusOnceCounted(id, failures);
            assertEquals(failures, ((Number) status.get("numFailures")).intValue(), "each guess counted: " + status);
            // Keycloak's "multiple" strategy: from the 5th failure on, a wait of 60 s for every 5 failures so far.
            long wait = 60L * (failures / 5);
            // Keycloak records a failure on a worker thread, at its own time: the wait is read from the server's
            // record (when the failure was recorded, and until when it locks), never from when this test saw it.
            long failedAt = ((Number) status.get("lastFailure")).longValue() / 1000;
            if (wait == 0) {
                assertEquals(Boolean.FALSE, status.get("disabled"), "no wait before the 5th failure: " + status);
                moveServerClockTo(failedAt + 5); // past Keycloak's one-second quick-succession check
                continue;
            }
            long notBefore = ((Number) status.get("failedLoginNotBefore")).longValue();
            assertEquals(Boolean.TRUE, status.get("disabled"), "locked right after failure " + failures + ": " + status);
            assertEquals(wait, notBefore - failedAt, "the wait after failure " + failures + ": " + status);
            if (failures == 10) {
                moveServerClockTo(notBefore - 5);
                // Read the way the unlock is read below, so that this can't pass on a read that comes too soon.
                assertEquals(Boolean.TRUE, statusOnceUnlocked(id).get("disabled"), "locked 5 s before the wait ends");
            }
            moveServerClockTo(notBefore + 5);
            Map<String, Object> after = statusOnceUnlocked(id);
            assertEquals(Boolean.FALSE, after.get("disabled"), "unlocked 5 s after the wait of failure " + failures + ": " + after);
        }
        assertTrue(realm.admin().users().get(id).toRepresentation().isEnabled(), "105 wrong passwords did not disable the account");
        assertFalse(Boolean.TRUE.equals(status(id).get("disabled")), "and the last wait is over");

        HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = person.signIn(url, "lockout-guessed", TestUsers.PASSWORD);
        assertTrue(page.has("#kc-otp-login-form"), "the person signs in (password, then their app): " + page.describe());
    }

    /** Sets Keycloak's time offset so that the server's clock reads the given epoch second (give or take the second this takes). */
    private void moveServerClockTo(long epochSecond) {
        timeOffset.set(Math.toIntExact(epochSecond - System.currentTimeMillis() / 1000));
    }

    private Map<String, Object> status(String userId) {
        return realm.admin().attackDetection().bruteForceUserStatus(userId);
    }

    /**
     * Right after the clock has moved past a wait, Keycloak's status endpoint has been seen to report the lock for one
     * more read (cleared within 200 ms). Reads again for at most 2 s, which moves the server's clock by 2 s at most:
     * still well inside the 5 s margin on either side of the wait's end.
     */
    private Map<String, Object> statusOnceUnlocked(String userId) throws InterruptedException {
        Map<String, Object> status = status(userId);
        for (int i = 0; i < 10 && Boolean.TRUE.equals(status.get("disabled")); i++) {
            Thread.sleep(200);
            status = status(userId);
        }
        return status;
    }

    /** Keycloak records a failure after the request has been answered: wait for it (a few seconds at most). */
    private Map<String, Object> statusOnceCounted(String userId, int failures) throws InterruptedException {
        Map<String, Object> status = realm.admin().attackDetection().bruteForceUserStatus(userId);
        for (int i = 0; i < 100 && ((Number) status.get("numFailures")).intValue() < failures; i++) {
            Thread.sleep(100);
            status = realm.admin().attackDetection().bruteForceUserStatus(userId);
        }
        return status;
    }

    /** The demo realm as shipped, except that the username step lets one name take 100 attempts in a window (not 10). */
    public static class ManyGuessesRealmConfig extends DemoRealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder ignored) {
            return RealmBuilder.update(withManyUsernameAttempts(load()));
        }
    }
}
