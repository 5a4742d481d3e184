package org.secureaccess.keycloak.container;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the image runs on (it is built with {@code --db=postgres}): a fresh database on the
 * machine's PostgreSQL, the one the main project's production-mode tests use (127.0.0.1:5432, user postgres,
 * trust authentication). The container shares the host's network, so it reaches it on the loopback address.
 * Override with -Dsecureaccess.container.db.host/port/user/password.
 */
final class SuiteDatabase {

    static final String NAME = "secure_access_container_suite";

    final String host = System.getProperty("secureaccess.container.db.host", "127.0.0.1");
    final int port = Integer.getInteger("secureaccess.container.db.port", 5432);
    final String user = System.getProperty("secureaccess.container.db.user", "postgres");
    final String password = System.getProperty("secureaccess.container.db.password", "");

    /** Drops what an earlier run left and creates the database empty. */
    SuiteDatabase recreate() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + NAME);
        } catch (SQLException e) {
            throw new AssertionError("The container suite needs PostgreSQL at " + host + ":" + port + " (user " + user + "): " + e.getMessage(), e);
        }
        return this;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + NAME;
    }

    void drop() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
        } catch (SQLException e) {
            System.out.println("[container suite] could not drop " + NAME + ": " + e.getMessage());
        }
    }
}
