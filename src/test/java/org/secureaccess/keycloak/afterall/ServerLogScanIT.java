package org.secureaccess.keycloak.afterall;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.testsupport.BuildInfo;

/**
 * Runs after the Keycloak integration tests (its own failsafe execution): every security code the
 * fake gateway received during the suite, and every other secret the tests recorded, is searched
 * for in the server's log. Finding one fails the build.
 */
class ServerLogScanIT {

    @Test
    void noIssuedCodeOrSecretAppearsInTheServerLog() throws Exception {
        assertTrue(Files.isRegularFile(BuildInfo.serverLog()), "the suite's server log exists: " + BuildInfo.serverLog());
        assertTrue(Files.isRegularFile(BuildInfo.issuedSecretsFile()), "the suite recorded the secrets it saw issued");

        Set<String> secrets = new LinkedHashSet<>();
        for (String line : Files.readAllLines(BuildInfo.issuedSecretsFile())) {
            if (!line.isBlank()) {
                secrets.add(line.strip());
            }
        }
        assertTrue(secrets.size() >= 20, "the suite issued codes to check (" + secrets.size() + ")");

        String log = Files.readString(BuildInfo.serverLog());
        assertTrue(log.contains("Keycloak 26.7.3"), "this is a Keycloak log");
        List<String> leaked = new ArrayList<>();
        for (String secret : secrets) {
            Pattern asWholeToken = Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(secret) + "(?![0-9A-Za-z])");
            if (asWholeToken.matcher(log).find()) {
                leaked.add(secret);
            }
        }
        assertFalse(!leaked.isEmpty(), "issued codes found in the server log: " + leaked);
    }
}
