package org.secureaccess.keycloak.permissions;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientPoliciesRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Accounts of one realm for permission tests, created through the admin API by the server's administrator, with real
 * tokens for them.
 *
 * <p>How the tokens are obtained, and why: a password grant on a confidential client that only this test creates,
 * whose direct-grant flow is bound (as a per-client override) to a password-only flow that this test also creates.
 * What is under test is how each endpoint treats a bearer token's holder, not how the holder signed in; the realm's
 * own direct-grant flow (which refuses, so that switching direct grants on can't open a password-only door) and its
 * browser flow (changed by other work, and a second factor per account) are left alone and do not make these tests
 * depend on them. Both the client and the flow exist only in the test realm and are removed after the test.
 */
final class Accounts implements AutoCloseable {

    static final String PASSWORD = "Correct-Horse-Battery-2026";
    private static final String CLIENT_ID = "permission-tests";
    private static final String FLOW_ALIAS = "permission-tests password only";

    /**
     * In the demo realm: verified by an earlier process. Otherwise an account created a moment before its first
     * sign-in looks like a person who just registered, whom the realm sends through identity proofing first.
     */
    static final Map<String, List<String>> PROVED_EARLIER = Map.of("priorIdentityProofing", List.of("get-transcript-online"));

    private final RealmResource realm;
    private final String realmUrl;
    private final Map<String, List<String>> attributes;
    private final String secret = "permission-tests-secret-" + Long.toHexString(System.nanoTime());
    private final List<Runnable> cleanup = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private Accounts(RealmResource realm, String realmUrl, Map<String, List<String>> attributes) {
        this.realm = realm;
        this.realmUrl = realmUrl;
        this.attributes = attributes;
    }

    /**
     * Sets up the test-only client and flow in {@code realm} (reached at {@code realmUrl}, e.g.
     * http://localhost:8080/realms/x); every account created here gets {@code attributes}.
     */
    static Accounts in(RealmResource realm, String realmUrl, Map<String, List<String>> attributes) {
        Accounts accounts = new Accounts(realm, realmUrl, attributes);
        accounts.createClientWithPasswordOnlyFlow();
        return accounts;
    }

    private void createClientWithPasswordOnlyFlow() {
        // The realm's client policy refuses any client that accepts the password grant; this test-only client is the
        // one exception, so the policy is lifted while it exists (restored last).
        ClientPoliciesRepresentation shipped = realm.clientPoliciesPoliciesResource().getPolicies();
        realm.clientPoliciesPoliciesResource().updatePolicies(new ClientPoliciesRepresentation());
        cleanup.add(() -> realm.clientPoliciesPoliciesResource().updatePolicies(shipped));
        AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
        flow.setAlias(FLOW_ALIAS);
        flow.setDescription("Test only: username and password, for the permission tests' own client");
        flow.setProviderId("basic-flow");
        flow.setTopLevel(true);
        flow.setBuiltIn(false);
        String flowId;
        try (Response response = realm.flows().createFlow(flow)) {
            flowId = CreatedResponseUtil.getCreatedId(response);
        }
        for (String authenticator : List.of("direct-grant-validate-username", "direct-grant-validate-password")) {
            realm.flows().addExecution(FLOW_ALIAS, Map.of("provider", authenticator));
        }
        for (AuthenticationExecutionInfoRepresentation execution : realm.flows().getExecutions(FLOW_ALIAS)) {
            execution.setRequirement("REQUIRED");
            realm.flows().updateExecutions(FLOW_ALIAS, execution);
        }

        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT_ID);
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(secret);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        client.setAuthenticationFlowBindingOverrides(Map.of("direct_grant", flowId));
        String clientId;
        try (Response response = realm.clients().create(client)) {
            clientId = CreatedResponseUtil.getCreatedId(response);
        }
        // Removed in reverse order: the client first, then the flow it is bound to.
        cleanup.add(() -> realm.flows().deleteFlow(flowId));
        cleanup.add(() -> realm.clients().get(clientId).remove());
    }

    /**
     * A person of this realm with a password, holding the given roles of the realm's {@code realm-management} client
     * and the given realm roles (given by the server's administrator); returns the user id.
     */
    String create(String username, List<String> realmManagementRoles, List<String> realmRoles) {
        return create(username, "realm-management", realmManagementRoles, realmRoles);
    }

    /**
     * As {@link #create(String, List, List)}, with roles of the client {@code rolesClientId} (in the administration
     * realm, {@code <realm>-realm} holds the roles for administering {@code <realm>}).
     */
    String create(String username, String rolesClientId, List<String> clientRoles, List<String> realmRoles) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName(username);
        user.setEnabled(true);
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        String id;
        try (Response response = realm.users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        cleanup.add(() -> realm.users().get(id).remove());
        if (!clientRoles.isEmpty()) {
            String rolesClient = realm.clients().findByClientId(rolesClientId).get(0).getId();
            List<RoleRepresentation> roles = clientRoles.stream()
                    .map(role -> realm.clients().get(rolesClient).roles().get(role).toRepresentation()).toList();
            realm.users().get(id).roles().clientLevel(rolesClient).add(roles);
        }
        if (!realmRoles.isEmpty()) {
            realm.users().get(id).roles().realmLevel().add(realmRoles.stream().map(role -> realm.roles().get(role).toRepresentation()).toList());
        }
        return id;
    }

    /** An access token for {@code username}, asked for with {@code userAgent} (the login history records it). */
    String token(String username, String userAgent) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + CLIENT_ID + "&client_secret=" + encode(secret) + "&username=" + encode(username)
                + "&password=" + encode(PASSWORD);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + username + " from the test client " + CLIENT_ID + ": " + response.statusCode() + " "
                    + response.body());
        }
        return JsonSerialization.mapper.readTree(response.body()).get("access_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            try {
                cleanup.get(i).run();
            } catch (RuntimeException alreadyGone) {
                // removed by the test itself, or with its realm
            }
        }
        cleanup.clear();
    }
}
