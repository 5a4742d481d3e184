package org.secureaccess.keycloak.leakcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.testsupport.SensitiveValues.Entry;
import org.secureaccess.keycloak.testsupport.SensitiveValues.Kind;

class LeakScannerTest {

    private static final String CONTROL = "lc-unknown-20260101-120000-000";
    private static final Entry CONTROL_ENTRY = new Entry(Kind.CONTROL, CONTROL);
    /** A line as Keycloak's jboss-logging event listener writes a failed sign-in: the control is its username detail. */
    private static final String CONTROL_EVENT = "2026-01-01 12:00:01,234 WARN  [org.keycloak.events] (executor-thread-3) type=\"LOGIN_ERROR\", "
            + "realmId=\"2f1c\", realmName=\"secure-access\", clientId=\"demo-app\", userId=\"null\", ipAddress=\"127.0.0.1\", "
            + "error=\"user_not_found\", auth_method=\"openid-connect\", username=\"" + CONTROL + "\", authSessionTabId=\"x1\"";

    private static LeakScanner.Result scan(List<Entry> values, String... lines) throws IOException {
        List<Entry> withControl = new ArrayList<>(values);
        withControl.add(CONTROL_ENTRY);
        List<String> log = new ArrayList<>(List.of(lines));
        log.add(CONTROL_EVENT);
        return new LeakScanner(withControl).scan("keycloak-server.log", new BufferedReader(new StringReader(String.join("\n", log)))).result();
    }

    @Test
    void aCleanLogWithTheControlPasses() throws Exception {
        LeakScanner.Result result = scan(List.of(new Entry(Kind.TAX_ID, "987-65-4321"), new Entry(Kind.ONE_TIME_CODE, "123456")),
                "2026-01-01 12:00:00,000 INFO  [org.secureaccess] SMS to (•••) •••-0143 accepted by the webhook (HTTP 202)");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.leaks());
        assertEquals(2, result.linesScanned());
    }

    @Test
    void anEventDetailCarryingAnSsnIsCaughtInItsPlainForm() throws Exception {
        String event = CONTROL_EVENT.replace("username=\"" + CONTROL + "\"", "username=\"987-65-4321\"");
        LeakScanner.Result result = scan(List.of(new Entry(Kind.TAX_ID, "987654321")), event);
        assertEquals(1, result.leaks().size(), result.problems().toString());
        LeakScanner.Leak leak = result.leaks().get(0);
        assertEquals(Kind.TAX_ID, leak.kind());
        assertEquals(1, leak.lineNumber());
        assertTrue(leak.redactedLine().contains("username=\"[SSN/ITIN]\""), leak.redactedLine());
    }

    @Test
    void everyKindIsCaughtPlainUrlEncodedAndJsonEscaped() throws Exception {
        List<Entry> values = List.of(new Entry(Kind.TAX_ID, "987-65-4321"), new Entry(Kind.DATE_OF_BIRTH, "1985-04-28"),
                new Entry(Kind.ACCOUNT_NUMBER, "43218765"), new Entry(Kind.PHONE_NUMBER, "+12025550144"),
                new Entry(Kind.ONE_TIME_CODE, "482913"), new Entry(Kind.TOTP_SECRET, "SecureAccessDemoAppSecret"),
                new Entry(Kind.RECOVERY_CODE, "ABCD-EFGH-IJKL"), new Entry(Kind.GATEWAY_TOKEN, "Bearer test-gateway-token"),
                new Entry(Kind.KEYED_HASH_SECRET, "integration-tests-only-keyed-hash-secret-0123456789"));
        List<String> lines = List.of(
                "url=/realms/x/login-actions/authenticate?tax_id=987-65-4321&x=1",
                "form: dob=04%2F28%2F1985",
                "json {\"number\":\"43218765\"}",
                "to=%2B12025550144",
                "json {\"phone\":\"(202) 555-0144\"}",
                "code 482913 sent",
                "secret KNSWG5LSMVAWGY3FONZUIZLNN5AXA4CTMVRXEZLU",
                "recovery ABCDEFGHIJKL",
                "Authorization: Bearer test-gateway-token",
                "config {\"secret\":\"integration-tests-only-keyed-hash-secret-0123456789\"}",
                "birth date {\"dob\":\"04\\/28\\/1985\"}");
        LeakScanner.Result result = scan(values, lines.toArray(String[]::new));
        List<Kind> kinds = result.leaks().stream().map(LeakScanner.Leak::kind).toList();
        assertEquals(List.of(Kind.TAX_ID, Kind.DATE_OF_BIRTH, Kind.ACCOUNT_NUMBER, Kind.PHONE_NUMBER, Kind.PHONE_NUMBER, Kind.ONE_TIME_CODE,
                Kind.TOTP_SECRET, Kind.RECOVERY_CODE, Kind.GATEWAY_TOKEN, Kind.KEYED_HASH_SECRET, Kind.DATE_OF_BIRTH), kinds,
                result.problems().toString());
        assertEquals("mm/dd/yyyy, URL-encoded", result.leaks().get(1).form());
        assertEquals("mm/dd/yyyy, JSON-escaped", result.leaks().get(10).form());
    }

    @Test
    void onlyWholeTokensCountAndCaseDoesNot() throws Exception {
        List<Entry> code = List.of(new Entry(Kind.ONE_TIME_CODE, "123456"));
        assertEquals(List.of(), scan(code, "id 91234567", "x123456", "123456x", "a1234567").leaks());
        assertEquals(1, scan(code, "code=123456,").leaks().size());
        assertEquals(1, scan(code, "(123456)").leaks().size());
        // A form that starts with a sign needs no boundary before it; its digits still do after them.
        List<Entry> phone = List.of(new Entry(Kind.PHONE_NUMBER, "+12025550144"));
        assertEquals(1, scan(phone, "tel:a+12025550144").leaks().size());
        assertEquals(List.of(), scan(phone, "+120255501449").leaks());
        assertEquals(1, scan(phone, "to=%2b12025550144").leaks().size(), "URL escapes in lower case");
        assertEquals(1, scan(List.of(new Entry(Kind.TOTP_SECRET, "SecureAccessDemoAppSecret")), "knswg5lsmvawgy3fonzuizlnn5axa4ctmvrxezlu")
                .leaks().size());
    }

    @Test
    void aLeakIsReportedByKindAndMaskedNeverInFull() throws Exception {
        LeakScanner.Result result = scan(List.of(new Entry(Kind.TAX_ID, "987-65-4321")), "username=987654321");
        String report = String.join("\n", result.problems());
        assertTrue(report.contains("SSN/ITIN •••-••-••21"), report);
        assertTrue(report.contains("keycloak-server.log:1"), report);
        assertFalse(report.contains("987654321"), report);
        assertFalse(report.contains("987-65-4321"), report);
        assertFalse(report.contains("4321"), report);
    }

    @Test
    void aLogWithoutThisRunsControlFailsEvenWhenNothingLeaks() throws Exception {
        // A log of an earlier run: its control carries that run's id, not this one's.
        String earlierRun = CONTROL_EVENT.replace("20260101-120000-000", "20251231-235959-999");
        LeakScanner.Result result = new LeakScanner(List.of(CONTROL_ENTRY, new Entry(Kind.ONE_TIME_CODE, "123456")))
                .scan("keycloak-server.log", new BufferedReader(new StringReader(earlierRun))).result();
        assertEquals(List.of(), result.leaks());
        assertEquals(List.of(CONTROL), List.copyOf(result.controlsMissing()));
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).startsWith("Control value " + CONTROL + " is not in the log"), result.problems().get(0));
    }

    @Test
    void aLogWithLoggingBrokenFails() throws Exception {
        // File logging off: the file is empty. Event logging off or below the log level: the lines are there, the event is not.
        LeakScanner.Result empty = new LeakScanner(List.of(CONTROL_ENTRY)).scan("keycloak-server.log", new BufferedReader(new StringReader("")))
                .result();
        assertEquals(2, empty.problems().size(), empty.problems().toString());
        LeakScanner.Result noEvents = new LeakScanner(List.of(CONTROL_ENTRY)).scan("keycloak-server.log",
                new BufferedReader(new StringReader("2026-01-01 12:00:00,000 INFO  [io.quarkus] Keycloak 26.7.3 started"))).result();
        assertEquals(List.of(CONTROL), List.copyOf(noEvents.controlsMissing()));
        assertFalse(noEvents.problems().isEmpty());
    }

    @Test
    void aRunThatPlantedNoControlFails() throws Exception {
        LeakScanner.Result result = new LeakScanner(List.of(new Entry(Kind.ONE_TIME_CODE, "123456")))
                .scan("keycloak-server.log", new BufferedReader(new StringReader(CONTROL_EVENT))).result();
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).startsWith("No control value was recorded in this run"), result.problems().get(0));
    }

    @Test
    void valuesTooShortToSearchAreCountedNotSearched() throws Exception {
        LeakScanner.Result result = scan(List.of(new Entry(Kind.ONE_TIME_CODE, "1234")), "code 1234");
        assertEquals(List.of(), result.leaks());
        assertEquals(1, result.valuesTooShort());
        assertEquals(1, result.valuesSearched(), "the control only");
    }

    @Test
    void masking() {
        assertEquals("•••-••-••21", LeakScanner.mask("987-65-4321"));
        assertEquals("••••56", LeakScanner.mask("123456"));
        assertEquals("+•••••••••44", LeakScanner.mask("+12025550144"));
    }
}
