package org.secureaccess.keycloak.afterall;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.leakcheck.LeakScanner;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.SensitiveValues;

/**
 * Runs after the Keycloak integration tests (its own failsafe execution): every sensitive value this run used (SSNs
 * and ITINs, dates of birth, account and phone numbers, one-time codes, TOTP secrets, recovery codes, gateway tokens,
 * the keyed-hash secret), recorded by the test support in this run's own file, is searched for in the server's log,
 * which carries every user and admin event (the shared server logs them all). Finding one fails the build; so does
 * missing one of the control values the run planted in the log and in stored events, since then the scan did not see
 * this run's log.
 */
class ServerLogScanIT {

    @Test
    void noPersonalDataOrSecretInThisRunsServerLogOrEvents() throws Exception {
        Path valuesFile = BuildInfo.sensitiveValuesFile();
        assertTrue(Files.isRegularFile(valuesFile), "this run (" + BuildInfo.runId() + ") recorded the sensitive values it used in "
                + valuesFile + "; without it the Keycloak integration tests did not run in this Maven run");
        List<SensitiveValues.Entry> values = SensitiveValues.read(valuesFile);

        // The build deletes the server log (and any rotated copy) before the integration tests and the server never
        // rotates it: every such file is this run's.
        List<Path> logs;
        try (Stream<Path> files = Files.list(BuildInfo.buildDirectory())) {
            logs = files.filter(file -> file.getFileName().toString().startsWith(BuildInfo.serverLog().getFileName().toString()))
                    .sorted().toList();
        }
        assertTrue(logs.contains(BuildInfo.serverLog()), "this run's server log exists: " + BuildInfo.serverLog());

        LeakScanner scanner = new LeakScanner(values);
        for (Path log : logs) {
            try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
                scanner.scan(log.getFileName().toString(), reader);
            }
        }
        LeakScanner.Result result = scanner.result();
        System.out.printf("Scanned %d lines of %s for %d sensitive values of run %s (%d too short to search); controls found: %d of %d%n",
                result.linesScanned(), logs, result.valuesSearched(), BuildInfo.runId(), result.valuesTooShort(),
                result.controlsFound().size(), result.controlsExpected().size());
        assertTrue(result.problems().isEmpty(), () -> "Personal data or secrets in the server log or its events, or the scan saw the wrong log:\n"
                + String.join("\n", result.problems()));
    }
}
