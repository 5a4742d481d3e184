package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.microsoft.playwright.Page;

/** Username first, the site phrase and picture before the password, decoys for unknown names, and choosing one. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class SitePhraseIT {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    /** Started before any sign-in, so the codes have somewhere to go. */
    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @Test
    void aPersonSeesTheirOwnPhraseAndPictureBeforeThePassword() throws Exception {
        TestUsers.createWithPhone(realm, admin, "phrase-owner", "(202) 555-0401");
        LoginPages login = open(chromium.page()).enterUsername("phrase-owner");
        assertEquals("Enter your password", login.heading());
        assertEquals("Phrase of phrase-owner", login.sitePhrase());
        assertEquals(TestUsers.SITE_IMAGE, login.sitePicture());
        assertEquals("Lighthouse", login.page().locator("#sa-site-phrase img").getAttribute("alt"));
        PageChecks.check(login.page(), "site-phrase", "01-password-with-phrase");
        login.enterPassword(TestUsers.PASSWORD);
        assertEquals("Enter your security code", login.heading());
    }

    @Test
    void anUnknownNameGetsAStableDecoyAndFailsExactlyLikeAWrongPassword() throws Exception {
        TestUsers.createWithPhone(realm, admin, "phrase-known", "(202) 555-0402");
        LoginPages first = open(chromium.page()).enterUsername("nobody-by-this-name");
        String decoyPhrase = first.sitePhrase();
        String decoyPicture = first.sitePicture();
        assertFalse(decoyPhrase.isBlank());

        LoginPages again = open(chromium.newContext("es", Chromium.PHONE_WIDTH)).enterUsername("Nobody-By-This-Name");
        assertEquals(decoyPhrase, again.sitePhrase(), "the same decoy every time, in every language");
        assertEquals(decoyPicture, again.sitePicture());

        again.enterPassword("Any-Password-2026");
        String unknownError = again.fieldError("password");
        String unknownHeading = again.heading();
        assertTrue(again.has("#sa-site-phrase"), "the decoy is shown again with the error");
        // (A new context closes the previous one.)
        LoginPages known = open(chromium.newContext("es", Chromium.PHONE_WIDTH)).enterUsername("phrase-known").enterPassword("Wrong-Password-2026");
        assertFalse(unknownError.isBlank());
        assertEquals(known.fieldError("password"), unknownError, "the same words for an unknown name and a wrong password");
        assertEquals(known.heading(), unknownHeading);
        assertTrue(known.has("#sa-site-phrase"));

        List<EventRepresentation> events = realm.admin().getEvents(List.of(EventType.LOGIN_ERROR.name()), null, null, null, null, null, 0, 50);
        assertTrue(events.stream().anyMatch(e -> "user_not_found".equals(e.getError())), "the unknown name is still an event for administrators");
    }

    @Test
    void knownAndUnknownNamesTakeAboutTheSameTime() throws Exception {
        TestUsers.createWithPhone(realm, admin, "phrase-timing", "(202) 555-0403");
        Page page = chromium.page();
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            known.add(timeOfWrongPassword(page, "phrase-timing"));
            unknown.add(timeOfWrongPassword(page, "phrase-timing-nobody-" + i));
        }
        double ratio = (double) median(unknown) / Math.max(1, median(known));
        assertTrue(ratio > 0.4 && ratio < 2.5, "median times, unknown " + unknown + " vs known " + known);
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

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("phrase-new", TestUsers.PASSWORD);
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
        LoginPages next = open(chromium.newContext("en", Chromium.DESKTOP_WIDTH)).enterUsername("phrase-new");
        assertEquals("Marigolds on the sill", next.sitePhrase());
        assertEquals("kite", next.sitePicture());
    }

    private LoginPages open(Page page) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            return new LoginPages(page).open(app.authorizationUrl());
        }
    }

    private long timeOfWrongPassword(Page page, String username) throws Exception {
        LoginPages login = open(page).enterUsername(username);
        page.locator("#password").fill("Wrong-Password-2026");
        long start = System.nanoTime();
        login.submit("#kc-login");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
