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
    private static final List<String> CSV_COLUMNS = List.of("time", "kind", "success", "client", "ipAddress", "device", "factor", "userAgent");

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
        return MyLoginHistoryResource.page(session, user.getId(), first, max, true);
    }

    @GET
    @Path("users/{userId}/export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        List<LoginHistoryEntity> rows = LoginHistory.latest(LoginHistory.entityManager(session), realm.getId(), user.getId(), 0, CSV_LIMIT);
        StreamingOutput csv = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(String.join(",", CSV_COLUMNS));
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

    /** RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection. */
    static String csvField(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
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
