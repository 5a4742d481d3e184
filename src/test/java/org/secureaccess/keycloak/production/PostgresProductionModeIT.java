package org.secureaccess.keycloak.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

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
