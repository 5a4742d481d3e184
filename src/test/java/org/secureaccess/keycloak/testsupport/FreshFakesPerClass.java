package org.secureaccess.keycloak.testsupport;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Every test class starts with the loopback fakes (text messages, letters, verification bureau) as they are after a
 * reset: nothing recorded, no failure or delay set, the text-message gateway listening. What one class leaves behind
 * (a gateway taken down, a bureau that knows someone, messages) can't decide another class's result.
 */
public class FreshFakesPerClass implements TestExecutionListener {

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.getSource().filter(ClassSource.class::isInstance).isPresent()) {
            FakeSmsGateway.resetIfStarted();
            FakeLetterService.resetIfStarted();
            FakeVerificationService.resetIfStarted();
        }
    }
}
