package org.secureaccess.keycloak.testsupport;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The demo realm with Keycloak's brute-force protection loosened (30 failures, no quick-succession
 * check), so that a test can drive one of our own limits to its edge without Keycloak's lockout
 * stepping in first. Tests of the brute-force interplay use {@link DemoRealmConfig}.
 */
public class LenientBruteForceRealmConfig extends DemoRealmConfig {

    @Override
    public RealmBuilder configure(RealmBuilder ignored) {
        return RealmBuilder.update(loadLenient());
    }

    /** The demo realm with the loosened brute-force protection, for configurations that change more. */
    public static RealmRepresentation loadLenient() {
        RealmRepresentation realm = load();
        realm.setFailureFactor(30);
        realm.setQuickLoginCheckMilliSeconds(0L);
        return realm;
    }
}
