package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Paths and facts about the build under test, handed over by Maven as system properties. */
public final class BuildInfo {

    public record Artifact(String groupId, String artifactId) {
    }

    private BuildInfo() {
    }

    public static Path buildDirectory() {
        return Path.of(required("secureaccess.buildDir"));
    }

    /** The shaded extension JAR that admins deploy. */
    public static Path extensionJar() {
        return Path.of(required("secureaccess.jar"));
    }

    public static Path realmExport() {
        return Path.of(required("secureaccess.realmExport"));
    }

    /**
     * The server log of the shared test Keycloak, scanned for leaked personal data after the suite. The build deletes
     * it before the integration tests, so that it holds this run's lines only.
     */
    public static Path serverLog() {
        return buildDirectory().resolve("keycloak-server.log");
    }

    /**
     * This Maven run's id (the build's start time to the millisecond), the same in every test JVM of one run and
     * different in the next; it names the run's file of sensitive values and is part of its control values.
     */
    public static String runId() {
        return required("secureaccess.runId");
    }

    /** Whether the tests run inside a Maven integration-test run (unit tests have no run). */
    public static boolean inIntegrationTestRun() {
        String runId = System.getProperty("secureaccess.runId");
        return runId != null && !runId.isBlank() && System.getProperty("secureaccess.buildDir") != null;
    }

    /** The sensitive values this run used ({@link SensitiveValues}), in a file named by the run id. */
    public static Path sensitiveValuesFile() {
        return buildDirectory().resolve("sensitive-values").resolve("run-" + runId() + ".tsv");
    }

    public static Path classesDirectory() {
        return buildDirectory().resolve("classes");
    }

    /** Runtime dependencies that the shade plugin bundles, as listed by maven-dependency-plugin. */
    public static List<Artifact> bundledDependencies() {
        Path list = buildDirectory().resolve("bundled-dependencies.txt");
        try {
            return Files.readAllLines(list).stream()
                    .map(String::strip)
                    .filter(line -> line.matches("[^:\\s]+:[^:\\s]+:jar:.*"))
                    .map(line -> line.split(":"))
                    .map(parts -> new Artifact(parts[0], parts[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Run the tests through Maven: " + list + " is written by the build", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven");
        }
        return value;
    }
}
