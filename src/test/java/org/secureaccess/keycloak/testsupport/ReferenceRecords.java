package org.secureaccess.keycloak.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.realm.ManagedRealm;

/** Loads people of record into a realm through the admin import endpoint (merge). */
public final class ReferenceRecords {

    public static final String HEADER = "first_name,middle_name,last_name,suffix,tax_id,date_of_birth,filing_status,"
            + "address_line1,address_line2,city,state,zip,accounts,phones";

    private ReferenceRecords() {
    }

    public static void merge(ManagedRealm realm, Keycloak admin, String... rows) throws Exception {
        for (String row : rows) {
            recordSensitiveValues(row);
        }
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

    /** The tax id, birth date, account numbers and phone numbers of a row in {@link #HEADER}'s columns, for the leak check. */
    public static void recordSensitiveValues(String row) {
        List<String> cells = cells(row);
        if (cells.size() != HEADER.split(",").length) {
            return;
        }
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, cells.get(4));
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, cells.get(5));
        // accounts: TYPE:number;TYPE:number   phones: number:LINE_TYPE;number:LINE_TYPE
        for (String account : cells.get(12).split(";")) {
            SensitiveValues.record(SensitiveValues.Kind.ACCOUNT_NUMBER, account.substring(account.indexOf(':') + 1));
        }
        for (String phone : cells.get(13).split(";")) {
            SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, phone.contains(":") ? phone.substring(0, phone.lastIndexOf(':')) : phone);
        }
    }

    /** The cells of one CSV line (RFC 4180 quoting). */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
