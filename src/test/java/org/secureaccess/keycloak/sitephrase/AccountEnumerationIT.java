package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.events.EventType;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * An attacker who wants to know who has an account, over plain HTTP as a script would ask: the
 * password page must look the same for a username that exists and one that doesn't, and the
 * username step must be throttled per source address and per username, counting unknown names
 * exactly like known ones.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class AccountEnumerationIT {

    /** The defaults the fix will ship (the attack runs against the realm as realm-export.json ships it). */
    static final int PER_ADDRESS = 200;
    static final int PER_USERNAME = 10;
    static final int WINDOW_SECONDS = 900;

    /** Each test starts this far past the previous one, so no counter of an earlier test is still in its window. */
    private static final int TEST_EPOCH_SECONDS = 6 * 3600;
    private static final AtomicInteger EPOCHS = new AtomicInteger();

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private int epochOffset;

    @Test
    void aFreshBrowserSeesTheSamePasswordPageWhetherTheUsernameExistsOrNot() throws Exception {
        freshWindow();
        TestUsers.createWithPhone(realm, admin, "enum-known", "(202) 555-0411");
        Page known = passwordPage("enum-known");
        Page unknown = passwordPage("enum-nobody");
        assertEquals("Enter your password", known.heading(), known.describe());
        assertEquals(shape(known, "enum-known"), shape(unknown, "enum-nobody"),
                "the password page tells an attacker whether the username exists: known shows " + phraseOn(known)
                        + ", unknown shows " + phraseOn(unknown));
        assertFalse(known.text().contains("Phrase of enum-known"), "a fresh browser is never shown the person's own phrase");
    }

    @Test
    void theUsernameStepIsThrottledPerSourceAddress() throws Exception {
        freshWindow();
        TestUsers.createWithPhone(realm, admin, "enum-address-known", "(202) 555-0412");
        HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
        Page page = openSignIn(browser);
        long firstAttempt = System.currentTimeMillis();
        for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
            page = postUsername(browser, page, "enum-address-" + attempt);
            if (attempt >= PER_ADDRESS - 1) {
                assertTrue(page.has("#password"), "attempt " + attempt + " of " + PER_ADDRESS + " is still let through: " + page.describe());
            }
        }
        Page refused = postUsername(browser, page, "enum-address-" + (PER_ADDRESS + 1));
        assertThrottled(refused, "attempt " + (PER_ADDRESS + 1) + " from one address");
        assertThrottled(postUsername(browser, refused, "enum-address-known"), "a known username past the address limit");

        moveClockTo(firstAttempt, WINDOW_SECONDS - 5);
        assertThrottled(postUsername(browser, refused, "enum-address-late"), "5 s before the window ends");
        moveClockTo(firstAttempt, WINDOW_SECONDS + 5);
        assertTrue(postUsername(browser, refused, "enum-address-later").has("#password"), "5 s after the window ends the limit lifts");
    }

    @Test
    void theUsernameStepIsThrottledPerUsernameAndAnUnknownNameCountsLikeAKnownOne() throws Exception {
        freshWindow();
        TestUsers.createWithPhone(realm, admin, "enum-per-name", "(202) 555-0413");
        Map<String, Long> firstAttempt = new HashMap<>();
        for (String username : List.of("enum-per-name", "enum-per-name-nobody")) {
            for (int attempt = 1; attempt <= PER_USERNAME; attempt++) {
                // A new browser every time: the limit is the username's, whatever the session or cookies.
                HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
                Page signIn = openSignIn(browser);
                firstAttempt.putIfAbsent(username, System.currentTimeMillis());
                Page page = postUsername(browser, signIn, username);
                if (attempt >= PER_USERNAME - 1) {
                    assertTrue(page.has("#password"), username + ", attempt " + attempt + " of " + PER_USERNAME + ": " + page.describe());
                }
            }
        }
        Page knownRefused = passwordPage("ENUM-PER-NAME ");
        Page unknownRefused = passwordPage("Enum-Per-Name-Nobody");
        assertThrottled(knownRefused, "attempt " + (PER_USERNAME + 1) + " at a known username (another spelling)");
        assertThrottled(unknownRefused, "attempt " + (PER_USERNAME + 1) + " at an unknown username");
        assertEquals(shape(knownRefused, "ENUM-PER-NAME"), shape(unknownRefused, "Enum-Per-Name-Nobody"),
                "the refusal is the same for a known and an unknown username");
        assertTrue(passwordPage("enum-per-name-other").has("#password"), "another username from the same address still gets through");

        List<EventRepresentation> throttled = realm.admin().getEvents(List.of(EventType.LOGIN_ERROR.name()), null, null, null, null, null, 0, 500)
                .stream().filter(e -> "username_step_throttled".equals(e.getError()) && e.getDetails() != null
                        && "username".equals(e.getDetails().get("throttled_by"))).toList();
        assertEquals(List.of("enum-per-name", "enum-per-name-nobody"),
                throttled.stream().map(e -> e.getDetails().get("username").toLowerCase(java.util.Locale.ROOT).strip()).sorted().toList(),
                "each refusal is an event for administrators");

        moveClockTo(firstAttempt.get("enum-per-name"), WINDOW_SECONDS - 5);
        assertThrottled(passwordPage("enum-per-name"), "5 s before the window ends");
        moveClockTo(firstAttempt.get("enum-per-name"), WINDOW_SECONDS + 5);
        assertTrue(passwordPage("enum-per-name").has("#password"), "5 s after the window ends the limit lifts");
        moveClockTo(firstAttempt.get("enum-per-name-nobody"), WINDOW_SECONDS - 5);
        assertThrottled(passwordPage("enum-per-name-nobody"), "the unknown name, 5 s before its window ends");
        moveClockTo(firstAttempt.get("enum-per-name-nobody"), WINDOW_SECONDS + 5);
        assertTrue(passwordPage("enum-per-name-nobody").has("#password"), "the unknown name, 5 s after its window ends");
    }

    /** Places Keycloak's clock {@code seconds} after the real moment {@code realMillis} (in this test's epoch). */
    private void moveClockTo(long realMillis, int seconds) {
        timeOffset.set(epochOffset + seconds - RealClock.secondsSince(realMillis));
    }

    /** Places Keycloak's clock where no counter of another test of this class is still counting. */
    private void freshWindow() {
        epochOffset = EPOCHS.incrementAndGet() * TEST_EPOCH_SECONDS;
        timeOffset.set(epochOffset);
    }

    private Page passwordPage(String username) throws Exception {
        HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
        return postUsername(browser, openSignIn(browser), username);
    }

    private Page openSignIn(HttpBrowser browser) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            return new HttpSignIn(browser).open(app.authorizationUrl());
        }
    }

    /** Posts a username on whatever sign-in page is showing, as a script would (the password page's form takes one too). */
    private static Page postUsername(HttpBrowser browser, Page page, String username) throws Exception {
        return browser.submit(page.form("#kc-form-login").without("password").with("username", username));
    }

    private static void assertThrottled(Page page, String what) {
        assertFalse(page.has("#password"), what + " is let through to the password page");
        assertTrue(page.has("#username"), what + ": the username page is shown again, " + page.describe());
        Element error = page.html().selectFirst("#username-error");
        assertTrue(error != null && error.text().contains("Too many sign-in attempts"), what + ": " + page.describe());
    }

    /** The page's main content, with what changes from one sign-in to the next (session codes, the typed name) taken out. */
    static String shape(Page page, String typedUsername) {
        Element main = page.html().selectFirst("main");
        Element copy = main == null ? page.html().body().clone() : main.clone();
        for (Element element : copy.select("[action], [href]")) {
            for (String attribute : List.of("action", "href")) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, element.attr(attribute).replaceAll("\\?.*$", "?…"));
                }
            }
        }
        return copy.outerHtml().replace(typedUsername.strip(), "«username»");
    }

    private static String phraseOn(Page page) {
        Element phrase = page.html().selectFirst("#sa-site-phrase");
        return phrase == null ? "no phrase" : "\"" + phrase.text() + "\"";
    }
}
