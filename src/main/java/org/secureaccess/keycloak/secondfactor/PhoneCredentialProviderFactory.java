package org.secureaccess.keycloak.secondfactor;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class PhoneCredentialProviderFactory implements CredentialProviderFactory<PhoneCredentialProvider> {

    public static final String ID = "secure-access-phone";

    @Override
    public PhoneCredentialProvider create(KeycloakSession session) {
        return new PhoneCredentialProvider(session);
    }

    @Override
    public String getId() {
        return ID;
    }
}
