package org.secureaccess.keycloak.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderFactory;
import org.secureaccess.keycloak.shared.SessionRevocation;

/**
 * What happens to an account when its owner says "this wasn't me", or when its password changes: sessions
 * end, tokens stop working, and second factors someone else may have added go.
 */
public final class AccountProtection {

    private AccountProtection() {
    }

    /** The outcome of a report: what was removed, and whether the account had to be paused. */
    record Report(List<CredentialModel> removed, boolean paused) {
    }

    /**
     * "This wasn't me" from a security email: ends every session and token, removes the second factors created at
     * or after {@code sinceMillis}, and makes the next sign-in (which still passes a second factor) end with a new
     * password. When no second factor is left, the account is paused (disabled): whoever knows the password could
     * otherwise enrol a factor of their own at the next sign-in.
     */
    static Report reportFromEmail(KeycloakSession session, RealmModel realm, UserModel user, long sinceMillis) {
        SessionRevocation.endEverySession(session, realm, user, null);
        List<CredentialModel> removed = removeSecondFactorsSince(session, realm, user, sinceMillis, Set.of());
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        boolean paused = SecondFactors.of(stored(user)).isEmpty();
        if (paused) {
            user.setEnabled(false);
        }
        LoginHistory.record(session, realm, user.getId(), HistoryKind.NOT_ME_REPORTED, null,
                "removed=" + removed.size() + (paused ? ",paused" : ""));
        return new Report(removed, paused);
    }

    /**
     * "This wasn't me" on Online Security Information, during a sign-in that has just passed the password and a
     * second factor: ends every other session and token, removes second factors created since {@code sinceMillis}
     * except those of the kinds used in this sign-in ({@code keepTypes}), and the sign-in goes on to a new
     * password. {@code currentSignIn} is the id the sign-in's session will have (a session of that id is kept).
     */
    static List<CredentialModel> reportDuringSignIn(KeycloakSession session, RealmModel realm, UserModel user, long sinceMillis,
            Set<String> keepTypes, String currentSignIn) {
        SessionRevocation.revokeTokensIssuedUntilNow(session, realm, user);
        SessionRevocation.endEverySession(session, realm, user, currentSignIn);
        List<CredentialModel> removed = removeSecondFactorsSince(session, realm, user, sinceMillis, keepTypes);
        LoginHistory.record(session, realm, user.getId(), HistoryKind.NOT_ME_REPORTED, null, "removed=" + removed.size());
        return removed;
    }

    private static List<CredentialModel> removeSecondFactorsSince(KeycloakSession session, RealmModel realm, UserModel user, long sinceMillis,
            Set<String> keepTypes) {
        List<CredentialModel> removed = new ArrayList<>();
        for (CredentialModel credential : SecondFactors.addedSince(stored(user), sinceMillis)) {
            if (keepTypes.contains(credential.getType())) {
                continue;
            }
            if (remove(session, realm, user, credential)) {
                removed.add(credential);
            }
        }
        return removed;
    }

    private static List<CredentialModel> stored(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream().toList();
    }

    /** Through the type's own provider where there is one, so that it can clean up after itself (e.g. the phone lookup). */
    private static boolean remove(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel credential) {
        for (CredentialProvider<?> provider : credentialProviders(session)) {
            if (credential.getType().equals(provider.getType())) {
                return provider.deleteCredential(realm, user, credential.getId());
            }
        }
        return user.credentialManager().removeStoredCredentialById(credential.getId());
    }

    @SuppressWarnings("rawtypes")
    private static Collection<CredentialProvider> credentialProviders(KeycloakSession session) {
        List<CredentialProvider> providers = new ArrayList<>();
        session.getKeycloakSessionFactory().getProviderFactoriesStream(CredentialProvider.class)
                .filter(factory -> factory instanceof CredentialProviderFactory)
                .map(ProviderFactory::getId)
                .map(id -> session.getProvider(CredentialProvider.class, id))
                .filter(Objects::nonNull)
                .forEach(providers::add);
        return providers;
    }
}
