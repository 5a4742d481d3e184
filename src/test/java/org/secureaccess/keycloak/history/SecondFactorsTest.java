package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class SecondFactorsTest {

    private static final long EVENT = 1_800_000_000_000L;

    @Test
    void everySecondFactorCreatedAtOrAfterTheEventGoesAndNothingElse() {
        List<CredentialModel> stored = List.of(
                credential("password", EVENT + 5),
                credential("secure-access-phone", EVENT - 1),
                credential("otp", EVENT),
                credential("webauthn", EVENT + 1000),
                credential("webauthn-passwordless", EVENT + 1),
                credential("recovery-authn-codes", EVENT + 2),
                credential("otp", EVENT - 60_000),
                credential("secure-access-phone", null),
                credential("kerberos", EVENT + 3));
        List<String> removed = SecondFactors.addedSince(stored, EVENT).stream().map(c -> c.getType() + "@" + (c.getCreatedDate() - EVENT)).toList();
        assertEquals(List.of("otp@0", "webauthn@1000", "webauthn-passwordless@1", "recovery-authn-codes@2"), removed,
                "the password, factors from before and one without a creation time stay");
        assertEquals(7, SecondFactors.of(stored).size(), "neither the password nor a Kerberos credential is a second factor");
    }

    @Test
    void theMethodUsedAtSignInNamesItsCredentialTypes() {
        assertEquals(Set.of("secure-access-phone"), SecondFactors.typesOfMethod("sms"));
        assertEquals(Set.of("otp"), SecondFactors.typesOfMethod("otp"));
        assertEquals(Set.of("webauthn", "webauthn-passwordless"), SecondFactors.typesOfMethod("hwk"));
        assertEquals(Set.of("recovery-authn-codes"), SecondFactors.typesOfMethod("recovery-code"));
        assertEquals(Set.of(), SecondFactors.typesOfMethod(null));
        assertEquals(Set.of(), SecondFactors.typesOfMethod("pwd"));
    }

    @Test
    void failedAttemptRowsAreCountedPerClockHourUnderIdsEveryNodeDerivesAlike() {
        long hour = FailedAttemptRows.HOUR_MILLIS;
        assertEquals(EVENT - EVENT % hour, FailedAttemptRows.hourStart(EVENT));
        assertEquals(7 * hour, FailedAttemptRows.hourStart(8 * hour - 1));
        assertEquals(8 * hour, FailedAttemptRows.hourStart(8 * hour));
        String id = FailedAttemptRows.derivedId("realm", "user", 8 * hour, "tally");
        assertEquals(36, id.length());
        assertEquals(id, FailedAttemptRows.derivedId("realm", "user", 8 * hour, "tally"));
        assertEquals(false, id.equals(FailedAttemptRows.derivedId("realm", "user", 9 * hour, "tally")));
        assertEquals(false, id.equals(FailedAttemptRows.derivedId("realm", "user", 8 * hour, "more")));
    }

    private static CredentialModel credential(String type, Long created) {
        CredentialModel credential = new CredentialModel();
        credential.setId(type + created);
        credential.setType(type);
        credential.setCreatedDate(created);
        return credential;
    }
}
