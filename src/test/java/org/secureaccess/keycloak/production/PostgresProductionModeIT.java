package org.secureaccess.keycloak.production;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/** Production mode on PostgreSQL at 127.0.0.1:5432 (trust authentication). */
class PostgresProductionModeIT extends ProductionModeContract {

    @Override
    String vendor() {
        return "postgres";
    }

    @Override
    void recreateDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Override
    void restoreDatabase(Path sql) throws Exception {
        runDatabaseClient(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-q", "-v", "ON_ERROR_STOP=1", "-f", sql.toString()),
                null, null);
    }

    @Override
    void dumpDatabase(Path sql) throws Exception {
        runDatabaseClient(List.of("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "--no-privileges", "--no-comments",
                "-f", sql.toString(), DATABASE), null, null);
    }

    @Override
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    }

    @Override
    String dbUser() {
        return "postgres";
    }

    @Override
    String dbPassword() {
        return "unused-with-trust-auth";
    }
}
