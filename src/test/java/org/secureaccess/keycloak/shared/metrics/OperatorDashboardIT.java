package org.secureaccess.keycloak.shared.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator's view: the metrics the extension records on Keycloak's metrics endpoint, and the Grafana dashboard
 * (docs/grafana/secure-access.json) built on them. The suite runs this class last (its {@link Order}), so the dashboard
 * check sees what the whole suite made happen: texts, letters, verifier calls, lockouts, proofing stages. Run alone, it
 * names the metrics nothing has recorded yet.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
@Order(Integer.MAX_VALUE)
class OperatorDashboardIT {

    private static final Path DASHBOARD = Path.of("docs", "grafana", "secure-access.json");
    private static final Pattern METRIC_NAME = Pattern.compile("\\b((?:secure_access|keycloak)_[a-z_]+)\\b");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    /** One metric sample: its name, labels and value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    @Test
    void aTextedSignInIsCountedAndTimedForItsSenderPurposeAndOutcome() throws Exception {
        Map<String, String> sentSecurityCode = Map.of("provider", "webhook", "purpose", "security_code", "outcome", "sent");
        double textsBefore = value(scrape(), "secure_access_sms_send_seconds_count", sentSecurityCode);
        double loginsBefore = value(scrape(), "keycloak_user_events_total", Map.of("realm", realm.getName(), "event", "login", "error", ""));

        TestUsers.createWithPhone(realm, admin, "metrics-texted", "(202) 555-0177");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = person.signIn(app.authorizationUrl(), "metrics-texted", TestUsers.PASSWORD);
            page = person.continueFromSecurityInformation(person.smsCode(page, sms.lastCodeTo("+12025550177")));
            assertFalse(HttpSignIn.authorizationCode(page).isBlank(), "signed in with the texted code");
        }

        List<Sample> after = scrape();
        assertEquals(textsBefore + 1, value(after, "secure_access_sms_send_seconds_count", sentSecurityCode),
                "one text, counted for the webhook sender as a sent security code");
        assertTrue(value(after, "secure_access_sms_send_seconds_sum", sentSecurityCode) > 0, "and its time recorded");
        assertEquals(loginsBefore + 1, value(after, "keycloak_user_events_total",
                Map.of("realm", realm.getName(), "event", "login", "error", "")), "Keycloak's event metric counted the sign-in");
        assertEquals(0, after.stream().filter(sample -> sample.name().startsWith("secure_access_"))
                .filter(sample -> sample.labels().values().stream().anyMatch(value -> value.contains("555") || value.contains("metrics-texted")))
                .count(), "no tag carries a phone number or a username");
    }

    @Test
    void everyMetricTheDashboardChartsIsOnTheMetricsEndpointAfterTheSuite() throws Exception {
        JsonNode dashboard = JsonSerialization.mapper.readTree(Files.readString(DASHBOARD));
        Set<String> charted = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher names = METRIC_NAME.matcher(target.get("expr").asText());
                while (names.find()) {
                    charted.add(names.group(1));
                }
            }
        }
        assertTrue(charted.size() >= 9, "the dashboard charts texts, letters, verifier calls, lockouts, proofing, history and "
                + "sign-ins: " + charted);

        Set<String> exposed = new TreeSet<>();
        scrape().forEach(sample -> exposed.add(sample.name()));
        List<String> missing = new ArrayList<>(charted);
        missing.removeAll(exposed);
        assertTrue(missing.isEmpty(), "charted but not on " + urls.getMetric() + " after the suite: " + missing
                + " (exposed by the extension: " + exposed.stream().filter(name -> name.startsWith("secure_access_")).toList() + ")");
    }

    private List<Sample> scrape() throws IOException, InterruptedException {
        // HTTP/1.1: the JDK client's default upgrade attempt to HTTP/2 has been seen to misread the management port's answer.
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(urls.getMetric())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "the metrics endpoint answers");
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    /** The value of the one sample with this name whose labels include these; 0 when there is none yet. */
    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> matching = samples.stream().filter(sample -> sample.name().equals(name))
                .filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet())).toList();
        assertTrue(matching.size() <= 1, "one series of " + name + labels + ": " + matching);
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }
}
