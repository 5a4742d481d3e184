package org.secureaccess.keycloak.container;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test or test class was skipped, so that the reason (e.g. no Docker engine) shows in the
 * build output and not only in the failsafe XML reports. Registered in
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener.
 */
public class SkippedTestsReport implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("[container suite] SKIPPED " + test.getDisplayName() + ": " + reason);
    }
}
