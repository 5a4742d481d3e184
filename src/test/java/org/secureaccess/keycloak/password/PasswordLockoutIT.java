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
        int offset = 0;
        for (int failures = 1; failures <= 105; failures++) {
            // A fresh sign-in each time: the clock moves by hours, past the lifetime of a sign-in page.
            Page passwordPage = stranger.password(stranger.username(stranger.open(url), "lockout-guessed"), "Wrong-Guess-" + failures);
            assertTrue(passwordPage.has("#password"), "a wrong password stays on the password page: " + passwordPage.describe());
            Map<String, Object> status = statusOnceCounted(id, failures);
            assertEquals(failures, ((Number) status.get("numFailures")).intValue(), "each guess counted: " + status);
            // Keycloak's "multiple" strategy: from the 5th failure on, a wait of 60 s for every 5 failures so far.
            int wait = 60 * (failures / 5);
            if (failures == 10) {
                timeOffset.set(offset + wait - 5);
                assertEquals(Boolean.TRUE, realm.admin().attackDetection().bruteForceUserStatus(id).get("disabled"), "locked 5 s before the wait ends");
            }
            // Past the wait (and past Keycloak's one-second quick-succession check before the 5th failure).
            offset += wait + 5;
            timeOffset.set(offset);
            assertEquals(Boolean.FALSE, realm.admin().attackDetection().bruteForceUserStatus(id).get("disabled"),
                    "unlocked after the wait of failure " + failures);
        }
        assertTrue(realm.admin().users().get(id).toRepresentation().isEnabled(), "105 wrong passwords did not disable the account");
        assertFalse(Boolean.TRUE.equals(realm.admin().attackDetection().bruteForceUserStatus(id).get("disabled")), "and the last wait is over");

        HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = person.signIn(url, "lockout-guessed", TestUsers.PASSWORD);
        assertTrue(page.has("#kc-otp-login-form"), "the person signs in (password, then their app): " + page.describe());
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
