package org.secureaccess.keycloak.evidence.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.evidence.EvidenceFields;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException.Reason;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.testsupport.KeycloakHttpClients;

/** The http verifier against a loopback stub: the contract's requests and answers, the auth header, and every failure. */
class HttpVerifierTest {

    private static final GatewayAccess PLAIN_SECRETS = KeycloakHttpClients.access(Optional::of);
    private static final String REALM = "secure-access";

    record Received(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }

        JsonNode json() throws IOException {
            return JsonSerialization.mapper.readTree(body);
        }
    }

    private HttpServer server;
    private ExecutorService executor;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"matched\":false}";
    private volatile boolean slow;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopStub() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        if (slow) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private URI stubUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/evidence");
    }

    private HttpVerifier verifier(URI url, Duration timeout, String authHeaderValue) {
        return new HttpVerifier(new HttpVerifierSettings(url, "X-Api-Key", timeout, List.of()), authHeaderValue);
    }

    private HttpVerifier verifier() {
        return verifier(stubUrl(), Duration.ofSeconds(5), "test-verifier-key");
    }

    static IdentityClaim claim() {
        Map<String, String> typed = new HashMap<>();
        typed.put(EvidenceFields.FIRST_NAME, "Zoë");
        typed.put(EvidenceFields.MIDDLE_NAME, "Ann");
        typed.put(EvidenceFields.LAST_NAME, "O'Brien-Núñez");
        typed.put(EvidenceFields.SUFFIX, "Jr.");
        typed.put(EvidenceFields.TAX_ID, "987-65-4320");
        typed.put(EvidenceFields.DATE_OF_BIRTH, "1961-02-17");
        typed.put(EvidenceFields.FILING_STATUS, "single");
        typed.put(EvidenceFields.ADDRESS_LINE1, "123 North Main Street");
        typed.put(EvidenceFields.ADDRESS_LINE2, "Apartment 4");
        typed.put(EvidenceFields.CITY, "Springfield");
        typed.put(EvidenceFields.STATE, "IL");
        typed.put(EvidenceFields.ZIP, "62704");
        return IdentityClaim.validate(IdentityClaim.Typed.of(typed), LocalDate.of(2026, 5, 1)).claim().orElseThrow();
    }

    private static void assertSafe(Exception e) {
        String message = String.valueOf(e.getMessage());
        for (String secret : new String[] {"987654320", "987-65-4320", "1961-02-17", "40128888", "Main"}) {
            assertFalse(message.contains(secret), message);
        }
    }

    @Test
    void matchIdentitySendsTheContractsRequestWithTheAuthHeader() throws Exception {
        answer = "{\"matched\":true,\"personReference\":\"p-7f3a\",\"hasPhone\":true,\"hasAccount\":false}";
        IdentityMatch match = verifier().matchIdentity(REALM, claim(), PLAIN_SECRETS);
        assertEquals(IdentityMatch.matched("p-7f3a", true, false), match);

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertEquals("POST", r.method());
        assertEquals("/v1/evidence", r.path());
        assertEquals("application/json; charset=utf-8", r.header("Content-type"));
        assertEquals("test-verifier-key", r.header("X-api-key"));
        JsonNode json = r.json();
        assertEquals("match-identity", json.get("operation").asText());
        assertEquals(REALM, json.get("realm").asText());
        assertEquals(36, json.get("requestId").asText().length());
        JsonNode identity = json.get("identity");
        assertEquals("Zoë", identity.get("firstName").asText());
        assertEquals("Ann", identity.get("middleName").asText());
        assertEquals("O'Brien-Núñez", identity.get("lastName").asText());
        assertEquals("Jr.", identity.get("suffix").asText());
        assertEquals("987654320", identity.get("taxId").asText());
        assertEquals("ITIN", identity.get("taxIdKind").asText());
        assertEquals("1961-02-17", identity.get("dateOfBirth").asText());
        assertEquals("SINGLE", identity.get("filingStatus").asText());
        assertEquals("{\"line1\":\"123 North Main Street\",\"line2\":\"Apartment 4\",\"city\":\"Springfield\",\"state\":\"IL\","
                + "\"zip\":\"62704\"}", identity.get("address").toString());
        assertEquals("ZOE|OBRIEN NUNEZ|JR", json.get("normalized").get("name").asText());
        assertEquals("123 N MAIN ST APT 4|SPRINGFIELD|IL|62704", json.get("normalized").get("address").asText());
        assertTrue(received.isEmpty(), "exactly one request");
    }

    @Test
    void aNonMatchSaysNothingMoreEvenIfTheServiceDoes() throws Exception {
        answer = "{\"matched\":false,\"personReference\":\"p-1\",\"failedField\":\"dateOfBirth\",\"hasPhone\":true}";
        assertEquals(IdentityMatch.notMatched(), verifier().matchIdentity(REALM, claim(), PLAIN_SECRETS));
    }

    @Test
    void answersOutsideTheContractMakeTheVerifierUnavailable() {
        for (String bad : new String[] {"{\"matched\":true}", "{\"matched\":true,\"personReference\":\"has space\"}",
                "{\"matched\":\"yes\"}", "{}", "[]", "not json", "", "{\"matched\":true,\"personReference\":\"" + "x".repeat(101) + "\"}"}) {
            answer = bad;
            VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                    () -> verifier().matchIdentity(REALM, claim(), PLAIN_SECRETS), bad);
            assertEquals(Reason.SERVICE_ERROR, e.reason(), bad);
            assertSafe(e);
        }
    }

    @Test
    void accountsAreSentNormalisedAndImpossibleNumbersAreNotSent() throws Exception {
        answer = "{\"matched\":true}";
        assertTrue(verifier().matchFinancialAccount(REALM, "p-7f3a", FinancialAccountType.CREDIT_CARD, "4012 8888", PLAIN_SECRETS));
        JsonNode json = received.poll(5, TimeUnit.SECONDS).json();
        assertEquals("match-financial-account", json.get("operation").asText());
        assertEquals("p-7f3a", json.get("personReference").asText());
        assertEquals("{\"type\":\"CREDIT_CARD\",\"number\":\"40128888\"}", json.get("account").toString());

        answer = "{\"matched\":false}";
        assertFalse(verifier().matchFinancialAccount(REALM, "p-7f3a", FinancialAccountType.MORTGAGE, "ex-mtg-0042", PLAIN_SECRETS));
        assertEquals("EXMTG0042", received.poll(5, TimeUnit.SECONDS).json().get("account").get("number").asText());

        assertFalse(verifier().matchFinancialAccount(REALM, "p-7f3a", FinancialAccountType.CREDIT_CARD, "4012", PLAIN_SECRETS));
        assertFalse(verifier().matchFinancialAccount(REALM, null, FinancialAccountType.CREDIT_CARD, "40128888", PLAIN_SECRETS));
        assertTrue(received.isEmpty(), "nothing sent for an impossible number or no reference");

        answer = "{\"matched\":1}";
        assertThrows(VerifierUnavailableException.class,
                () -> verifier().matchFinancialAccount(REALM, "p-7f3a", FinancialAccountType.CREDIT_CARD, "40128888", PLAIN_SECRETS));
    }

    @Test
    void phonesHaveThreeOutcomes() throws Exception {
        for (PhoneMatch outcome : PhoneMatch.values()) {
            answer = "{\"result\":\"" + outcome.name() + "\"}";
            assertEquals(outcome, verifier().matchPhone(REALM, "p-7f3a", "+12025550150", PLAIN_SECRETS));
        }
        JsonNode json = received.poll(5, TimeUnit.SECONDS).json();
        assertEquals("match-phone", json.get("operation").asText());
        assertEquals("+12025550150", json.get("phone").asText());
        received.clear();

        assertEquals(PhoneMatch.NOT_ON_RECORD, verifier().matchPhone(REALM, "p-7f3a", "(202) 555-0150", PLAIN_SECRETS));
        assertTrue(received.isEmpty(), "only E.164 numbers are asked about");

        answer = "{\"result\":\"MAYBE\"}";
        assertEquals(Reason.SERVICE_ERROR, assertThrows(VerifierUnavailableException.class,
                () -> verifier().matchPhone(REALM, "p-7f3a", "+12025550150", PLAIN_SECRETS)).reason());
    }

    @Test
    void theAddressOfRecordIsAMailableAddressOrNone() throws Exception {
        answer = "{\"address\":{\"name\":\"Zoë A. O'Brien-Núñez Jr.\",\"line1\":\"123 N Main St\",\"line2\":\"Apt 4\","
                + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704-1234\"}}";
        MailingAddress address = verifier().addressOfRecord(REALM, "p-7f3a", PLAIN_SECRETS).orElseThrow();
        assertEquals(List.of("Zoë A. O'Brien-Núñez Jr.", "123 N Main St", "Apt 4", "Springfield, IL 62704-1234"), address.lines());
        JsonNode json = received.poll(5, TimeUnit.SECONDS).json();
        assertEquals("address-of-record", json.get("operation").asText());
        assertEquals("p-7f3a", json.get("personReference").asText());

        answer = "{\"address\":null}";
        assertTrue(verifier().addressOfRecord(REALM, "p-7f3a", PLAIN_SECRETS).isEmpty());

        answer = "{\"address\":{\"name\":\"Zoë\",\"line1\":\"1 Elm St\",\"city\":\"Toronto\",\"state\":\"ON\",\"zip\":\"M5V 2T6\"}}";
        VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                () -> verifier().addressOfRecord(REALM, "p-7f3a", PLAIN_SECRETS));
        assertEquals(Reason.SERVICE_ERROR, e.reason());
        assertFalse(e.getMessage().contains("Toronto") || e.getMessage().contains("M5V"), e.getMessage());

        answer = "{}";
        assertThrows(VerifierUnavailableException.class, () -> verifier().addressOfRecord(REALM, "p-7f3a", PLAIN_SECRETS));
    }

    @Test
    void serverErrorsAndRefusalsAreUnavailable() {
        for (int failing : new int[] {400, 422, 429, 500, 502, 503}) {
            status = failing;
            answer = "{\"error\":\"database down\"}";
            VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                    () -> verifier().matchIdentity(REALM, claim(), PLAIN_SECRETS), "HTTP " + failing);
            assertEquals(Reason.SERVICE_ERROR, e.reason(), "HTTP " + failing);
            assertEquals("evidence verifier answered HTTP " + failing, e.getMessage());
            assertEquals("service_error", e.eventValue());
        }
        for (int denied : new int[] {301, 401, 403, 404}) {
            status = denied;
            assertEquals(Reason.MISCONFIGURED, assertThrows(VerifierUnavailableException.class,
                    () -> verifier().matchIdentity(REALM, claim(), PLAIN_SECRETS)).reason(), "HTTP " + denied);
        }
    }

    @Test
    void aSlowServiceTimesOut() {
        slow = true;
        HttpVerifier verifier = verifier(stubUrl(), Duration.ofMillis(300), null);
        long start = System.nanoTime();
        VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                () -> verifier.matchPhone(REALM, "p-1", "+12025550150", PLAIN_SECRETS));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(elapsedMillis < 3000, "gave up after " + elapsedMillis + " ms");
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpVerifier verifier = verifier(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2), null);
        VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                () -> verifier.matchIdentity(REALM, claim(), PLAIN_SECRETS));
        assertEquals(Reason.UNREACHABLE, e.reason());
        assertSafe(e);
    }

    @Test
    void theSecretIsResolvedPerRequestAndAMissingOneIsMisconfigured() throws Exception {
        HttpVerifier vaulted = verifier(stubUrl(), Duration.ofSeconds(5), "${vault.evidence-key}");
        vaulted.matchIdentity(REALM, claim(), KeycloakHttpClients.access(configured -> configured.equals("${vault.evidence-key}")
                ? Optional.of("from-vault") : Optional.empty()));
        assertEquals("from-vault", received.poll(5, TimeUnit.SECONDS).header("X-api-key"));

        VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                () -> vaulted.matchIdentity(REALM, claim(), KeycloakHttpClients.access(configured -> Optional.empty())));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(received.isEmpty());

        verifier(stubUrl(), Duration.ofSeconds(5), null).matchIdentity(REALM, claim(), PLAIN_SECRETS);
        assertNull(received.poll(5, TimeUnit.SECONDS).header("X-api-key"), "no auth header when none is configured");
    }

    @Test
    void aMisconfiguredVerifierIsUnavailableWithoutCallingOut() {
        HttpVerifierSettings settings = HttpVerifierSettings.parse(Map.of("url", "http://verify.example.com/")::get, new ArrayList<>());
        VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                () -> new HttpVerifier(settings, null).matchIdentity(REALM, claim(), PLAIN_SECRETS));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("https is required"), e.getMessage());
        assertTrue(received.isEmpty());
        assertEquals(Reason.MISCONFIGURED, assertThrows(VerifierUnavailableException.class,
                () -> new HttpVerifier(HttpVerifierSettings.parse(Map.<String, String>of()::get, new ArrayList<>()), null)
                        .matchPhone(REALM, "p-1", "+12025550150", PLAIN_SECRETS)).reason());
    }
}
