package org.secureaccess.keycloak.permissions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SensitiveValues;

/** Raw HTTP calls to a realm's admin API with a given bearer token (or none), for permission tests. */
final class AdminApi {

    static final String RECORDS_ADMIN = "secure-access-records-admin";
    static final String PROOFING_ADMIN = "secure-access-proofing-admin";

    /**
     * A made-up person of record (the attack's payload): an SSA advertising-range number and a date of birth that no
     * other test uses, recorded for the suite's server-log scan.
     */
    static final String MADE_UP_TAX_ID = "987-65-4328";
    static final String MADE_UP_DATE_OF_BIRTH = "1970-01-15";
    static final String MADE_UP_PERSON_CSV = ReferenceRecords.HEADER + "\r\nMade,,Up,," + MADE_UP_TAX_ID + "," + MADE_UP_DATE_OF_BIRTH
            + ",SINGLE,1 Invented Way,,Springfield,IL,62704,,\r\n";
    static final String MADE_UP_PERSON_JSON = "[{\"first_name\":\"Made\",\"last_name\":\"Up\",\"tax_id\":\"" + MADE_UP_TAX_ID
            + "\",\"date_of_birth\":\"" + MADE_UP_DATE_OF_BIRTH + "\",\"filing_status\":\"SINGLE\",\"address_line1\":\"1 Invented Way\","
            + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\"}]";

    private final String adminRealmUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param realmUrl the realm's address, e.g. http://localhost:8080/realms/x */
    AdminApi(String realmUrl) {
        this.adminRealmUrl = realmUrl.replace("/realms/", "/admin/realms/");
    }

    static void recordSecretsForTheServerLogScan() {
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, MADE_UP_TAX_ID);
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, MADE_UP_DATE_OF_BIRTH);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE());
    }

    HttpResponse<String> post(String path, String token, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, String token, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> putEmpty(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code path} relative to /admin/realms/{realm}/, or an absolute http(s) address. */
    private HttpRequest.Builder request(String path, String token) {
        URI uri = URI.create(path.startsWith("http") ? path : adminRealmUrl + "/" + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
