package org.secureaccess.keycloak.letters;

/**
 * What a provider says about a letter it accepted.
 *
 * @param providerReference the provider's own name for the letter (a print job id, a spool file), for support and
 *                          audit; null when the provider gave none. At most {@value #MAX_REFERENCE_LENGTH} characters
 *                          without control characters (it goes into events and logs). Never the code or the address.
 */
public record LetterReceipt(String providerReference) {

    public static final int MAX_REFERENCE_LENGTH = 256;

    public LetterReceipt {
        if (providerReference != null) {
            if (providerReference.isBlank() || providerReference.length() > MAX_REFERENCE_LENGTH
                    || providerReference.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("providerReference must be 1 to " + MAX_REFERENCE_LENGTH
                        + " characters without control characters, or null");
            }
        }
    }
}
