package org.secureaccess.keycloak.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.permissions.PermissionMatrix.Before;
import org.secureaccess.keycloak.permissions.PermissionMatrix.Caller;
import org.secureaccess.keycloak.permissions.PermissionMatrix.Endpoint;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs {@link PermissionMatrix}: every endpoint the extension adds, called over real HTTP by every kind of caller with
 * a real token, against the realm as realm-export.json ships it. Each answer must be the table's status; each permitted
 * change must be exactly one admin event naming the caller, and each refused or rejected call none. All cells are run
 * and every difference is reported at once.
 *
 * <p>Callers: people and administrators of the realm (roles given by the server's administrator), an administrator of
 * the administration realm who holds only {@code manage-users} of this realm, the server's administrator (the Test
 * Framework's admin client), and an administrator of another realm holding {@code realm-admin} and both duty roles
 * there. How their tokens are obtained, and why, is in {@link Accounts}.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class PermissionMatrixIT {

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectRealm(ref = "another-realm", config = AnotherRealm.class)
    ManagedRealm anotherRealm;

    @InjectAdminClient
    Keycloak admin;

    static class AnotherRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm;
        }
    }

    /** A token is used for at most this long before a new one is asked for (the realm's tokens live 5 minutes). */
    private static final long TOKEN_REUSE_MILLIS = 60_000;

    private Accounts inRealm;
    private Accounts inAnotherRealm;
    private Accounts inMaster;
    private AdminApi api;
    private String personId;
    private final Map<Caller, String> userIds = new EnumMap<>(Caller.class);
    private final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
    private final Map<Caller, Accounts> accountsOf = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Caller, Long> tokenTimes = new EnumMap<>(Caller.class);

    @BeforeAll
    static void recordSecrets() {
        AdminApi.recordSecretsForTheServerLogScan();
    }

    @BeforeEach
    void callers() throws Exception {
        api = new AdminApi(realm.getBaseUrl());
        inRealm = Accounts.in(realm.admin(), realm.getBaseUrl(), Accounts.PROVED_EARLIER);
        inAnotherRealm = Accounts.in(anotherRealm.admin(), anotherRealm.getBaseUrl(), Map.of());
        inMaster = Accounts.in(admin.realm("master"), realm.getBaseUrl().replaceAll("/realms/[^/]+$", "/realms/master"), Map.of());

        person(Caller.THE_PERSON, inRealm.create("pm-person", List.of(), List.of()), "pm-person", inRealm);
        personId = userIds.get(Caller.THE_PERSON);
        person(Caller.ANOTHER_PERSON, inRealm.create("pm-another-person", List.of(), List.of()), "pm-another-person", inRealm);
        person(Caller.VIEW_USERS, inRealm.create("pm-view-users", List.of("view-users"), List.of()), "pm-view-users", inRealm);
        person(Caller.MANAGE_USERS, inRealm.create("pm-manage-users", List.of("manage-users"), List.of()), "pm-manage-users", inRealm);
        person(Caller.RECORDS_ADMIN, inRealm.create("pm-records-admin", List.of(), List.of(AdminApi.RECORDS_ADMIN)), "pm-records-admin", inRealm);
        person(Caller.PROOFING_ADMIN, inRealm.create("pm-proofing-admin", List.of(), List.of(AdminApi.PROOFING_ADMIN)), "pm-proofing-admin",
                inRealm);
        person(Caller.PROOFING_ADMIN_AND_MANAGE_USERS, inRealm.create("pm-proofing-manager", List.of("manage-users"), List.of(AdminApi.PROOFING_ADMIN)),
                "pm-proofing-manager", inRealm);
        person(Caller.REALM_ADMIN, inRealm.create("pm-realm-admin", List.of("realm-admin"), List.of()), "pm-realm-admin", inRealm);
        person(Caller.MASTER_MANAGE_USERS, inMaster.create("pm-master-helpdesk", realm.getName() + "-realm", List.of("manage-users"), List.of()),
                "pm-master-helpdesk", inMaster);
        person(Caller.OTHER_REALM_ADMIN, inAnotherRealm.create("pm-other-realm-admin", List.of("realm-admin"),
                List.of(AdminApi.RECORDS_ADMIN, AdminApi.PROOFING_ADMIN)), "pm-other-realm-admin", inAnotherRealm);
        userIds.put(Caller.MASTER_ADMIN, DemoApp.claims(superAdmin()).get("sub").asText());
    }

    private void person(Caller caller, String id, String username, Accounts accounts) {
        userIds.put(caller, id);
        usernames.put(caller, username);
        accountsOf.put(caller, accounts);
    }

    @AfterEach
    void removeCallers() {
        inRealm.close();
        inAnotherRealm.close();
        inMaster.close();
    }

    private String superAdmin() {
        return admin.tokenManager().getAccessTokenString();
    }

    private String token(Caller caller) throws Exception {
        return switch (caller) {
            case ANONYMOUS -> null;
            case MASTER_ADMIN -> superAdmin();
            default -> {
                Long time = tokenTimes.get(caller);
                // Some permitted changes (a proofing reset) end every session of the person and revoke their tokens
                // by design, so the person always calls with a token obtained just before.
                if (time == null || caller == Caller.THE_PERSON || System.currentTimeMillis() - time > TOKEN_REUSE_MILLIS) {
                    tokens.put(caller, accountsOf.get(caller).token(usernames.get(caller), userAgent(caller)));
                    tokenTimes.put(caller, System.currentTimeMillis());
                }
                yield tokens.get(caller);
            }
        };
    }

    private static String userAgent(Caller caller) {
        return "PermissionMatrix/" + caller.name();
    }

    private String path(Endpoint endpoint) {
        String path = endpoint.path().replace("{id}", personId);
        if (path.startsWith("/realms/{realm}")) {
            return realm.getBaseUrl() + path.substring("/realms/{realm}".length());
        }
        return path;
    }

    private HttpResponse<String> call(Endpoint endpoint, String token) throws Exception {
        String path = path(endpoint);
        return switch (endpoint.method()) {
            case "GET" -> api.get(path, token);
            case "DELETE" -> api.delete(path, token);
            case "POST" -> api.post(path, token, endpoint.body().contentType, endpoint.body().content);
            case "PUT" -> api.put(path, token, endpoint.body().contentType, endpoint.body().content);
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }

    private void prepare(Before before) throws Exception {
        HttpResponse<String> response = switch (before) {
            case NOTHING -> null;
            case PERSON_HAS_NO_PHONE -> api.delete("secure-access-phones/users/" + personId, superAdmin());
            case PERSON_HAS_A_PHONE -> api.put("secure-access-phones/users/" + personId, superAdmin(), "application/json",
                    PermissionMatrix.Body.PHONE_JSON.content);
            case PERSON_VERIFIED_BY_EXCEPTION -> api.post("secure-access-proofing/users/" + personId + "/exception", superAdmin(),
                    "application/json", PermissionMatrix.Body.EXCEPTION_JSON.content);
            case ONE_PERSON_OF_RECORD -> api.post("secure-access-reference-records/import?mode=merge", superAdmin(), "text/csv",
                    AdminApi.MADE_UP_PERSON_CSV);
        };
        if (response != null && response.statusCode() / 100 != 2 && !(before == Before.PERSON_HAS_NO_PHONE && response.statusCode() == 404)) {
            throw new AssertionError("Could not prepare " + before + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The caller's admin events in the realm about this endpoint's resource. */
    private long adminEventsBy(Caller caller, Endpoint endpoint) {
        String userId = userIds.get(caller);
        if (userId == null) {
            return 0;
        }
        String resource = endpoint.path().replace("{id}", personId).replaceAll("\\?.*", "");
        List<AdminEventRepresentation> events = realm.admin().getAdminEvents(null, null, null, userId, null, null, null, null, 0, 10_000);
        return events.stream().filter(e -> e.getResourcePath() != null && e.getResourcePath().startsWith(resource)).count();
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        List<String> differences = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : PermissionMatrix.ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                prepare(endpoint.before());
                String token = token(caller);
                long eventsBefore = adminEventsBy(caller, endpoint);
                HttpResponse<String> response = call(endpoint, token);
                cells++;
                int expected = endpoint.expected(caller);
                if (response.statusCode() != expected) {
                    differences.add(endpoint.label() + " by " + caller.heading + ": expected " + expected + ", got " + response.statusCode()
                            + " " + abbreviate(response.body()));
                    continue;
                }
                boolean changed = endpoint.changes() && expected / 100 == 2;
                long newEvents = adminEventsBy(caller, endpoint) - eventsBefore;
                if (newEvents != (changed ? 1 : 0)) {
                    differences.add(endpoint.label() + " by " + caller.heading + ": " + newEvents + " admin events naming the caller, expected "
                            + (changed ? 1 : 0));
                }
            }
        }
        assertEquals(PermissionMatrix.ENDPOINTS.size() * Caller.values().length, cells);
        assertTrue(differences.isEmpty(), differences.size() + " of " + cells + " cells differ from the table:\n" + String.join("\n", differences));
    }

    @Test
    void eachCallerReadsOnlyTheirOwnHistory() throws Exception {
        String url = realm.getBaseUrl() + "/secure-access/login-history?max=100";
        String own = api.get(url, token(Caller.THE_PERSON)).body();
        String others = api.get(url, token(Caller.ANOTHER_PERSON)).body();
        assertTrue(own.contains(userAgent(Caller.THE_PERSON)), "the person's sign-in is in their history: " + own);
        assertTrue(others.contains(userAgent(Caller.ANOTHER_PERSON)), others);
        assertFalse(others.contains(userAgent(Caller.THE_PERSON)), "another person never sees the person's rows: " + others);
        String admins = api.get(url, token(Caller.REALM_ADMIN)).body();
        assertFalse(admins.contains(userAgent(Caller.THE_PERSON)), "nor does an administrator, through this endpoint: " + admins);
    }

    @Test
    void theRecordsSummaryIsCountsOnly() throws Exception {
        prepare(Before.ONE_PERSON_OF_RECORD);
        for (Caller reader : List.of(Caller.VIEW_USERS, Caller.RECORDS_ADMIN)) {
            HttpResponse<String> response = api.get("secure-access-reference-records/summary", token(reader));
            assertEquals(200, response.statusCode(), response.body());
            JsonNode summary = JsonSerialization.mapper.readTree(response.body());
            List<String> fields = new ArrayList<>();
            summary.fieldNames().forEachRemaining(fields::add);
            assertEquals(Set.of("people", "accounts", "phones"), Set.copyOf(fields), response.body());
            summary.forEach(count -> assertTrue(count.isIntegralNumber(), response.body()));
            for (String personal : List.of("Made", "Invented", AdminApi.MADE_UP_TAX_ID, AdminApi.MADE_UP_DATE_OF_BIRTH, "62704")) {
                assertFalse(response.body().contains(personal), personal + " in " + response.body());
            }
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
