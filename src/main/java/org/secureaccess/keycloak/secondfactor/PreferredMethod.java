package org.secureaccess.keycloak.secondfactor;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;

/**
 * Keycloak offers first the method whose credential comes first in the person's credential list;
 * moving the credential just used to the front makes the next sign-in default to it.
 */
final class PreferredMethod {

    private PreferredMethod() {
    }

    static void remember(UserModel user, String credentialType, String credentialId) {
        String id = credentialId;
        if (id == null || id.isBlank()) {
            id = user.credentialManager().getStoredCredentialsByTypeStream(credentialType)
                    .map(CredentialModel::getId).findFirst().orElse(null);
        }
        if (id == null) {
            return;
        }
        String first = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> !"password".equals(c.getType()))
                .map(CredentialModel::getId).findFirst().orElse(null);
        if (!id.equals(first)) {
            user.credentialManager().moveStoredCredentialTo(id, null);
        }
    }
}
