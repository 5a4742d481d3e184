package org.secureaccess.keycloak.testsupport;

import java.util.Map;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration every Keycloak integration test shares, so that the Test Framework
 * starts Keycloak once per run. Test-specific behaviour comes from realm configuration, never from
 * server options.
 */
public class SecureAccessServerConfig implements KeycloakServerConfig {

    static final String TEST_HASH_SECRET = "integration-tests-only-keyed-hash-secret-0123456789";
    public static final int SMS_TIMEOUT_SECONDS = 2;
    /** Argon2's memory per hash on this server, in KB (Keycloak's default is 7168, with 5 passes). */
    public static final int ARGON2_MEMORY_KB = 1024;
    /**
     * A realm password policy that restores the work of Keycloak's default argon2 hash (7168 KB × 5 passes) at this
     * server's memory, for the tests whose result depends on a hash costing what it costs in production.
     */
    public static final String PRODUCTION_HASH_COST_POLICY = "hashIterations(" + 7168 * 5 / ARGON2_MEMORY_KB + ")";
    /**
     * SPIs for which this server loads one chosen provider only (Keycloak then loads no other
     * provider of that SPI; the production-mode tests, which choose none, see them all).
     */
    public static final Map<String, String> CHOSEN_PROVIDERS = Map.of("sms-sender", "webhook", "letter-sender", "webhook");

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        // Our classes from src/main...
        config.dependencyCurrentProject();
        // ...with the libraries the shaded JAR bundles, deployed beside them (target/classes refers
        // to them under their own package names; the relocated JAR itself is proven by the
        // production-mode tests).
        for (BuildInfo.Artifact artifact : BuildInfo.bundledDependencies()) {
            config.dependency(artifact.groupId(), artifact.artifactId());
        }
        // Time offset and run-on-server endpoints, present from the first start so that the shared
        // server never needs a restart.
        config.dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers");
        config.spiOption("secure-access-keyed-hash", "hmac-sha256", "secret", TEST_HASH_SECRET);
        // The gateways are reached the way a production server behind an egress proxy reaches them: their URLs name
        // test-only hosts (*.proxied.test) that no resolver knows; Keycloak's HTTP client maps those hosts, and only
        // those, to a loopback proxy, and trusts their TLS certificate through its truststore alone. The proxy relays
        // to the loopback fakes.
        EgressProxy proxy = EgressProxy.get();
        config.spiOption("connections-http-client", "default", "proxy-mappings", proxy.proxyMapping());
        config.option("truststore-paths", proxy.certificateFile().toString());
        // Text messages go to a loopback fake gateway through the real webhook sender.
        config.spiOption("sms-sender", "webhook", "url", FakeSmsGateway.URL);
        config.spiOption("sms-sender", "webhook", "auth-header-value", FakeSmsGateway.AUTHORIZATION);
        config.spiOption("sms-sender", "webhook", "timeout-seconds", String.valueOf(SMS_TIMEOUT_SECONDS));
        // Letters go to a loopback print-and-mail API; the 'http' evidence verifier to a loopback bureau.
        config.spiOption("letter-sender", "webhook", "url", FakeLetterService.URL);
        config.spiOption("letter-sender", "webhook", "auth-header-value", FakeLetterService.AUTHORIZATION);
        config.spiOption("evidence-verifier", "http", "url", FakeVerificationService.URL);
        config.spiOption("evidence-verifier", "http", "auth-header-value", FakeVerificationService.AUTHORIZATION);
        config.spiOption("evidence-verifier", "http", "timeout-seconds", "2");
        CHOSEN_PROVIDERS.forEach((spi, provider) -> config.option("spi-" + spi + "--provider", provider));
        // The login-history retention job runs every 2 s here, so tests can watch it with a time offset.
        config.spiOption("events-listener", "secure-access-login-history", "retention-interval-seconds", "2");
        // The "wait is over" emails of recovery requests go out within 2 s here, for the same reason.
        config.spiOption("authenticator", "secure-access-lost-second-factor", "notice-interval-seconds", "2");
        // What makes this shared server cheaper to run than a production one, and touches nothing under test. start-dev
        // re-reads every template on every page; production caches them (the production-mode suites run with the cache).
        config.option("spi-theme--cache-themes", "true");
        config.option("spi-theme--cache-templates", "true");
        // Passwords are still hashed with Keycloak's argon2 (the realm's default), at its smallest cost: at the default
        // cost, hashing was a quarter of this server's CPU over the suite. The production-mode suites keep the default.
        config.spiOption("password-hashing", "argon2", "memory", String.valueOf(ARGON2_MEMORY_KB));
        config.spiOption("password-hashing", "argon2", "iterations", "1");
        // The extension's metrics (docs/grafana/secure-access.json charts them) and Keycloak's user-event metrics, on the
        // management port.
        config.option("metrics-enabled", "true");
        config.option("event-metrics-user-enabled", "true");
        // Everything the server logs also goes to a file that the leak check scans after the suite (afterall.ServerLogScanIT).
        // One file for the whole run, never rotated (a rotation would move part of the run out of the scanned file; the
        // build deletes the file before the integration tests instead).
        config.log().handlers(KeycloakServerConfigBuilder.LogHandlers.CONSOLE, KeycloakServerConfigBuilder.LogHandlers.FILE);
        config.option("log-file", BuildInfo.serverLog().toString());
        config.option("log-file-rotation-enabled", "false");
        config.log().categoryLevel("org.secureaccess", "DEBUG");
        // -Dsecureaccess.serverLogFileLevel=ERROR breaks the file's logging on purpose (README, "Tests"): the leak check
        // after the suite must then fail, since the control values it plants never reach the file.
        String fileLevel = System.getProperty("secureaccess.serverLogFileLevel", "");
        if (!fileLevel.isBlank()) {
            config.log().handlerLevel(KeycloakServerConfigBuilder.LogHandlers.FILE, fileLevel);
        }
        // Every user and admin event, with its details (and an admin event's representation where a realm stores it),
        // goes to that log through Keycloak's jboss-logging listener, which every realm of the tests has (realm-export.json):
        // what the realm stores as an event, the leak check reads in the log.
        config.spiOption("events-listener", "jboss-logging", "success-level", "info");
        config.spiOption("events-listener", "jboss-logging", "error-level", "warn");
        config.spiOption("events-listener", "jboss-logging", "include-representation", "true");
        // The secrets this configuration hands the server are among the values the leak check looks for.
        SensitiveValues.record(SensitiveValues.Kind.KEYED_HASH_SECRET, TEST_HASH_SECRET);
        SensitiveValues.record(SensitiveValues.Kind.GATEWAY_TOKEN, FakeSmsGateway.AUTHORIZATION, FakeLetterService.AUTHORIZATION,
                FakeVerificationService.AUTHORIZATION);
        return config;
    }
}
