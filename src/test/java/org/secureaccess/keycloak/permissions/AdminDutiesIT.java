package org.secureaccess.keycloak.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may change what identity proofing trusts. The attack: a helpdesk administrator holding nothing but
 * {@code manage-users} imports a made-up person of record, verifies someone by exception, resets someone's proofing,
 * or gives themselves the role that would allow it. Each must be refused and change nothing. The way that remains:
 * an administrator who manages the realm gives the role, and its holder's import is an admin event.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class AdminDutiesIT {

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    /** A realm configured by hand (not from realm-export.json), to show that the extension gives it the roles. */
    @InjectRealm(ref = "by-hand", config = ByHandRealm.class)
    ManagedRealm byHand;

    @InjectAdminClient
    Keycloak admin;

    private Accounts accounts;
    private AdminApi api;
    private String helpdesk;
    private String helpdeskToken;

    static class ByHandRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.adminEventsEnabled(true);
        }
    }

    @BeforeAll
    static void recordSecrets() {
        AdminApi.recordSecretsForTheServerLogScan();
    }

    @BeforeEach
    void helpdeskAdministrator() throws Exception {
        for (String duty : List.of(AdminApi.RECORDS_ADMIN, AdminApi.PROOFING_ADMIN)) {
            // realm-export.json ships both roles (checked below); this only matters for a build that does not.
            if (realm.admin().roles().list(duty, true).stream().noneMatch(r -> r.getName().equals(duty))) {
                realm.admin().roles().create(new RoleRepresentation(duty, "created by the test", false));
            }
        }
        accounts = Accounts.in(realm.admin(), realm.getBaseUrl(), Accounts.PROVED_EARLIER);
        api = new AdminApi(realm.getBaseUrl());
        helpdesk = accounts.create("helpdesk", List.of("manage-users"), List.of());
        helpdeskToken = accounts.token("helpdesk", "AdminDutiesIT/helpdesk");
        assertEquals(200, api.delete("secure-access-reference-records/records", superAdmin()).statusCode());
    }

    @AfterEach
    void removeAccounts() {
        accounts.close();
        realm.admin().groups().groups().stream().filter(g -> g.getName().startsWith("duty-"))
                .forEach(g -> realm.admin().groups().group(g.getId()).remove());
        realm.admin().users().search("duty-accomplice", true).forEach(u -> realm.admin().users().get(u.getId()).remove());
    }

    private String superAdmin() {
        return admin.tokenManager().getAccessTokenString();
    }

    private JsonNode summary() throws Exception {
        HttpResponse<String> response = api.get("secure-access-reference-records/summary", superAdmin());
        assertEquals(200, response.statusCode(), response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private JsonNode proofingStatus(String userId) throws Exception {
        HttpResponse<String> response = api.get("secure-access-proofing/users/" + userId, superAdmin());
        assertEquals(200, response.statusCode(), response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private RoleRepresentation role(String name) {
        return realm.admin().roles().get(name).toRepresentation();
    }

    private List<String> realmRolesOf(String userId) {
        return realm.admin().users().get(userId).roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName).toList();
    }

    @Test
    void aHelpdeskAdministratorWithManageUsersCannotImportAPersonOfRecord() throws Exception {
        HttpResponse<String> csv = api.post("secure-access-reference-records/import?mode=merge", helpdeskToken, "text/csv",
                AdminApi.MADE_UP_PERSON_CSV);
        assertEquals(403, csv.statusCode(), "manage-users imported a made-up person of record: " + csv.body());
        HttpResponse<String> json = api.post("secure-access-reference-records/import?mode=replace", helpdeskToken, "application/json",
                AdminApi.MADE_UP_PERSON_JSON);
        assertEquals(403, json.statusCode(), json.body());

        api.post("secure-access-reference-records/import?mode=merge", superAdmin(), "text/csv", AdminApi.MADE_UP_PERSON_CSV);
        HttpResponse<String> removal = api.delete("secure-access-reference-records/records", helpdeskToken);
        assertEquals(403, removal.statusCode(), "manage-users removed the records of record: " + removal.body());
        assertEquals(1, summary().get("people").asInt(), "the records are as the server's administrator left them");
    }

    @Test
    void aHelpdeskAdministratorWithManageUsersCannotVerifySomeoneByExceptionNorResetTheirProofing() throws Exception {
        String person = TestUsers.createUnproofed(realm, "duty-unproofed");
        String exception = JsonSerialization.writeValueAsString(Map.of("method", "telephone", "reason", "called the helpdesk"));

        HttpResponse<String> granted = api.post("secure-access-proofing/users/" + person + "/exception", helpdeskToken, "application/json", exception);
        assertEquals(403, granted.statusCode(), "manage-users verified a person by exception: " + granted.body());
        assertEquals("NOT_STARTED", proofingStatus(person).get("status").asText());

        assertEquals(200, api.post("secure-access-proofing/users/" + person + "/exception", superAdmin(), "application/json", exception).statusCode());
        HttpResponse<String> reset = api.delete("secure-access-proofing/users/" + person, helpdeskToken);
        assertEquals(403, reset.statusCode(), "manage-users reset a person's proofing: " + reset.body());
        assertEquals("VERIFIED", proofingStatus(person).get("status").asText());
    }

    @Test
    void aHelpdeskAdministratorCannotGiveThemselvesEitherRoleDirectlyOrThroughAGroup() throws Exception {
        for (String duty : List.of(AdminApi.RECORDS_ADMIN, AdminApi.PROOFING_ADMIN)) {
            String roles = JsonSerialization.writeValueAsString(List.of(role(duty)));

            HttpResponse<String> self = api.post("users/" + helpdesk + "/role-mappings/realm", helpdeskToken, "application/json", roles);
            assertEquals(403, self.statusCode(), "manage-users gave itself " + duty + ": " + self.body());
            assertFalse(realmRolesOf(helpdesk).contains(duty), "and the grant was rolled back");

            // A group of the helpdesk's own making, given the role.
            HttpResponse<String> created = api.post("groups", helpdeskToken, "application/json",
                    JsonSerialization.writeValueAsString(Map.of("name", "duty-own-" + duty)));
            assertEquals(201, created.statusCode(), created.body());
            String ownGroup = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            HttpResponse<String> groupGrant = api.post("groups/" + ownGroup + "/role-mappings/realm", helpdeskToken, "application/json", roles);
            assertEquals(403, groupGrant.statusCode(), "manage-users gave " + duty + " to a group: " + groupGrant.body());
            assertTrue(realm.admin().groups().group(ownGroup).roles().realmLevel().listAll().isEmpty());

            // A group that carries the role, set up by the server's administrator: joining it, or a subgroup of it.
            GroupRepresentation dutyGroup = new GroupRepresentation();
            dutyGroup.setName("duty-holders-" + duty);
            realm.admin().groups().add(dutyGroup).close();
            String dutyGroupId = realm.admin().groups().groups("duty-holders-" + duty, 0, 1).get(0).getId();
            realm.admin().groups().group(dutyGroupId).roles().realmLevel().add(List.of(role(duty)));

            HttpResponse<String> joined = api.putEmpty("users/" + helpdesk + "/groups/" + dutyGroupId, helpdeskToken);
            assertEquals(403, joined.statusCode(), "manage-users joined a group that gives " + duty + ": " + joined.body());
            assertFalse(realmRolesOf(helpdesk).contains(duty));

            HttpResponse<String> newUser = api.post("users", helpdeskToken, "application/json", JsonSerialization.writeValueAsString(Map.of(
                    "username", "duty-accomplice", "enabled", true, "groups", List.of("/duty-holders-" + duty))));
            assertEquals(403, newUser.statusCode(), "manage-users created a user in a group that gives " + duty + ": " + newUser.body());
            assertTrue(realm.admin().users().search("duty-accomplice", true).isEmpty(), "and the user was not created");

            HttpResponse<String> subgroup = api.post("groups/" + dutyGroupId + "/children", helpdeskToken, "application/json",
                    JsonSerialization.writeValueAsString(Map.of("name", "duty-sub")));
            assertEquals(403, subgroup.statusCode(), "manage-users added a subgroup under a group that gives " + duty + ": " + subgroup.body());
            HttpResponse<String> moved = api.post("groups/" + dutyGroupId + "/children", helpdeskToken, "application/json",
                    JsonSerialization.writeValueAsString(Map.of("id", ownGroup, "name", "duty-own-" + duty)));
            assertEquals(403, moved.statusCode(), "manage-users moved its own group under a group that gives " + duty + ": " + moved.body());
            assertTrue(realm.admin().groups().group(dutyGroupId).getSubGroups(0, 10, true).isEmpty(), "and the group stayed where it was");
        }
    }

    @Test
    void anAdministratorWhoManagesTheRealmGivesTheRoleAndItsHoldersImportIsAnAdminEvent() throws Exception {
        accounts.create("realm-manager", List.of("realm-admin"), List.of());
        String managerToken = accounts.token("realm-manager", "AdminDutiesIT/realm-manager");
        HttpResponse<String> given = api.post("users/" + helpdesk + "/role-mappings/realm", managerToken, "application/json",
                JsonSerialization.writeValueAsString(List.of(role(AdminApi.RECORDS_ADMIN))));
        assertEquals(204, given.statusCode(), given.body());

        realm.admin().clearAdminEvents();
        String holderToken = accounts.token("helpdesk", "AdminDutiesIT/records-admin");
        HttpResponse<String> imported = api.post("secure-access-reference-records/import?mode=merge", holderToken, "text/csv",
                AdminApi.MADE_UP_PERSON_CSV);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, summary().get("people").asInt());

        List<AdminEventRepresentation> events = realm.admin().getAdminEvents().stream()
                .filter(e -> "SECURE_ACCESS_REFERENCE_RECORDS".equals(e.getResourceType())).toList();
        assertEquals(1, events.size(), events.toString());
        assertEquals(helpdesk, events.get(0).getAuthDetails().getUserId(), "the event names who imported");
        assertEquals(realm.getId(), events.get(0).getAuthDetails().getRealmId());
        assertFalse(JsonSerialization.writeValueAsString(events).contains(AdminApi.MADE_UP_DATE_OF_BIRTH), "counts only");
    }

    @Test
    void nobodyPerformsADutyThroughAnImpersonatedSession() throws Exception {
        String holder = accounts.create("duty-holder", List.of(), List.of(AdminApi.RECORDS_ADMIN));
        HttpResponse<String> own = api.post("secure-access-reference-records/import?mode=merge", accounts.token("duty-holder", "AdminDutiesIT/own"),
                "text/csv", AdminApi.MADE_UP_PERSON_CSV);
        assertEquals(200, own.statusCode(), "the holder's own token may import: " + own.body());

        // The server's administrator impersonates the holder: Keycloak answers with the holder's session cookies.
        HttpResponse<String> impersonation = api.post("users/" + holder + "/impersonation", superAdmin(), "application/json", "{}");
        assertEquals(200, impersonation.statusCode(), impersonation.body());
        HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
        browser.acceptCookies(impersonation.headers().allValues("Set-Cookie"));
        ClientRepresentation demoApp = realm.admin().clients().findByClientId("demo-app").get(0);
        assertTrue(demoApp.isFullScopeAllowed(), "demo-app's tokens carry every role of the person (so a refusal is not about scope)");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser.Page page = browser.open(app.authorizationUrl());
            if (page.has("#sa-security-form")) {
                page = new HttpSignIn(browser).continueFromSecurityInformation(page);
            }
            DemoApp.Tokens tokens = app.exchange(HttpSignIn.authorizationCode(page));
            assertEquals(holder, tokens.accessToken().get("sub").asText(), "a token of the impersonated holder");

            HttpResponse<String> impersonated = api.post("secure-access-reference-records/import?mode=replace", tokens.rawAccessToken(),
                    "text/csv", AdminApi.MADE_UP_PERSON_CSV);
            assertEquals(403, impersonated.statusCode(), "a duty performed through impersonation: " + impersonated.body());
            assertEquals(1, summary().get("people").asInt(), "the records are untouched");
        }
    }

    @Test
    void theRealmAsShippedAndARealmConfiguredByHandBothHaveTheRoles() {
        RealmRepresentation shipped = DemoRealmConfig.load();
        assertNotNull(shipped.getRoles(), "realm-export.json lists realm roles");
        List<String> shippedRoles = shipped.getRoles().getRealm().stream().map(RoleRepresentation::getName).toList();
        assertTrue(shippedRoles.containsAll(List.of(AdminApi.RECORDS_ADMIN, AdminApi.PROOFING_ADMIN)), shippedRoles.toString());

        for (String duty : List.of(AdminApi.RECORDS_ADMIN, AdminApi.PROOFING_ADMIN)) {
            RoleRepresentation created = byHand.admin().roles().get(duty).toRepresentation();
            assertTrue(created.getDescription().startsWith("Secure Access: "), created.getDescription());
            assertFalse(Boolean.TRUE.equals(created.isComposite()), "the role gives nothing else");
            assertTrue(byHand.admin().roles().get(duty).getUserMembers(0, 10).isEmpty(), "and nobody holds it until given");
        }
    }
}
