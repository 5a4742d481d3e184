package org.secureaccess.keycloak.production;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/** Production mode on MariaDB at 127.0.0.1:3306 (root, empty password). */
class MariaDbProductionModeIT extends ProductionModeContract {

    @Override
    String vendor() {
        return "mariadb";
    }

    @Override
    void recreateDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    void restoreDatabase(Path sql) throws Exception {
        runDatabaseClient(List.of("mariadb", "-h", "127.0.0.1", "-u", "root", DATABASE), sql, null);
    }

    @Override
    void dumpDatabase(Path sql) throws Exception {
        runDatabaseClient(List.of("mariadb-dump", "-h", "127.0.0.1", "-u", "root", "--single-transaction", "--skip-comments",
                "--skip-dump-date", DATABASE), null, sql);
    }

    @Override
    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:3306/" + DATABASE;
    }

    @Override
    String dbUser() {
        return "root";
    }

    @Override
    String dbPassword() {
        return "";
    }
}
