package org.secureaccess.keycloak.container;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the container suite where Testcontainers reaches a container engine, skips it (with the reason printed by
 * {@link SkippedTestsReport}) where none is, and fails instead of skipping where the engine is required: CI sets
 * {@value #REQUIRED} (environment) or -D{@value #REQUIRED_PROPERTY}=true, so that a broken engine set-up can never
 * pass as a skip.
 */
public class ContainerEngineCondition implements ExecutionCondition {

    static final String REQUIRED = "SECUREACCESS_REQUIRE_CONTAINER_ENGINE";
    static final String REQUIRED_PROPERTY = "secureaccess.requireContainerEngine";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("a container engine is reachable");
        }
        String reason = "no container engine reachable by Testcontainers (a Docker engine, or podman's Docker-compatible socket"
                + " named by DOCKER_HOST; .ci/container-engine sets one up)";
        if (Boolean.parseBoolean(System.getenv(REQUIRED)) || Boolean.getBoolean(REQUIRED_PROPERTY)) {
            throw new IllegalStateException("The container suite is required here (" + REQUIRED + "), but there is " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
