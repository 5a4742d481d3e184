package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.util.Map;

import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;

/** The steps of our sign-in pages over plain HTTP (see {@link HttpBrowser}); each returns the next answer. */
public final class HttpSignIn {

    private final HttpBrowser browser;

    public HttpSignIn(HttpBrowser browser) {
        this.browser = browser;
    }

    public HttpBrowser browser() {
        return browser;
    }

    public Page open(String url) throws IOException, InterruptedException {
        return browser.open(url);
    }

    /** Username, then the password beside the site phrase. */
    public Page signIn(String authorizationUrl, String username, String password) throws IOException, InterruptedException {
        return password(username(open(authorizationUrl), username), password);
    }

    public Page username(Page page, String username) throws IOException, InterruptedException {
        return browser.submit(page, "#kc-form-login", Map.of("username", username));
    }

    public Page password(Page page, String password) throws IOException, InterruptedException {
        return browser.submit(page, "#kc-form-login", Map.of("password", password));
    }

    /** The texted code on our code page. */
    public Page smsCode(Page page, String code) throws IOException, InterruptedException {
        return browser.submit(page, "#sa-sms-code-form", Map.of("code", code));
    }

    /** The authenticator-app code on Keycloak's OTP page. */
    public Page appCode(Page page, String code) throws IOException, InterruptedException {
        return browser.submit(page, "#kc-otp-login-form", Map.of("otp", code));
    }

    /** "Forgot password?" beside the username or password field. */
    public Page forgotPassword(Page page) throws IOException, InterruptedException {
        org.jsoup.nodes.Element link = page.html().selectFirst("#sa-forgot-password");
        if (link == null) {
            throw new AssertionError("No 'Forgot password?' link on " + page.describe());
        }
        return browser.open(link.absUrl("href"));
    }

    /** Keycloak's "Forgot your password?" form: asks for the reset email. */
    public Page requestReset(Page page, String username) throws IOException, InterruptedException {
        return browser.submit(page, "#kc-reset-password-form", Map.of("username", username));
    }

    /** Keycloak's "Update password" form. */
    public Page newPassword(Page page, String password) throws IOException, InterruptedException {
        return browser.submit(page, "#kc-passwd-update-form", Map.of("password-new", password, "password-confirm", password));
    }

    /** "Remind me next time" on the identity-proofing pages (before the enforcement date). */
    public Page postponeProofing(Page page) throws IOException, InterruptedException {
        return browser.submit(page, "form:has(#sa-postpone)", Map.of("action", "postpone"));
    }

    /** "Continue" on Online Security Information, which ends every full sign-in. */
    public Page continueFromSecurityInformation(Page page) throws IOException, InterruptedException {
        if (!page.has("#sa-security-form")) {
            throw new AssertionError("Expected Online Security Information, not: " + page.describe());
        }
        return browser.submit(page, "#sa-security-form", Map.of("continue", "true"));
    }

    /** The authorization code the application received, or an assertion error saying where the sign-in stopped. */
    public static String authorizationCode(Page page) {
        return page.query("code").orElseThrow(() -> new AssertionError("No authorization code; the sign-in stopped at " + page.describe()));
    }
}
