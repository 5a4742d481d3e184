package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.events.EventType;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;

/**
 * Username first; the site phrase and picture before the password only on a browser where the person completed a
 * full sign-in, the same neutral note on every other one; and choosing a phrase.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class SitePhraseIT {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    /** Started before any sign-in, so the codes have somewhere to go. */
    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @Test
    void aPersonSeesTheirOwnPhraseAndPictureOnlyOnABrowserWhereTheySignedInBefore() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "phrase-owner", "(202) 555-0401");
        TestUsers.createWithPhone(realm, admin, "phrase-neighbour", "(202) 555-0405");
        Page page = chromium.page();
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages first = new LoginPages(page).open(app.authorizationUrl()).enterUsername("phrase-owner");
            assertEquals("Enter your password", first.heading());
            assertFalse(first.showsSitePhrase(), "a browser the person never signed in from shows no phrase");
            assertTrue(first.sitePhraseNotShownNote().startsWith("Your site phrase and picture appear here only on a device"));
            PageChecks.check(page, "site-phrase", "00-password-new-device");
            first.enterPassword(TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550401")).acknowledgeSecurityInformation();
            assertTrue(app.awaitCallback(page).containsKey("code"));
        }

        Cookie device = page.context().cookies().stream().filter(c -> c.name.equals(RecognisedDevice.COOKIE)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + RecognisedDevice.COOKIE + " cookie after a full sign-in"));
        assertTrue(device.httpOnly, "out of reach of scripts");
        assertEquals(SameSiteAttribute.STRICT, device.sameSite);
        assertEquals("/realms/" + DemoRealmConfig.REALM + "/", device.path);
        assertTrue(device.expires > System.currentTimeMillis() / 1000.0 + 399 * 86_400, "kept for the longest a browser allows");
        assertFalse(device.value.contains("phrase-owner") || device.value.contains(id) || device.value.contains(id.replace("-", "")),
                "the cookie names no one: " + device.value);

        realm.admin().users().get(id).logout();
        LoginPages returning = open(page).enterUsername("phrase-owner");
        assertEquals("Phrase of phrase-owner", returning.sitePhrase());
        assertEquals(TestUsers.SITE_IMAGE, returning.sitePicture());
        assertEquals("Lighthouse", returning.page().locator("#sa-site-phrase img").getAttribute("alt"));
        PageChecks.check(returning.page(), "site-phrase", "01-password-with-phrase");
        returning.enterPassword("Wrong-Password-2026");
        assertEquals("Phrase of phrase-owner", returning.sitePhrase(), "still shown beside the error");
        returning.enterPassword(TestUsers.PASSWORD);
        assertEquals("Enter your security code", returning.heading());

        LoginPages neighbour = open(chromium.page()).enterUsername("phrase-neighbour");
        assertFalse(neighbour.showsSitePhrase(), "the browser is recognised for phrase-owner only");
    }

    @Test
    void anUnknownNameFailsExactlyLikeAWrongPassword() throws Exception {
        TestUsers.createWithPhone(realm, admin, "phrase-known", "(202) 555-0402");
        LoginPages unknown = open(chromium.newContext("es", Chromium.PHONE_WIDTH)).enterUsername("Nobody-By-This-Name");
        String unknownNote = unknown.sitePhraseNotShownNote();
        unknown.enterPassword("Any-Password-2026");
        String unknownError = unknown.fieldError("password");
        String unknownHeading = unknown.heading();
        assertEquals(unknownNote, unknown.sitePhraseNotShownNote(), "the same note again with the error");
        // (A new context closes the previous one.)
        LoginPages known = open(chromium.newContext("es", Chromium.PHONE_WIDTH)).enterUsername("phrase-known");
        assertEquals(unknownNote, known.sitePhraseNotShownNote(), "the same note for a known and an unknown name");
        assertTrue(unknownNote.startsWith("Su frase e imagen del sitio aparecen"), unknownNote);
        known.enterPassword("Wrong-Password-2026");
        assertFalse(unknownError.isBlank());
        assertEquals(known.fieldError("password"), unknownError, "the same words for an unknown name and a wrong password");
        assertEquals(known.heading(), unknownHeading);
        assertFalse(known.showsSitePhrase());

        known.submit("#kc-login");
        assertEquals("Error: Ingrese su contraseña.", known.fieldError("password"), "an empty password is asked for again, in Spanish");

        List<EventRepresentation> events = realm.admin().getEvents(List.of(EventType.LOGIN_ERROR.name()), null, null, null, null, null, 0, 50);
        assertTrue(events.stream().anyMatch(e -> "user_not_found".equals(e.getError())), "the unknown name is still an event for administrators");
    }

    /**
     * The browser carries its own proof, so a copy must be useless elsewhere and a forgery useless everywhere: an
     * entry is bound to the browser's random id and made with the server's keyed-hash secret.
     */
    @Test
    void aForgedOrTransplantedEntryShowsNothingAndAnEntryLastsItsLifetime() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "phrase-device", "(202) 555-0406");
        HttpBrowser owner = signedInOverHttp("phrase-device", "+12025550406");
        String cookie = owner.cookie(RecognisedDevice.COOKIE).orElseThrow(() -> new AssertionError("no device cookie after a full sign-in"));
        realm.admin().users().get(id).logout();
        assertEquals("Phrase of phrase-device", phraseOverHttp(owner, "phrase-device"));

        String[] parts = cookie.split("\\.");
        assertEquals(3, parts.length, cookie);
        String otherDevice = "B".repeat(22);
        String tamperedMac = parts[2].substring(0, parts[2].length() - 1) + (parts[2].endsWith("0") ? "1" : "0");
        String earlier = (Long.parseLong(parts[2].split("~")[0]) - 1) + "~" + parts[2].split("~")[1];
        for (String forged : List.of(parts[0] + "." + otherDevice + "." + parts[2], parts[0] + "." + parts[1] + "." + tamperedMac,
                parts[0] + "." + parts[1] + "." + earlier, "garbage")) {
            HttpBrowser attacker = new HttpBrowser(realm.getBaseUrl());
            attacker.putCookie(RecognisedDevice.COOKIE, forged, "/realms/" + DemoRealmConfig.REALM + "/");
            assertEquals("", phraseOverHttp(attacker, "phrase-device"), "no phrase with " + forged);
        }

        int lifetime = SignInSettings.DEVICE_DAYS.defaultValue() * 86_400;
        long signedInAt = Long.parseLong(parts[2].split("~")[0]) * 1000;
        timeOffset.set(lifetime - RealClock.secondsSince(signedInAt) - 120);
        assertEquals("Phrase of phrase-device", phraseOverHttp(owner, "phrase-device"), "2 minutes before the lifetime ends");
        timeOffset.set(lifetime - RealClock.secondsSince(signedInAt) + 120);
        assertEquals("", phraseOverHttp(owner, "phrase-device"), "2 minutes after the lifetime ends");
    }

    @Test
    void aPersonWithoutAPhraseChoosesOneAfterSigningIn() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "phrase-new", "(202) 555-0404");
        UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
        attributes.remove(TestUsers.SITE_PHRASE_ATTRIBUTE);
        attributes.remove(TestUsers.SITE_IMAGE_ATTRIBUTE);
        user.setAttributes(attributes);
        realm.admin().users().get(id).update(user);

        Page page = chromium.newContext("en", Chromium.DESKTOP_WIDTH);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn("phrase-new", TestUsers.PASSWORD);
            login.enterCode(sms.lastCodeTo("+12025550404")).acknowledgeSecurityInformation();
            assertEquals("Choose your site phrase and picture", login.heading());
            PageChecks.check(login.page(), "site-phrase", "02-choose");
            login.submit("#sa-save-site-phrase");
            assertEquals("Error: Enter a site phrase.", login.fieldError("site_phrase"));
            login.page().locator("#site_phrase").fill("Marigolds on the sill");
            login.submit("#sa-save-site-phrase");
            assertEquals("Error: Choose a picture.", login.fieldError("site_image"));
            assertEquals("Marigolds on the sill", login.page().locator("#site_phrase").inputValue(), "the phrase is kept");
            login.page().locator("label[for=site_image-kite]").click();
            login.submit("#sa-save-site-phrase");
            assertTrue(app.awaitCallback().containsKey("code"));
        }
        realm.admin().users().get(id).logout();
        LoginPages next = open(page).enterUsername("phrase-new");
        assertEquals("Marigolds on the sill", next.sitePhrase(), "shown from the next sign-in on, on the browser where it was chosen");
        assertEquals("kite", next.sitePicture());
        assertFalse(open(chromium.newContext("en", Chromium.DESKTOP_WIDTH)).enterUsername("phrase-new").showsSitePhrase(),
                "and on no other");
    }

    private LoginPages open(Page page) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            return new LoginPages(page).open(app.authorizationUrl());
        }
    }

    /** A browser without a screen that completed a full sign-in as {@code username}. */
    private HttpBrowser signedInOverHttp(String username, String phone) throws Exception {
        HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
        HttpSignIn signIn = new HttpSignIn(browser);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser.Page page = signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
            page = signIn.continueFromSecurityInformation(signIn.smsCode(page, sms.lastCodeTo(phone)));
            HttpSignIn.authorizationCode(page);
        }
        return browser;
    }

    /** The phrase {@code browser} is shown for {@code username} on the password page, or "" when none. */
    private String phraseOverHttp(HttpBrowser browser, String username) throws Exception {
        HttpSignIn signIn = new HttpSignIn(browser);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser.Page page = signIn.username(signIn.open(app.authorizationUrl()), username);
            assertTrue(page.has("#password"), page.describe());
            Element phrase = page.html().selectFirst("#sa-site-phrase-text");
            assertEquals(phrase == null, page.has("#sa-site-phrase-not-shown"), "either the phrase or the note");
            return phrase == null ? "" : phrase.text();
        }
    }
}
