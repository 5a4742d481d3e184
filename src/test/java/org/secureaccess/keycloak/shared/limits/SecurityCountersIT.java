package org.secureaccess.keycloak.shared.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;

/**
 * The counters behind every rate limit and lockout, read and changed several times within one request, as a sign-in
 * does (a code page peeks at the sending quota, a reset or the clean-up of expired rows may delete the row meanwhile).
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class SecurityCountersIT {

    @InjectRealm
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "org.secureaccess.keycloak.shared.limits")
    RunOnServerClient runOnServer;

    @Test
    void everyReadInARequestSeesTheRowAsTheDatabaseHoldsItEvenAfterADelete() {
        List<?> seen = runOnServer.fetch(CounterChecks.readsAfterOtherTransactions(realm.getName(), "subject-" + System.nanoTime()),
                List.class);
        // Before the fix the third read failed the request with "Database operation failed": the row cached by the
        // first reads could not be refreshed once the reset had deleted it.
        assertEquals(List.of("allowed after 1", "refused after 2", "allowed after 0", "allowed after 1", "allowed after 0"), seen);
    }

    @Test
    void twentyParallelFirstTakesOfOneCounterAllCount() {
        for (int run = 1; run <= 3; run++) {
            List<?> seen = runOnServer.fetch(CounterChecks.parallelFirstConsumes(realm.getName(), "parallel-" + run + "-" + System.nanoTime(), 20),
                    List.class);
            assertEquals(List.of("allowed 20", "failed 0", "counted 20"), seen, "run " + run
                    + ": every one of 20 parallel first takes is counted, none fails and none is lost");
        }
    }
}
