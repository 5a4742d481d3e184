package org.secureaccess.keycloak.history;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** A person's history for administrators with the right to view that user; JSON pages or a CSV export. */
public class LoginHistoryAdminResource {

    static final int CSV_LIMIT = 100_000;
    /** Characters a spreadsheet may read as the start of a formula, full-width forms included. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /** Whatever a spreadsheet may split cells on, in any locale. */
    private static final String SEPARATORS = ",;\t|\r\n";
    private static final List<String> CSV_COLUMNS = List.of("time", "kind", "success", "client", "ipAddress", "device", "factor", "userAgent", "attempts");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    LoginHistoryAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> history(@PathParam("userId") String userId, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        UserModel user = user(userId);
        return MyLoginHistoryResource.page(session, user.getId(), first, max, true, MyLoginHistoryResource.NOTHING_ADDED);
    }

    @GET
    @Path("users/{userId}/export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        List<LoginHistoryEntity> rows = LoginHistory.latest(LoginHistory.entityManager(session), realm.getId(), user.getId(), 0, CSV_LIMIT);
        StreamingOutput csv = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(String.join(",", CSV_COLUMNS.stream().map(LoginHistoryAdminResource::csvField).toList()));
            writer.write("\r\n");
            for (LoginHistoryEntity row : rows) {
                Map<String, Object> view = HistoryView.of(row);
                StringBuilder line = new StringBuilder();
                for (String column : CSV_COLUMNS) {
                    if (!line.isEmpty()) {
                        line.append(',');
                    }
                    line.append(csvField(String.valueOf(view.get(column))));
                }
                writer.write(line.append("\r\n").toString());
            }
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"login-history-" + user.getId() + ".csv\"").build();
    }

    /**
     * One CSV field, safe to open in a spreadsheet: always quoted (RFC 4180), and an apostrophe before
     * every formula character ({@code = + - @}, their full-width forms, tab, CR) that could begin a cell,
     * that is at the start of the field and after anything a spreadsheet may split on (comma, semicolon,
     * tab, pipe, line break), blanks in between included. A spreadsheet set to another separator than ours
     * then still finds no cell that starts a formula.
     */
    static String csvField(String value) {
        StringBuilder safe = new StringBuilder(value.length() + 8);
        boolean cellMayStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellMayStart && FORMULA_STARTS.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
            if (SEPARATORS.indexOf(c) >= 0) {
                cellMayStart = true;
            } else if (c != ' ' && c != '"') {
                // Blanks and quotes may stand between a separator and the formula a spreadsheet reads.
                cellMayStart = false;
            }
        }
        return "\"" + safe.toString().replace("\"", "\"\"") + "\"";
    }

    private UserModel user(String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            auth.users().requireQuery();
            throw new NotFoundException("User not found");
        }
        auth.users().requireView(user);
        return user;
    }
}
