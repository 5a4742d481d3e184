package org.secureaccess.keycloak.letters;

import org.keycloak.provider.ProviderFactory;

public interface LetterSenderProviderFactory extends ProviderFactory<LetterSenderProvider> {
}
