package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback verification bureau for the {@code http} evidence verifier ({@code docs/evidence-http-contract.md}), reached
 * at {@link #URL}: over TLS through the {@link EgressProxy}, which relays plain HTTP to this fake on
 * 127.0.0.1:{@link #PORT}. By default it is having a bad day: every question gets 503, and realms that choose the {@code http}
 * verifier see "unavailable". {@link #knowsOnly} makes it answer the contract for one person of record.
 */
public final class FakeVerificationService {

    public static final int PORT = FakePorts.shifted(8596);
    public static final String URL = "https://bureau." + EgressProxy.DOMAIN + ":" + PORT + "/verify";
    public static final String AUTHORIZATION = "Bearer test-bureau-token";
    private static final FakeVerificationService INSTANCE = new FakeVerificationService();

    /** The reference the bureau gives the one person it knows. */
    public static final String PERSON_REFERENCE = "bureau-person-1";

    private final AtomicInteger questions = new AtomicInteger();
    private final Map<String, AtomicInteger> questionsByOperation = new ConcurrentHashMap<>();
    private volatile ProofingPerson known;
    private volatile long answerDelayMillis;
    private HttpServer server;
    private volatile boolean started;

    public static synchronized FakeVerificationService get() {
        if (INSTANCE.server == null) {
            INSTANCE.start();
        }
        return INSTANCE;
    }

    /** Resets this fake if this test JVM has started it; never starts one (its port may not be this JVM's to take). */
    static void resetIfStarted() {
        synchronized (INSTANCE) {
            if (INSTANCE.started) {
                INSTANCE.reset();
            }
        }
    }

    private void start() {
        started = true;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + PORT + " is taken; this loopback fake needs it. Stop what holds it (`ss -ltnp | grep :" + PORT + "` names it)", e);
        }
        server.createContext("/verify", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] question = in.readAllBytes();
                recordSensitiveValues(question);
                questions.incrementAndGet();
                if (answerDelayMillis > 0) {
                    try {
                        Thread.sleep(answerDelayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                ProofingPerson person = known;
                boolean authorized = AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"));
                int status = person == null ? 503 : authorized ? 200 : 401;
                String answerJson = switch (status) {
                    case 200 -> answer(person, question);
                    case 401 -> "{\"error\":\"unauthorized\"}";
                    default -> "{\"error\":\"maintenance\"}";
                };
                byte[] answer = answerJson.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    /** The tax id, date of birth, account number and phone number a question carries, for the leak check. */
    private static void recordSensitiveValues(byte[] question) {
        JsonNode body;
        try {
            body = JsonSerialization.mapper.readTree(question);
        } catch (IOException notJson) {
            return;
        }
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, body.at("/identity/taxId").asText(null));
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, body.at("/identity/dateOfBirth").asText(null));
        SensitiveValues.record(SensitiveValues.Kind.ACCOUNT_NUMBER, body.at("/account/number").asText(null));
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, body.path("phone").asText(null));
    }

    /** From now on, answers the contract for this one person of record (and no one else matches); until {@link #reset}. */
    public FakeVerificationService knowsOnly(ProofingPerson person) {
        known = person;
        return this;
    }

    /** From now on, answers each question only after {@code delay} (a bureau slower than the verifier's timeout). */
    public FakeVerificationService answerAfter(java.time.Duration delay) {
        answerDelayMillis = delay.toMillis();
        return this;
    }

    /** Back to answering every question with 503 at once, with no questions counted. */
    public synchronized FakeVerificationService reset() {
        known = null;
        answerDelayMillis = 0;
        questions.set(0);
        questionsByOperation.clear();
        return this;
    }

    /** How many questions of one operation (e.g. {@code match-identity}) the verifier asked so far. */
    public int questions(String operation) {
        AtomicInteger count = questionsByOperation.get(operation);
        return count == null ? 0 : count.get();
    }

    private String answer(ProofingPerson person, byte[] question) {
        JsonNode body;
        try {
            body = JsonSerialization.mapper.readTree(question);
        } catch (IOException notJson) {
            return "{}";
        }
        String operation = body.path("operation").asText();
        questionsByOperation.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        boolean ours = PERSON_REFERENCE.equals(body.path("personReference").asText());
        return switch (operation) {
            case "match-identity" -> {
                JsonNode identity = body.path("identity");
                boolean matched = digits(person.taxId()).equals(identity.path("taxId").asText())
                        && person.dateOfBirth().equals(identity.path("dateOfBirth").asText())
                        && person.lastName().equalsIgnoreCase(identity.path("lastName").asText())
                        && person.zip().equals(identity.at("/address/zip").asText());
                yield matched
                        ? "{\"matched\":true,\"personReference\":\"" + PERSON_REFERENCE + "\",\"hasPhone\":true,\"hasAccount\":true}"
                        : "{\"matched\":false}";
            }
            case "match-financial-account" -> "{\"matched\":" + (ours && digits(person.card()).equals(body.at("/account/number").asText())) + "}";
            case "match-phone" -> "{\"result\":\"" + (ours && person.mobile().equals(body.path("phone").asText()) ? "MATCHED" : "NOT_ON_RECORD") + "\"}";
            case "address-of-record" -> "{\"address\":null}";
            default -> "{}";
        };
    }

    private static String digits(String value) {
        return value.replaceAll("[^0-9]", "");
    }

    /** How many questions the verifier asked so far. */
    public int questions() {
        return questions.get();
    }
}
