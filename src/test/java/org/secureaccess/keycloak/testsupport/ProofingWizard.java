package org.secureaccess.keycloak.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The "Verify your identity" pages, as a person goes through them (page object over Playwright). */
public final class ProofingWizard {

    private final LoginPages login;
    private final Page page;

    public ProofingWizard(LoginPages login) {
        this.login = login;
        this.page = login.page();
    }

    public LoginPages login() {
        return login;
    }

    public String heading() {
        return login.heading();
    }

    /** "Step N of 5", or "" on pages without progress. */
    public String progress() {
        Locator progress = page.locator("#sa-progress-text");
        return progress.count() == 0 ? "" : progress.innerText().strip();
    }

    public ProofingWizard start() {
        login.submit("#sa-proof-start");
        return this;
    }

    public ProofingWizard postpone() {
        // Keycloak's page scripts (session checks) may still be loading; a click during a reload is lost.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        login.submit("#sa-postpone");
        return this;
    }

    public ProofingWizard back() {
        login.submit("#sa-back");
        return this;
    }

    public ProofingWizard enterEmailCode(String code) {
        page.locator("#code").fill(code);
        login.submit("#sa-continue");
        return this;
    }

    public ProofingWizard fillIdentity(ProofingPerson person) {
        return fillIdentity(person, person.taxId(), person.dobYear());
    }

    /** The identity form with a chosen tax id and birth year (to make it fail on purpose). */
    public ProofingWizard fillIdentity(ProofingPerson person, String taxId, String dobYear) {
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, taxId);
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, dobYear + "-" + person.dobMonth() + "-" + person.dobDay());
        page.locator("#first_name").fill(person.firstName());
        page.locator("#last_name").fill(person.lastName());
        page.locator("#tax_id").fill(taxId);
        page.locator("#dob_month").fill(person.dobMonth());
        page.locator("#dob_day").fill(person.dobDay());
        page.locator("#dob_year").fill(dobYear);
        page.locator("input[name=filing_status][value=" + person.filingStatus() + "]").check();
        page.locator("#address_line1").fill(person.line1());
        page.locator("#city").fill(person.city());
        page.locator("#state").selectOption(person.state());
        page.locator("#zip").fill(person.zip());
        return this;
    }

    public ProofingWizard continueOn() {
        login.submit("#sa-continue");
        return this;
    }

    public ProofingWizard enterCard(String lastEightDigits) {
        SensitiveValues.record(SensitiveValues.Kind.ACCOUNT_NUMBER, lastEightDigits);
        page.locator("input[name=account_type][value=CREDIT_CARD]").check();
        page.locator("#account_number").fill(lastEightDigits);
        login.submit("#sa-continue");
        return this;
    }

    public ProofingWizard enterPhone(String number) {
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, number);
        page.locator("#phoneNumber").fill(number);
        login.submit("#sa-send-code");
        return this;
    }

    public ProofingWizard enterPhoneCode(String code) {
        page.locator("#code").fill(code);
        login.submit("#sa-verify");
        return this;
    }

    public ProofingWizard chooseLetter() {
        login.submit("#sa-choose-letter");
        return this;
    }

    public ProofingWizard sendLetter() {
        login.submit("#sa-send-letter");
        return this;
    }

    public ProofingWizard sendAnotherLetter() {
        login.submit("#sa-send-another-letter");
        return this;
    }

    public ProofingWizard enterLetterCode(String code) {
        page.locator("#letter_code").fill(code);
        login.submit("#sa-enter-letter-code");
        return this;
    }

    /** "Continue" on the last page. */
    public LoginPages finish() {
        login.submit("#sa-continue");
        return login;
    }

    public String value(String selector) {
        return page.locator(selector).inputValue();
    }
}
