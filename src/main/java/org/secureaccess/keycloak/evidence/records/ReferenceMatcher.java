package org.secureaccess.keycloak.evidence.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;

import org.secureaccess.keycloak.evidence.records.RecordHashes.IdentityHashes;

/**
 * Compares hashes without letting timing say much: every comparison is constant-time, all fields are compared
 * even after one differs, and a claim whose tax id has no person of record is compared against a stand-in, so that a
 * miss takes as long as a near-match.
 */
final class ReferenceMatcher {

    private static final String NOTHING = "0".repeat(64);
    private static final IdentityHashes NOBODY = new IdentityHashes(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING);

    private ReferenceMatcher() {
    }

    /** Whether every fact matches; {@code recorded} is null when no person has the claimed tax id. */
    static boolean sameIdentity(IdentityHashes claimed, IdentityHashes recorded) {
        IdentityHashes against = recorded == null ? NOBODY : recorded;
        boolean same = equal(claimed.taxId(), against.taxId());
        same &= equal(claimed.name(), against.name());
        same &= equal(claimed.dateOfBirth(), against.dateOfBirth());
        same &= equal(claimed.filingStatus(), against.filingStatus());
        same &= equal(claimed.address(), against.address());
        return same && recorded != null;
    }

    /** Whether {@code candidate} is among {@code recorded}, comparing with every one of them. */
    static boolean anyEqual(String candidate, Collection<String> recorded) {
        boolean found = false;
        for (String hash : recorded) {
            found |= equal(candidate, hash);
        }
        return found;
    }

    static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
