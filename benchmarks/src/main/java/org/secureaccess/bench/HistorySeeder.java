package org.secureaccess.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;

/**
 * Login-history rows written straight into SA_LOGIN_HISTORY with JDBC (columns as in LoginHistoryEntity): the people
 * with much history get {@code heavyRows} each, the people with little {@code lightRows} each, and other people
 * (ids of no account) the rest, so that the table holds {@code tableRows} in all. Times spread over the last 60 days
 * (retention keeps 180), newest a sign-in.
 */
final class HistorySeeder {

    private static final long DAY = 86_400_000L;
    private static final String COLUMNS =
            "ID, REALM_ID, USER_ID, EVENT_TIME, KIND, SUCCESS, CLIENT_ID, IP_ADDRESS, DEVICE, DEVICE_FAMILY, USER_AGENT, FACTOR";
    private static final String USER_AGENT =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    private final Random random = new Random(42);
    private final long now = System.currentTimeMillis();

    /** Calls {@code sink} once per row: id, user, time, kind, success. */
    interface RowSink {
        void row(String id, String userId, long time, String kind, boolean success) throws Exception;
    }

    long seed(String realmId, List<String> heavy, int heavyRows, List<String> light, int lightRows, long tableRows,
              RowSink sink) throws Exception {
        long written = 0;
        for (String user : heavy) {
            written += rows(user, heavyRows, sink);
        }
        for (String user : light) {
            written += rows(user, lightRows, sink);
        }
        long rest = tableRows - written;
        int others = (int) Math.max(1, (rest + 999) / 1000);
        for (int i = 0; i < others && written < tableRows; i++) {
            written += rows(UUID.randomUUID().toString(), (int) Math.min(1000, tableRows - written), sink);
        }
        return written;
    }

    private int rows(String userId, int count, RowSink sink) throws Exception {
        for (int i = 0; i < count; i++) {
            long time = i == 0 ? now - 3_600_000 : now - 3_600_000 - (long) (random.nextDouble() * 60 * DAY);
            int r = random.nextInt(10);
            String kind = i == 0 || r < 7 ? "SIGN_IN" : r < 9 ? "CODE_SENT" : "PASSWORD_WRONG";
            sink.row(UUID.randomUUID().toString(), userId, time, kind, !"PASSWORD_WRONG".equals(kind));
        }
        return count;
    }

    /** PostgreSQL, while Keycloak runs: COPY in chunks, then ANALYZE. */
    static long seedPostgres(String jdbcUrl, String realmId, List<String> heavy, int heavyRows, List<String> light, int lightRows,
                             long tableRows) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder chunk = new StringBuilder();
            int[] inChunk = {0};
            String sql = "COPY sa_login_history (" + COLUMNS.toLowerCase() + ") FROM STDIN WITH (FORMAT csv)";
            long written = new HistorySeeder().seed(realmId, heavy, heavyRows, light, lightRows, tableRows, (id, user, time, kind, ok) -> {
                chunk.append(id).append(',').append(realmId).append(',').append(user).append(',').append(time).append(',')
                        .append(kind).append(',').append(ok).append(",demo-app,127.0.0.1,Chrome 126 on Linux,Chrome on Linux,\"")
                        .append(USER_AGENT).append("\",otp\n");
                if (++inChunk[0] == 50_000) {
                    copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                    inChunk[0] = 0;
                }
            });
            if (inChunk[0] > 0) {
                copy.copyIn(sql, new StringReader(chunk.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE sa_login_history");
            }
            return written;
        }
    }

    /** H2 dev-file, while Keycloak is stopped (the embedded database is the server's alone while it runs). */
    static long seedH2(String jdbcUrl, String password, String realmId, List<String> heavy, int heavyRows, List<String> light, int lightRows,
                       long tableRows) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", password)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SA_LOGIN_HISTORY (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, 'demo-app', '127.0.0.1', 'Chrome 126 on Linux', 'Chrome on Linux', ?, 'otp')")) {
                int[] inBatch = {0};
                long written = new HistorySeeder().seed(realmId, heavy, heavyRows, light, lightRows, tableRows, (id, user, time, kind, ok) -> {
                    insert.setString(1, id);
                    insert.setString(2, realmId);
                    insert.setString(3, user);
                    insert.setLong(4, time);
                    insert.setString(5, kind);
                    insert.setBoolean(6, ok);
                    insert.setString(7, USER_AGENT);
                    insert.addBatch();
                    if (++inBatch[0] == 10_000) {
                        insert.executeBatch();
                        connection.commit();
                        inBatch[0] = 0;
                    }
                });
                insert.executeBatch();
                connection.commit();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
                connection.commit();
                return written;
            }
        } catch (SQLException e) {
            throw new IOException("Seeding H2 at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
