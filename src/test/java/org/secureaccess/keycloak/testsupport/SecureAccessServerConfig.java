package org.secureaccess.keycloak.testsupport;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration every Keycloak integration test shares, so that the Test Framework
 * starts Keycloak once per run. Test-specific behaviour comes from realm configuration, never from
 * server options.
 */
public class SecureAccessServerConfig implements KeycloakServerConfig {

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
        config.log().categoryLevel("org.secureaccess", "DEBUG");
        return config;
    }
}
