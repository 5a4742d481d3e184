package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** The shipped defaults: the realm is used as realm-export.json ships it. */
    static final int PER_ADDRESS = SignInSettings.ATTEMPTS_PER_ADDRESS.defaultValue();
    static final int PER_USERNAME = SignInSettings.ATTEMPTS_PER_USERNAME.defaultValue();
    static final int WINDOW_SECONDS = SignInSettings.ATTEMPT_WINDOW_SECONDS.defaultValue();

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
    /** The end of this test's throttle window, in Keycloak's clock (epoch seconds). */
    private long windowEnd;

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
        for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
            page = postUsername(browser, page, "enum-address-" + attempt);
            if (attempt >= PER_ADDRESS - 1) {
                assertTrue(page.has("#password"), "attempt " + attempt + " of " + PER_ADDRESS + " is still let through: " + page.describe());
            }
        }
        Page refused = postUsername(browser, page, "enum-address-" + (PER_ADDRESS + 1));
        assertThrottled(refused, "attempt " + (PER_ADDRESS + 1) + " from one address");
        assertThrottled(postUsername(browser, refused, "enum-address-known"), "a known username past the address limit");

        // A new sign-in each time: moving the clock expires the one in progress.
        moveClockToWindowEnd(-5);
        assertThrottled(passwordPage("enum-address-late"), "5 s before the window ends");
        moveClockToWindowEnd(5);
        assertTrue(passwordPage("enum-address-later").has("#password"), "5 s after the window ends the limit lifts");
    }

    @Test
    void theUsernameStepIsThrottledPerUsernameAndAnUnknownNameCountsLikeAKnownOne() throws Exception {
        freshWindow();
        TestUsers.createWithPhone(realm, admin, "enum-per-name", "(202) 555-0413");
        for (String username : List.of("enum-per-name", "enum-per-name-nobody")) {
            for (int attempt = 1; attempt <= PER_USERNAME; attempt++) {
                // A new browser every time: the limit is the username's, whatever the session or cookies.
                Page page = passwordPage(username);
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
                        && "username".equals(e.getDetails().get("throttled_by"))
                        && e.getDetails().get("username").toLowerCase(java.util.Locale.ROOT).startsWith("enum-per-name")).toList();
        assertEquals(List.of("enum-per-name", "enum-per-name-nobody"),
                throttled.stream().map(e -> e.getDetails().get("username").toLowerCase(java.util.Locale.ROOT).strip()).sorted().toList(),
                "each refusal is an event for administrators");
        HttpBrowser spanish = new HttpBrowser(realm.getBaseUrl()).language("es");
        Element spanishError = postUsername(spanish, openSignIn(spanish), "enum-per-name").html().selectFirst("#username-error");
        assertTrue(spanishError != null && spanishError.text().contains("Demasiados intentos de inicio de sesión"), "in Spanish too");

        moveClockToWindowEnd(-5);
        assertThrottled(passwordPage("enum-per-name"), "5 s before the window ends");
        assertThrottled(passwordPage("enum-per-name-nobody"), "the unknown name, 5 s before the window ends");
        moveClockToWindowEnd(5);
        assertTrue(passwordPage("enum-per-name").has("#password"), "5 s after the window ends the limit lifts");
        assertTrue(passwordPage("enum-per-name-nobody").has("#password"), "for the unknown name too");
    }

    /** Only attempts that never reach the right password count: a person who signs in often is never held back. */
    @Test
    void signInsWithTheRightPasswordNeverUseUpALimit() throws Exception {
        freshWindow();
        TestUsers.createWithApp(realm, "enum-regular", "EnumRegularAppSecret");
        for (int signIn = 1; signIn <= PER_USERNAME + 5; signIn++) {
            HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
            Page page = new HttpSignIn(browser).password(postUsername(browser, openSignIn(browser), "enum-regular"), TestUsers.PASSWORD);
            assertTrue(page.has("#kc-otp-login-form"), "sign-in " + signIn + " reaches the app-code page: " + page.describe());
        }
        assertTrue(passwordPage("enum-regular").has("#password"), "and the username still has its whole quota");
    }

    /**
     * Anyone can run up a username's limit by typing the name; the person's own browser, where they completed a full
     * sign-in, goes on regardless. Every other browser is refused alike, so this says nothing about the account.
     */
    @Test
    void aBrowserThePersonSignedInFromIsNotHeldBackByTheUsernameLimit() throws Exception {
        freshWindow();
        TestUsers.createWithPhone(realm, admin, "enum-owner", "(202) 555-0414");
        HttpBrowser own = new HttpBrowser(realm.getBaseUrl());
        HttpSignIn signIn = new HttpSignIn(own);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            Page page = signIn.signIn(app.authorizationUrl(), "enum-owner", TestUsers.PASSWORD);
            HttpSignIn.authorizationCode(signIn.continueFromSecurityInformation(signIn.smsCode(page, sms.lastCodeTo("+12025550414"))));
        }
        realm.admin().users().searchByUsername("enum-owner", true).forEach(u -> realm.admin().users().get(u.getId()).logout());
        for (int attempt = 1; attempt <= PER_USERNAME; attempt++) {
            passwordPage("enum-owner");
        }
        assertThrottled(passwordPage("enum-owner"), "a stranger's browser past the username limit");
        Page ownPage = postUsername(own, openSignIn(own), "enum-owner");
        assertTrue(ownPage.has("#password"), "the person's own browser: " + ownPage.describe());
        assertEquals("Phrase of enum-owner", ownPage.html().selectFirst("#sa-site-phrase-text").text());
    }

    /** Places Keycloak's clock {@code seconds} from the end of the window this test started in. */
    private void moveClockToWindowEnd(int seconds) {
        timeOffset.set((int) (windowEnd + seconds - System.currentTimeMillis() / 1000));
    }

    /**
     * Places Keycloak's clock 2 s into a throttle window (they are aligned to the clock) where no counter of another
     * test of this class is counting, so that the whole test runs in that one window.
     */
    private void freshWindow() {
        long realNow = System.currentTimeMillis() / 1000;
        long start = ((realNow + (long) EPOCHS.incrementAndGet() * TEST_EPOCH_SECONDS) / WINDOW_SECONDS + 1) * WINDOW_SECONDS;
        timeOffset.set((int) (start + 2 - realNow));
        windowEnd = start + WINDOW_SECONDS;
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
