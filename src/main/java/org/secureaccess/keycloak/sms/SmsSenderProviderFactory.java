package org.secureaccess.keycloak.sms;

import org.keycloak.provider.ProviderFactory;

public interface SmsSenderProviderFactory extends ProviderFactory<SmsSenderProvider> {
}
