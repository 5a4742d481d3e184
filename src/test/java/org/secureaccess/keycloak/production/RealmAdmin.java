package org.secureaccess.keycloak.production;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SensitiveValues;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * The admin REST API of one realm of a production-mode server, as the bootstrap admin ({@code admin}/{@code admin} of
 * the master realm) calls it: Keycloak's own endpoints and ours. {@code route} maps each request to the server that
 * receives it (identity for one server; a cluster's load balancer for two nodes).
 */
final class RealmAdmin {

    private final String baseUrl;
    private final String realm;
    private final UnaryOperator<URI> route;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenAt = Instant.EPOCH;
    private String realmId;

    RealmAdmin(String baseUrl, String realm, UnaryOperator<URI> route) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.route = route;
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(route.apply(URI.create(baseUrl + "/admin/realms/" + realm + path)))
                .method(method, publisher)
                .header("Authorization", "Bearer " + token());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private synchronized String token() throws Exception {
        // The master realm's access tokens live 60 s.
        if (token == null || Instant.now().isAfter(tokenAt.plusSeconds(30))) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(route.apply(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("No admin token: " + answer.statusCode() + " " + answer.body());
            }
            token = JsonSerialization.mapper.readTree(answer.body()).get("access_token").asText();
            tokenAt = Instant.now();
        }
        return token;
    }

    static HttpResponse<String> requireOk(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(what + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /**
     * A person with {@link TestUsers#PASSWORD}, a site phrase, (when {@code provedEarlier}) identity proofing done before,
     * and any further credentials (e.g. {@link TestUsers#otp}); returns the id.
     */
    String createUser(String username, boolean provedEarlier, Object... moreCredentials) throws Exception {
        Map<String, List<String>> attributes = new HashMap<>(Map.of(
                TestUsers.SITE_PHRASE_ATTRIBUTE, List.of("Phrase of " + username),
                TestUsers.SITE_IMAGE_ATTRIBUTE, List.of(TestUsers.SITE_IMAGE)));
        if (provedEarlier) {
            attributes.put(TestUsers.PRIOR_PROOFING_ATTRIBUTE, List.of("get-transcript-online"));
        }
        List<Object> credentials = new ArrayList<>(List.of(Map.of("type", "password", "value", TestUsers.PASSWORD, "temporary", false)));
        credentials.addAll(List.of(moreCredentials));
        Map<String, Object> user = Map.of("username", username, "email", username + "@example.com", "emailVerified", true,
                "firstName", "Test", "lastName", username, "enabled", true, "attributes", attributes, "credentials", credentials);
        HttpResponse<String> created = requireOk(send("POST", "/users", "application/json", JsonSerialization.writeValueAsString(user)),
                "create " + username);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Gives the person a verified phone for texted codes, through our admin endpoint. */
    void setPhone(String userId, String e164) throws Exception {
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, e164);
        requireOk(send("PUT", "/secure-access-phones/users/" + userId, "application/json",
                JsonSerialization.writeValueAsString(Map.of("phoneNumber", e164))), "set phone");
    }

    /** Marks the person's identity as verified by an exception, through our admin endpoint. */
    void grantProofingException(String userId, String method, String reason) throws Exception {
        requireOk(send("POST", "/secure-access-proofing/users/" + userId + "/exception", "application/json",
                JsonSerialization.writeValueAsString(Map.of("method", method, "reason", reason))), "proofing exception");
    }

    void mergeReferenceRecords(String... rows) throws Exception {
        for (String row : rows) {
            ReferenceRecords.recordSensitiveValues(row);
        }
        HttpResponse<String> response = requireOk(send("POST", "/secure-access-reference-records/import?mode=merge", "text/csv; charset=utf-8",
                ReferenceRecords.HEADER + "\n" + String.join("\n", rows) + "\n"), "reference records");
        if (!response.body().contains("\"rejected\":0")) {
            throw new AssertionError("Reference records rejected: " + response.body());
        }
    }

    synchronized String realmId() throws Exception {
        if (realmId == null) {
            realmId = JsonSerialization.mapper.readTree(requireOk(send("GET", "", null, null), "realm").body()).get("id").asText();
        }
        return realmId;
    }
}
