package org.secureaccess.keycloak.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What a person does on our sign-in pages, as page-object steps over a Playwright page. */
public final class LoginPages {

    private final Page page;

    public LoginPages(Page page) {
        this.page = page;
    }

    public Page page() {
        return page;
    }

    public LoginPages open(String url) {
        page.navigate(url);
        recordRecoveryCodesShown();
        return this;
    }

    /** Username first; then the password (beside the site phrase and picture on a browser the person has signed in from). */
    public LoginPages signIn(String username, String password) {
        return enterUsername(username).enterPassword(password);
    }

    public LoginPages enterUsername(String username) {
        page.locator("#username").fill(username);
        submit("#kc-login");
        return this;
    }

    public LoginPages enterPassword(String password) {
        page.locator("#password").fill(password);
        submit("#kc-login");
        return this;
    }

    /** Whether the password page shows a site phrase (only on a browser where the person completed a sign-in before). */
    public boolean showsSitePhrase() {
        return page.locator("#sa-site-phrase").count() > 0;
    }

    /** The note shown instead of a phrase on every other browser, known username or not. */
    public String sitePhraseNotShownNote() {
        return page.locator("#sa-site-phrase-not-shown").innerText().strip();
    }

    /** The site phrase shown beside the password field. */
    public String sitePhrase() {
        return page.locator("#sa-site-phrase-text").innerText().strip();
    }

    /** The file name of the site picture shown beside the password field, e.g. "lighthouse". */
    public String sitePicture() {
        String src = page.locator("#sa-site-phrase img").getAttribute("src");
        return src.substring(src.lastIndexOf('/') + 1).replace(".svg", "");
    }

    public LoginPages enterCode(String code) {
        page.locator("#code").fill(code);
        submit("#sa-verify");
        return this;
    }

    /** "Send a new code", as a person would press it. */
    public LoginPages resend() {
        submit("#sa-resend");
        return this;
    }

    /** Posts the resend form even while the page's countdown keeps the button disabled. */
    public LoginPages resendIgnoringCountdown() {
        page.waitForNavigation(() -> page.evaluate("document.getElementById('sa-resend-form').submit()"));
        return this;
    }

    public LoginPages reload() {
        page.reload();
        recordRecoveryCodesShown();
        return this;
    }

    /**
     * Shows the current step again, as a person's refresh does: a GET of the page's address without the action code
     * its form used (Keycloak then renders the step the sign-in is at, as of now).
     */
    public LoginPages refresh() {
        page.navigate(page.url().replaceAll("session_code=[^&]*&?", ""));
        recordRecoveryCodesShown();
        return this;
    }

    public LoginPages tryAnotherWay() {
        submit("#try-another-way");
        return this;
    }

    /** Picks a method on the "try another way" page by (part of) its visible name, never by its help text. */
    public LoginPages choose(String methodName) {
        page.waitForNavigation(() -> page.locator(".sa-choice__name", new Page.LocatorOptions().setHasText(methodName)).first().click());
        recordRecoveryCodesShown();
        return this;
    }

    public LoginPages enterAppCode(String code) {
        page.locator("#otp").fill(code);
        submit("#sa-verify");
        return this;
    }

    /** The "Online Security Information" page that ends every full sign-in: check it is there, then continue. */
    public LoginPages acknowledgeSecurityInformation() {
        if (!"Online Security Information".equals(heading()) && !"Información de seguridad en línea".equals(heading())) {
            throw new AssertionError("Expected the Online Security Information page, not: " + heading());
        }
        submit("#sa-continue");
        return this;
    }

    public LoginPages submit(String selector) {
        page.waitForNavigation(() -> page.locator(selector).click());
        recordRecoveryCodesShown();
        return this;
    }

    /** Keycloak shows recovery codes once, on its setup page; whichever test gets there, the leak check knows them. */
    private void recordRecoveryCodesShown() {
        Locator codes = page.locator(RECOVERY_CODES);
        if (codes.count() > 0) {
            codes.allInnerTexts().forEach(item -> SensitiveValues.record(SensitiveValues.Kind.RECOVERY_CODE, recoveryCode(item)));
        }
    }

    /** The list items of Keycloak's recovery-codes page ("1: ABCD-EFGH-IJKL"). */
    static final String RECOVERY_CODES = "#kc-recovery-codes-list li";

    /** A recovery code as a list item of {@link #RECOVERY_CODES} shows it, without its number. */
    static String recoveryCode(String listItem) {
        return listItem.replaceAll("^\\s*\\d+:\\s*", "").strip();
    }

    public String heading() {
        return page.locator("#kc-page-title").innerText().strip();
    }

    public String fieldError(String field) {
        Locator error = page.locator("#" + field + "-error");
        return error.count() == 0 ? "" : error.innerText().replaceAll("\\s+", " ").strip();
    }

    /** The text of the page's main message box, or "" when there is none. */
    public String message() {
        Locator message = page.locator("#sa-message");
        return message.count() == 0 ? "" : message.innerText().strip();
    }

    public String mainText() {
        return page.locator("main").innerText();
    }

    public boolean has(String selector) {
        return page.locator(selector).count() > 0;
    }
}
