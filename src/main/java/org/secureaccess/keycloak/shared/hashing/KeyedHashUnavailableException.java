package org.secureaccess.keycloak.shared.hashing;

/** No hashing secret is configured, so nothing sensitive can be stored or compared. */
public class KeyedHashUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public KeyedHashUnavailableException(String message) {
        super(message);
    }
}
