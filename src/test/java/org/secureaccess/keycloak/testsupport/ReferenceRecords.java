package org.secureaccess.keycloak.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.realm.ManagedRealm;

/** Loads people of record into a realm through the admin import endpoint (merge). */
public final class ReferenceRecords {

    public static final String HEADER = "first_name,middle_name,last_name,suffix,tax_id,date_of_birth,filing_status,"
            + "address_line1,address_line2,city,state,zip,accounts,phones";

    private ReferenceRecords() {
    }

    public static void merge(ManagedRealm realm, Keycloak admin, String... rows) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-reference-records/import?mode=merge"))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"rejected\":0")) {
            throw new AssertionError("Import failed: " + response.statusCode() + " " + response.body());
        }
    }
}
