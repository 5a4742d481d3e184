package org.secureaccess.keycloak.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.SensitiveValues;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loading records of record through {@code /admin/realms/{realm}/secure-access-reference-records}: CSV and JSON with
 * good, bad and malformed rows and the per-row report, replace versus merge, batches, refusals, permissions, admin
 * events, and that no tax id, date of birth or account number is kept anywhere but as a hash (a search of every text
 * column of the server's database, run on the server). Every such value used here is recorded for the suite's
 * leak check (SensitiveValues).
 *
 * <p>Example data only: tax ids are the SSA's advertising numbers 987-65-4320..4329 (ITINs by our rules) and ITINs
 * 9XX-7X-XXXX; phone numbers are 555-01XX; account numbers are made up.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ReferenceRecordsImportIT {

    static final String HEADER = "first_name,middle_name,last_name,suffix,tax_id,date_of_birth,filing_status,address_line1,"
            + "address_line2,city,state,zip,accounts,phones";
    static final String ZOE = "Zoë,Ann,O'Brien-Núñez,Jr.,987-65-4320,1961-02-17,SINGLE,\"123 North Main Street, Apartment 4\",,"
            + "Springfield,IL,62704,CREDIT_CARD:4012 8888;MORTGAGE:EX-MTG-0042,+1 202 555 0150:MOBILE;(202) 555-0151:VOIP";
    static final String MARCUS = "Marcus,,Lee,,987654321,1975-03-14,MFJ,742 Evergreen Terrace,,Springfield,IL,62704-1234,,";
    static final String PRIYA = "Priya,,Raman,,912-78-1234,1988-11-30,HEAD_OF_HOUSEHOLD,PO Box 17,,Portland,OR,97201,"
            + "STUDENT_LOAN:EXSL55501234,+12025550152:LANDLINE";
    /** Valid shape, impossible values: a tax id with an ITIN area but no ITIN group, a birth date in the future. */
    static final String BAD = "Ann,,Bad,,987-12-4323,2999-01-01,SINGLE,1 Elm St,,Springfield,IL,62704,,";
    static final String MALFORMED = "only,three,columns";

    static final String BULK_DATE_OF_BIRTH = "1966-06-16";
    static final int BULK_ROWS = 1_234;

    /** Every tax id, date of birth and account number this class sends, in the forms it sends them. */
    static final List<String> SECRETS = List.of("987-65-4320", "987654320", "987654321", "987-65-4321", "912-78-1234", "912781234",
            "987-65-4323", "987654323", "987-65-4324", "987654324", "1961-02-17", "1975-03-14", "1988-11-30", "1990-07-04",
            BULK_DATE_OF_BIRTH, "4012 8888", "40128888", "EX-MTG-0042", "EXMTG0042", "EXSL55501234", "EXAL77770001");

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectRunOnServer(permittedPackages = "org.secureaccess.keycloak.evidence")
    RunOnServerClient runOnServer;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void recordTheSecretsForTheLeakCheck() {
        for (String row : List.of(ZOE, MARCUS, PRIYA, BAD)) {
            ReferenceRecords.recordSensitiveValues(row);
        }
        for (int i = 0; i < BULK_ROWS; i++) {
            ReferenceRecords.recordSensitiveValues(bulkRow(i));
        }
        // The JSON imports' values (the same spellings the leak check derives from the rows are recorded once).
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, "987-65-4324");
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, "1990-07-04");
        SensitiveValues.record(SensitiveValues.Kind.ACCOUNT_NUMBER, "EXAL77770001", "40128888");
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, "+12025550153", "+12025550154");
    }

    @BeforeEach
    void startEmpty() throws Exception {
        HttpResponse<String> removed = send(request("records").DELETE());
        assertEquals(200, removed.statusCode(), removed.body());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private URI url(String path) {
        return URI.create(realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-reference-records/" + path);
    }

    private HttpRequest.Builder request(String path) {
        return request(path, admin.tokenManager().getAccessTokenString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> importCsv(String mode, String csv) throws Exception {
        return send(request("import?mode=" + URLEncoder.encode(mode, StandardCharsets.UTF_8))
                .header("Content-Type", "text/csv; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> importJson(String mode, String json) throws Exception {
        return send(request("import?mode=" + mode).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JsonSerialization.mapper.readTree(response.body());
    }

    private JsonNode summary() throws Exception {
        HttpResponse<String> response = send(request("summary").GET());
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private void assertSummary(long people, long accounts, long phones) throws Exception {
        JsonNode summary = summary();
        assertEquals(people, summary.get("people").asLong(), summary.toString());
        assertEquals(accounts, summary.get("accounts").asLong(), summary.toString());
        assertEquals(phones, summary.get("phones").asLong(), summary.toString());
    }

    private static void assertNoSecretIn(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
    }

    /** One report error as {@code row/line/field/item/reason}, "-" for what it does not have (absent or null alike). */
    private static String error(long row, Long line, String field, Integer item, String reason) {
        return row + "/" + (line == null ? "-" : line) + "/" + (field == null ? "-" : field) + "/" + (item == null ? "-" : item) + "/"
                + reason;
    }

    private static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : report.get("errors")) {
            errors.add(error(e.get("row").asLong(), present(e, "line") ? e.get("line").asLong() : null,
                    present(e, "field") ? e.get("field").asText() : null, present(e, "item") ? e.get("item").asInt() : null,
                    e.get("reason").asText()));
        }
        return errors;
    }

    private static boolean present(JsonNode node, String field) {
        return node.hasNonNull(field);
    }

    private static String bulkTaxId(int i) {
        return String.format("9%02d-7%d-%04d", i % 100, (i / 100) % 10, 1000 + i);
    }

    private static String bulkRow(int i) {
        StringBuilder letters = new StringBuilder();
        for (char c : String.valueOf(i).toCharArray()) {
            letters.append((char) ('a' + (c - '0')));
        }
        return "Bulk,," + "Person" + letters + ",," + bulkTaxId(i) + "," + BULK_DATE_OF_BIRTH + ",SINGLE," + (i + 1) + " Elm St,,"
                + "Springfield,IL,62704,,";
    }

    private String serviceAccountToken(String clientId, String... realmManagementRoles) throws Exception {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(clientId + "-secret-for-tests");
        String id;
        try (Response response = realm.admin().clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        realm.cleanup().add(r -> r.clients().get(id).remove());
        if (realmManagementRoles.length > 0) {
            String serviceAccount = realm.admin().clients().get(id).getServiceAccountUser().getId();
            String realmManagement = realm.admin().clients().findByClientId("realm-management").get(0).getId();
            List<RoleRepresentation> roles = new ArrayList<>();
            for (String role : realmManagementRoles) {
                roles.add(realm.admin().clients().get(realmManagement).roles().get(role).toRepresentation());
            }
            realm.admin().users().get(serviceAccount).roles().clientLevel(realmManagement).add(roles);
        }
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                        + client.getSecret())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        return JsonSerialization.mapper.readTree(token.body()).get("access_token").asText();
    }

    // ---- tests ---------------------------------------------------------------------------------------------------

    @Test
    void aCsvImportReportsEveryRowAndRepeatsNoValue() throws Exception {
        HttpResponse<String> response = importCsv("merge", csv(ZOE, MALFORMED, MARCUS, BAD, PRIYA, ZOE));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode report = json(response);
        assertEquals("merge", report.get("mode").asText());
        assertTrue(report.get("complete").asBoolean());
        assertEquals(6, report.get("rows").asInt());
        assertEquals(3, report.get("imported").asInt());
        assertEquals(3, report.get("rejected").asInt());
        assertEquals(0, report.get("removed").asInt());
        assertEquals(4, report.get("errorCount").asInt());
        assertFalse(report.get("errorsTruncated").asBoolean());
        assertEquals(List.of(
                error(2, 3L, null, null, "column_count"),
                error(4, 5L, "tax_id", null, "invalid"),
                error(4, 5L, "date_of_birth", null, "future"),
                error(6, 7L, "tax_id", null, "duplicate")), errors(report));
        assertNoSecretIn(response.body());
        assertSummary(3, 3, 3);
    }

    @Test
    void aJsonImportReportsGoodBadAndMalformedElements() throws Exception {
        String json = "["
                + "{\"first_name\":\"Marcus\",\"last_name\":\"Lee\",\"tax_id\":\"987-65-4321\",\"date_of_birth\":\"1975-03-14\","
                + "\"filing_status\":\"married filing jointly\",\"address_line1\":\"742 Evergreen Terrace\",\"city\":\"Springfield\","
                + "\"state\":\"IL\",\"zip\":\"62704\",\"accounts\":[{\"type\":\"AUTO_LOAN\",\"number\":\"EXAL77770001\"}],"
                + "\"phones\":[{\"number\":\"+12025550153\",\"line_type\":\"MOBILE\"}]},"
                + "\"not an object\","
                + "{\"first_name\":\"Dana\",\"last_name\":\"Bad\",\"tax_id\":\"987-65-4324\",\"date_of_birth\":\"1990-07-04\","
                + "\"filing_status\":\"SINGLE\",\"address_line1\":\"1 Elm St\",\"city\":\"Springfield\",\"state\":\"Illinois\","
                + "\"zip\":\"62704\",\"dob\":\"1990-07-04\",\"accounts\":[\"AMEX:40128888\"],\"phones\":[\"+12025550154:CELL\"]}"
                + "]";
        HttpResponse<String> response = importJson("merge", json);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json(response);
        assertEquals(3, report.get("rows").asInt());
        assertEquals(1, report.get("imported").asInt());
        assertEquals(2, report.get("rejected").asInt());
        assertEquals(List.of(
                error(2, null, null, null, "not_an_object"),
                error(3, null, "dob", null, "unknown_field"),
                error(3, null, "state", null, "invalid"),
                error(3, null, "accounts", 1, "unknown_type"),
                error(3, null, "phones", 1, "unknown_line_type")), errors(report));
        assertNoSecretIn(response.body());
        assertSummary(1, 1, 1);
    }

    @Test
    void aFileThatBreaksOffKeepsTheRowsBeforeAndReplacesNothing() throws Exception {
        assertEquals(200, importCsv("merge", csv(ZOE)).statusCode());
        HttpResponse<String> response = importJson("replace", "[{\"first_name\":\"Marcus\",\"last_name\":\"Lee\","
                + "\"tax_id\":\"987654321\",\"date_of_birth\":\"1975-03-14\",\"filing_status\":\"MFJ\","
                + "\"address_line1\":\"742 Evergreen Terrace\",\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\"},"
                + "{\"first_name\":\"Pri");
        assertEquals(400, response.statusCode(), response.body());
        JsonNode report = json(response);
        assertFalse(report.get("complete").asBoolean());
        assertEquals("input_unreadable", report.get("error").asText());
        assertEquals(1, report.get("imported").asInt());
        assertEquals(0, report.get("removed").asInt());
        assertEquals(List.of(error(2, null, null, null, "malformed")), errors(report));
        assertSummary(2, 2, 2);

        HttpResponse<String> unclosed = importCsv("replace", csv(MARCUS) + "\"Zo,987-65-4320\r\n");
        assertEquals(400, unclosed.statusCode(), unclosed.body());
        assertEquals(List.of(error(2, 3L, null, null, "malformed")), errors(json(unclosed)));
        assertNoSecretIn(unclosed.body());
        assertSummary(2, 2, 2);
    }

    @Test
    void mergeKeepsOthersReplaceRemovesThemAndAWhollyRefusedFileRemovesNothing() throws Exception {
        assertEquals(2, json(importCsv("merge", csv(ZOE, MARCUS))).get("imported").asInt());
        assertEquals(1, json(importCsv("merge", csv(PRIYA))).get("imported").asInt());
        assertSummary(3, 3, 3);

        JsonNode moved = json(importCsv("merge", csv(MARCUS.replace("742 Evergreen Terrace", "9 Oak Ave"))));
        assertEquals(1, moved.get("imported").asInt());
        assertSummary(3, 3, 3);

        JsonNode replace = json(importCsv("replace", csv(MARCUS)));
        assertEquals("replace", replace.get("mode").asText());
        assertEquals(1, replace.get("imported").asInt());
        assertEquals(2, replace.get("removed").asInt());
        assertSummary(1, 0, 0);

        JsonNode refused = json(importCsv("replace", csv(BAD, MALFORMED)));
        assertEquals(0, refused.get("imported").asInt());
        assertEquals(2, refused.get("rejected").asInt());
        assertEquals(0, refused.get("removed").asInt());
        assertSummary(1, 0, 0);

        JsonNode removed = json(send(request("records").DELETE()));
        assertEquals(1, removed.get("removed").asInt());
        assertSummary(0, 0, 0);
    }

    @Test
    void aLargeFileIsStoredInBatchesAndReplacedInBatches() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < BULK_ROWS; i++) {
            rows.add(bulkRow(i));
        }
        HttpResponse<String> response = importCsv("merge", csv(rows.toArray(String[]::new)));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(BULK_ROWS, json(response).get("imported").asInt(), response.body());
        assertSummary(BULK_ROWS, 0, 0);

        JsonNode replaced = json(importCsv("replace", csv(ZOE, bulkRow(7))));
        assertEquals(2, replaced.get("imported").asInt());
        assertEquals(BULK_ROWS - 1, replaced.get("removed").asInt());
        assertSummary(2, 2, 2);
    }

    @Test
    void badRequestsChangeNothing() throws Exception {
        assertEquals(200, importCsv("merge", csv(ZOE)).statusCode());

        HttpResponse<String> noMode = send(request("import").header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv(MARCUS))));
        assertEquals(400, noMode.statusCode(), noMode.body());
        assertEquals("invalid_mode", json(noMode).get("error").asText());
        assertEquals(400, importCsv("upsert", csv(MARCUS)).statusCode());

        HttpResponse<String> header = importCsv("replace", "first_name,last_name,dob\r\nMarcus,Lee,1975-03-14\r\n");
        assertEquals(400, header.statusCode(), header.body());
        JsonNode headerError = json(header);
        assertEquals("invalid_header", headerError.get("error").asText());
        assertEquals("[\"tax_id\",\"date_of_birth\",\"filing_status\",\"address_line1\",\"city\",\"state\",\"zip\"]",
                headerError.get("missingColumns").toString());
        assertEquals("[{\"position\":3,\"name\":\"dob\"}]", headerError.get("unknownColumns").toString());

        HttpResponse<String> headerless = importCsv("replace", MARCUS + "\r\n");
        assertEquals(400, headerless.statusCode());
        assertNoSecretIn(headerless.body());

        assertEquals("empty", json(importCsv("replace", "")).get("error").asText());
        assertEquals("not_an_array", json(importJson("replace", "{\"first_name\":\"Marcus\"}")).get("error").asText());
        HttpResponse<String> plain = send(request("import?mode=merge").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(csv(MARCUS))));
        assertEquals(415, plain.statusCode(), plain.body());

        assertSummary(1, 2, 2);
    }

    @Test
    void onlyRecordsAdministratorsImportOrRemoveAndUserViewersCount() throws Exception {
        HttpResponse<String> anonymous = send(request("import?mode=merge", null).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv(MARCUS))));
        assertEquals(401, anonymous.statusCode());
        assertEquals(401, send(request("summary", null).GET()).statusCode());
        assertEquals(401, send(request("records", null).DELETE()).statusCode());

        String viewer = serviceAccountToken("records-viewer", "view-users");
        HttpResponse<String> viewerImport = send(request("import?mode=merge", viewer).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv(MARCUS))));
        assertEquals(403, viewerImport.statusCode(), viewerImport.body());
        assertEquals(403, send(request("import?mode=merge", viewer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[]"))).statusCode());
        assertEquals(403, send(request("records", viewer).DELETE()).statusCode());
        assertEquals(200, send(request("summary", viewer).GET()).statusCode(), "view-users may count");

        String nobody = serviceAccountToken("records-nobody");
        assertEquals(403, send(request("summary", nobody).GET()).statusCode());

        // manage-users is the helpdesk's role: it does not change what proofing trusts (see permissions/PermissionMatrixIT).
        String manager = serviceAccountToken("records-manager", "manage-users");
        HttpResponse<String> managed = send(request("import?mode=merge", manager).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv(MARCUS))));
        assertEquals(403, managed.statusCode(), managed.body());
        assertSummary(0, 0, 0);

        String recordsAdmin = serviceAccountToken("records-admin");
        String serviceAccount = realm.admin().clients().findByClientId("records-admin").get(0).getId();
        realm.admin().users().get(realm.admin().clients().get(serviceAccount).getServiceAccountUser().getId()).roles().realmLevel()
                .add(List.of(realm.admin().roles().get("secure-access-records-admin").toRepresentation()));
        HttpResponse<String> imported = send(request("import?mode=merge", recordsAdmin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv(MARCUS))));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(200, send(request("summary", recordsAdmin).GET()).statusCode(), "the records administrator may count");
        assertSummary(1, 0, 0);
    }

    @Test
    void eachImportAndRemovalIsOneAdminEventWithCountsOnly() throws Exception {
        realm.admin().clearAdminEvents();
        importCsv("merge", csv(ZOE, BAD));
        send(request("records").DELETE());
        List<AdminEventRepresentation> events = realm.admin().getAdminEvents().stream()
                .filter(e -> "SECURE_ACCESS_REFERENCE_RECORDS".equals(e.getResourceType())).toList();
        assertEquals(2, events.size(), events.toString());
        AdminEventRepresentation imported = events.stream().filter(e -> "ACTION".equals(e.getOperationType())).findFirst().orElseThrow();
        AdminEventRepresentation removed = events.stream().filter(e -> "DELETE".equals(e.getOperationType())).findFirst().orElseThrow();
        Map<String, String> details = imported.getDetails();
        Map.of("mode", "merge", "complete", "true", "rows", "2", "imported", "1", "rejected", "1", "removed", "0")
                .forEach((key, value) -> assertEquals(value, details.get(key), key + " in " + details));
        assertEquals("1", removed.getDetails().get("removed"));
        assertNoSecretIn(JsonSerialization.writeValueAsString(events));
    }

    @Test
    void theVerifierFindsImportedPeopleByWhatTheyType() throws Exception {
        assertEquals(200, importCsv("merge", csv(ZOE, MARCUS)).statusCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> result = runOnServer.fetch(ServerSideChecks.verifyZoe(realm.getName()), Map.class);
        assertEquals(Boolean.TRUE, result.get("matched"), result.toString());
        assertEquals(Boolean.TRUE, result.get("hasPhone"));
        assertEquals(Boolean.TRUE, result.get("hasAccount"));
        assertEquals(Boolean.FALSE, result.get("nearMissMatched"));
        assertEquals(Boolean.TRUE, result.get("card"));
        assertEquals(Boolean.FALSE, result.get("wrongCard"));
        assertEquals("MATCHED", result.get("mobile"));
        assertEquals("NOT_MOBILE", result.get("voip"));
        assertEquals("NOT_ON_RECORD", result.get("unknownPhone"));
        assertEquals(List.of("Zoë Ann O'Brien-Núñez Jr.", "123 North Main Street, Apartment 4", "Springfield, IL 62704"),
                result.get("addressLines"));
    }

    @Test
    void noTaxIdDateOfBirthOrAccountNumberIsStoredAnywhere() throws Exception {
        assertEquals(200, importCsv("merge", csv(ZOE, MARCUS, PRIYA, BAD)).statusCode());
        importJson("merge", "[{\"first_name\":\"Marcus\",\"last_name\":\"Lee\",\"tax_id\":\"987-65-4321\","
                + "\"date_of_birth\":\"1975-03-14\",\"filing_status\":\"MFJ\",\"address_line1\":\"742 Evergreen Terrace\","
                + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\",\"accounts\":[\"AUTO_LOAN:EXAL77770001\"]}]");
        @SuppressWarnings("unchecked")
        Map<String, Object> scan = runOnServer.fetch(ServerSideChecks.scanDatabase(new ArrayList<>(SECRETS), "742 Evergreen Terrace"),
                Map.class);
        assertTrue(((Number) scan.get("columns")).intValue() > 100, "the search covered the whole schema: " + scan);
        assertTrue(((List<?>) scan.get("controlHits")).stream().anyMatch(c -> "SA_REFERENCE_PERSON.MAIL_LINE1".equalsIgnoreCase((String) c)),
                "the search finds what is stored in clear: " + scan);
        assertEquals(List.of(), scan.get("secretHits"));
    }
}
