package org.secureaccess.keycloak.letters.webhook;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.letters.LetterSenderProvider;
import org.secureaccess.keycloak.letters.LetterSenderProviderFactory;
import org.secureaccess.keycloak.letters.LetterSenderSpi;
import org.secureaccess.keycloak.shared.http.HttpOptions;

/**
 * Sends each letter as a JSON POST to a print-and-mail API (or a relay of your own):
 * {@code --spi-letter-sender--provider=webhook --spi-letter-sender--webhook--url=https://print.example.com/letters}.
 */
public class WebhookLetterSenderProviderFactory implements LetterSenderProviderFactory {

    public static final String ID = "webhook";
    private static final Logger LOG = Logger.getLogger(WebhookLetterSenderProviderFactory.class);

    private volatile LetterWebhookSender sender;

    @Override
    public LetterSenderProvider create(KeycloakSession session) {
        return new WebhookLetterSenderProvider(session, sender);
    }

    @Override
    public void init(Config.Scope config) {
        List<String> warnings = new ArrayList<>();
        LetterWebhookSettings settings = LetterWebhookSettings.parse(config::get, warnings);
        sender = new LetterWebhookSender(settings, config.get(HttpOptions.OPT_AUTH_HEADER_VALUE));

        boolean configured = LetterWebhookSettings.OPTIONS.stream().anyMatch(key -> config.get(key) != null) || isChosenSender();
        warnings.forEach(w -> LOG.warnf("Letter sender '%s': %s", ID, w));
        for (String problem : settings.problems()) {
            if (configured) {
                LOG.warnf("Letter sender '%s' cannot send: %s (set --spi-letter-sender--%s--<option>)", ID, problem, ID);
            } else {
                LOG.debugf("Letter sender '%s' is not configured: %s", ID, problem);
            }
        }
    }

    private static boolean isChosenSender() {
        try {
            return ID.equals(Config.getProvider(LetterSenderSpi.NAME));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(HttpOptions.OPT_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Where each letter is POSTed as JSON (letterId, realm, to, activationCode, content, issuedAt, "
                        + "expiresAt). Required. https only; plain http only to localhost, 127.0.0.1 or [::1] (development).")
                .add()
                .property().name(HttpOptions.OPT_AUTH_HEADER_NAME).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Request header that carries the auth header value.")
                .defaultValue(HttpOptions.DEFAULT_AUTH_HEADER_NAME)
                .add()
                .property().name(HttpOptions.OPT_AUTH_HEADER_VALUE).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Secret sent in the auth header, e.g. 'Bearer ...'; may be a vault reference such as "
                        + "${vault.letter-webhook-token}. No auth header when unset.")
                .add()
                .property().name(HttpOptions.OPT_TIMEOUT).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Deadline for the whole request, in seconds (" + HttpOptions.MIN_TIMEOUT_SECONDS + " to "
                        + HttpOptions.MAX_TIMEOUT_SECONDS + ").")
                .defaultValue(HttpOptions.DEFAULT_TIMEOUT_SECONDS)
                .add()
                .build();
    }
}
