package org.secureaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark realms and their people. Both are realm-export.json itself (same password policy and hashing, same
 * settings), plus Keycloak's own browser flow (username-and-password form, then Keycloak's OTP form) bound to a copy
 * of demo-app called bench-stock. Ours keeps the login-history listener; the control realm, a copy under another name
 * without it, serves the stock flow (stock Keycloak has no such listener) and our flow with the listener off. Two realms
 * let two of these run at the same time on the same server.
 */
final class Seeder {

    static final String PASSWORD = "Bench-Correct-Horse-2026";
    static final String STOCK_FLOW = "bench stock browser";
    static final String HISTORY_LISTENER = "secure-access-login-history";
    static final String CONTROL_SUFFIX = "-control";
    static final List<String> AREA_CODES = List.of("202", "206", "312", "415", "617", "646");

    private final Admin admin;
    private final String realm;
    private final SecureRandom random = new SecureRandom();

    Seeder(Admin admin, String realm) {
        this.admin = admin;
        this.realm = realm;
    }

    /**
     * Writes realm-export.json with the stock flow and the bench-stock client added, and the control copy of it, for
     * import; returns their names, ours first.
     */
    static List<String> writeRealms(Path realmExport, Path importDir) throws IOException {
        ObjectNode ours = withStockFlow(realmExport);
        ObjectNode control = ours.deepCopy();
        String name = ours.path("realm").asText();
        control.put("realm", name + CONTROL_SUFFIX);
        control.put("displayName", ours.path("displayName").asText(name) + " (benchmark control, no login history)");
        ArrayNode listeners = Admin.JSON.createArrayNode();
        for (JsonNode listener : ours.path("eventsListeners")) {
            if (!HISTORY_LISTENER.equals(listener.asText())) {
                listeners.add(listener.asText());
            }
        }
        if (listeners.size() == ours.path("eventsListeners").size()) {
            throw new IOException(realmExport + " does not switch on the event listener " + HISTORY_LISTENER);
        }
        control.set("eventsListeners", listeners);
        Files.createDirectories(importDir);
        List<String> names = new ArrayList<>();
        for (ObjectNode rep : List.of(ours, control)) {
            names.add(rep.path("realm").asText());
            Admin.JSON.writerWithDefaultPrettyPrinter().writeValue(importDir.resolve(names.get(names.size() - 1) + "-realm.json").toFile(), rep);
        }
        return names;
    }

    private static ObjectNode withStockFlow(Path realmExport) throws IOException {
        ObjectNode rep = (ObjectNode) Admin.JSON.readTree(realmExport.toFile());
        ArrayNode flows = (ArrayNode) rep.get("authenticationFlows");
        flows.add(flow(STOCK_FLOW, true, List.of(
                execution("auth-cookie", null, "ALTERNATIVE", 10),
                execution(null, "bench stock forms", "ALTERNATIVE", 20))));
        flows.add(flow("bench stock forms", false, List.of(
                execution("auth-username-password-form", null, "REQUIRED", 10),
                execution("auth-otp-form", null, "REQUIRED", 20))));
        ArrayNode clients = (ArrayNode) rep.get("clients");
        ObjectNode stock = null;
        for (JsonNode client : clients) {
            if (Plan.OUR_CLIENT.equals(client.path("clientId").asText())) {
                stock = client.deepCopy();
            }
        }
        if (stock == null) {
            throw new IOException(realmExport + " has no client " + Plan.OUR_CLIENT);
        }
        stock.remove("id");
        stock.put("clientId", Plan.STOCK_CLIENT);
        stock.put("name", "Benchmark: stock Keycloak browser flow");
        ArrayNode mappers = Admin.JSON.createArrayNode();
        for (JsonNode mapper : stock.path("protocolMappers")) {
            // Our verified-claims mapper belongs to the extension; stock Keycloak has only its own amr mapper.
            if (!mapper.path("protocolMapper").asText().startsWith("secure-access")) {
                mappers.add(mapper);
            }
        }
        stock.set("protocolMappers", mappers);
        clients.add(stock);
        return rep;
    }

    private static ObjectNode flow(String alias, boolean topLevel, List<ObjectNode> executions) {
        ObjectNode flow = Admin.JSON.createObjectNode();
        flow.put("alias", alias);
        flow.put("description", "Benchmark: Keycloak's own browser flow, password and OTP form");
        flow.put("providerId", "basic-flow");
        flow.put("topLevel", topLevel);
        flow.put("builtIn", false);
        flow.set("authenticationExecutions", Admin.JSON.valueToTree(executions));
        return flow;
    }

    private static ObjectNode execution(String authenticator, String flowAlias, String requirement, int priority) {
        ObjectNode execution = Admin.JSON.createObjectNode();
        if (authenticator != null) {
            execution.put("authenticator", authenticator);
            execution.put("authenticatorFlow", false);
        } else {
            execution.put("flowAlias", flowAlias);
            execution.put("authenticatorFlow", true);
        }
        execution.put("requirement", requirement);
        execution.put("priority", priority);
        execution.put("userSetupAllowed", false);
        return execution;
    }

    /** Binds the stock flow to bench-stock (a browser-flow override: the realm's own binding stays ours). */
    void bindStockFlow() throws IOException, InterruptedException {
        String flowId = null;
        for (JsonNode flow : admin.call("GET", "/" + realm + "/authentication/flows", null)) {
            if (STOCK_FLOW.equals(flow.path("alias").asText())) {
                flowId = flow.path("id").asText();
            }
        }
        if (flowId == null) {
            throw new IOException("The imported realm lacks the flow '" + STOCK_FLOW + "'");
        }
        ObjectNode client = (ObjectNode) admin.call("GET", "/" + realm + "/clients?clientId=" + Plan.STOCK_CLIENT, null).get(0);
        ObjectNode overrides = Admin.JSON.createObjectNode();
        overrides.put("browser", flowId);
        client.set("authenticationFlowBindingOverrides", overrides);
        admin.call("PUT", "/" + realm + "/clients/" + client.path("id").asText(), client);
    }

    String realmId() throws IOException, InterruptedException {
        return admin.call("GET", "/" + realm, null).path("id").asText();
    }

    void logoutAll() throws IOException, InterruptedException {
        admin.call("POST", "/" + realm + "/logout-all", null);
    }

    /**
     * Ends every session and empties Keycloak's user, realm and keys caches, so that a heap reading taken next holds
     * neither live sessions nor however many people the last runs happened to put in the caches.
     */
    void settleForHeapReading() throws IOException, InterruptedException {
        logoutAll();
        for (String cache : new String[] {"clear-user-cache", "clear-realm-cache", "clear-keys-cache"}) {
            admin.call("POST", "/" + realm + "/" + cache, null);
        }
    }

    /** People who sign in with an authenticator app, each with a secret of their own. */
    UserPool appUsers(String prefix, int count) throws Exception {
        return create(prefix, count, false);
    }

    /** People who sign in with texted codes, each with a distinct fictional U.S. number (555-0100 to 555-0199). */
    UserPool phoneUsers(String prefix, int count) throws Exception {
        if (count > AREA_CODES.size() * 100) {
            throw new IllegalArgumentException("At most " + AREA_CODES.size() * 100 + " phone users");
        }
        return create(prefix, count, true);
    }

    private UserPool create(String prefix, int count, boolean phone) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<UserPool.User>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> createOne(prefix + "-" + n, phone ? number(n) : null)));
            }
            List<UserPool.User> users = new ArrayList<>();
            for (Future<UserPool.User> future : futures) {
                users.add(future.get());
            }
            return new UserPool(prefix, users);
        } finally {
            pool.shutdown();
        }
    }

    private static String number(int n) {
        return "+1" + AREA_CODES.get(n / 100) + "55501" + String.format("%02d", n % 100);
    }

    private UserPool.User createOne(String username, String phone) throws IOException, InterruptedException {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("email", username + "@bench.example.com");
        user.put("emailVerified", true);
        user.put("firstName", "Bench");
        user.put("lastName", username);
        user.put("enabled", true);
        // Proofed by an earlier process, with a site phrase and picture: no required action at sign-in.
        user.put("attributes", Map.of(
                "priorIdentityProofing", List.of("get-transcript-online"),
                "sitePhrase", List.of("Phrase of " + username),
                "siteImage", List.of("lighthouse")));
        List<Map<String, Object>> credentials = new ArrayList<>();
        credentials.add(Map.of("type", "password", "value", PASSWORD, "temporary", false));
        String secret = null;
        if (phone == null) {
            secret = randomSecret();
            credentials.add(Map.of("type", "otp", "userLabel", "Authenticator app",
                    "secretData", Admin.JSON.writeValueAsString(Map.of("value", secret)),
                    "credentialData", Admin.JSON.writeValueAsString(
                            Map.of("subType", "totp", "digits", 6, "counter", 0, "period", 30, "algorithm", "HmacSHA1"))));
        }
        user.put("credentials", credentials);
        String id = admin.createUser(realm, user);
        if (phone != null) {
            admin.call("PUT", "/" + realm + "/secure-access-phones/users/" + id, Map.of("phoneNumber", phone));
        }
        return new UserPool.User(username, id, secret, phone);
    }

    private String randomSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return secret.toString();
    }
}
