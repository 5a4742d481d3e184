package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Writes the process ids of the servers this test run started (the Keycloak servers that the test framework and the
 * production-mode tests run as child processes) to {@code target/test-servers.pid}, after every test class. When a
 * run is interrupted and leaves one behind, {@code .ci/run} stops exactly those at its next start, and nothing else
 * on the machine (another checkout's servers included).
 */
public class StartedServersRecord implements TestExecutionListener {

    static final Path PID_FILE = Path.of("target", "test-servers.pid");

    private final Set<Long> recorded = new HashSet<>();

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isContainer()) {
            record();
        }
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.isTest()) {
            record();
        }
    }

    private synchronized void record() {
        StringBuilder added = new StringBuilder();
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            String command = process.info().commandLine().orElse("");
            if (command.contains("keycloak") && recorded.add(process.pid())) {
                added.append(process.pid()).append('\n');
            }
        }
        if (added.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(PID_FILE.getParent());
            Files.writeString(PID_FILE, added, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Could not record the test servers' process ids in " + PID_FILE.toAbsolutePath() + ": " + e);
        }
    }
}
