package org.secureaccess.keycloak.evidence;

import org.keycloak.provider.ProviderFactory;

public interface EvidenceVerifierProviderFactory extends ProviderFactory<EvidenceVerifierProvider> {
}
