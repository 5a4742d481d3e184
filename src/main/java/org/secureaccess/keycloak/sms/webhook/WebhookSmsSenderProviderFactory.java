package org.secureaccess.keycloak.sms.webhook;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.sms.SmsSenderProvider;
import org.secureaccess.keycloak.sms.SmsSenderProviderFactory;
import org.secureaccess.keycloak.sms.SmsSenderSpi;

/**
 * Sends each message as a JSON POST to a URL of your own, e.g. an internal SMS relay:
 * {@code --spi-sms-sender--provider=webhook --spi-sms-sender--webhook--url=https://sms.example.com/send}.
 */
public class WebhookSmsSenderProviderFactory implements SmsSenderProviderFactory {

    public static final String ID = "webhook";
    private static final Logger LOG = Logger.getLogger(WebhookSmsSenderProviderFactory.class);

    private volatile WebhookSender sender;

    @Override
    public SmsSenderProvider create(KeycloakSession session) {
        return new WebhookSmsSenderProvider(session, sender);
    }

    @Override
    public void init(Config.Scope config) {
        List<String> warnings = new ArrayList<>();
        WebhookSettings settings = WebhookSettings.parse(config::get, warnings);
        sender = new WebhookSender(settings, config.get(WebhookSettings.OPT_AUTH_HEADER_VALUE));

        boolean configured = WebhookSettings.OPTIONS.stream().anyMatch(key -> config.get(key) != null) || isChosenSender();
        warnings.forEach(w -> LOG.warnf("SMS sender '%s': %s", ID, w));
        for (String problem : settings.problems()) {
            if (configured) {
                LOG.warnf("SMS sender '%s' cannot send: %s (set --spi-sms-sender--%s--<option>)", ID, problem, ID);
            } else {
                LOG.debugf("SMS sender '%s' is not configured: %s", ID, problem);
            }
        }
    }

    private static boolean isChosenSender() {
        try {
            return ID.equals(Config.getProvider(SmsSenderSpi.NAME));
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
                .property().name(WebhookSettings.OPT_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Where each message is POSTed as JSON. Required. https only; plain http only to localhost, "
                        + "127.0.0.1 or [::1] (development).")
                .add()
                .property().name(WebhookSettings.OPT_BODY_TEMPLATE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("JSON body; {{to}}, {{text}} and {{realm}} are replaced with JSON-escaped values and belong "
                        + "inside JSON strings.")
                .defaultValue(WebhookSettings.DEFAULT_BODY_TEMPLATE)
                .add()
                .property().name(WebhookSettings.OPT_AUTH_HEADER_NAME).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Request header that carries the auth header value.")
                .defaultValue(WebhookSettings.DEFAULT_AUTH_HEADER_NAME)
                .add()
                .property().name(WebhookSettings.OPT_AUTH_HEADER_VALUE).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Secret sent in the auth header, e.g. 'Bearer ...'; may be a vault reference such as "
                        + "${vault.sms-webhook-token}. No auth header when unset.")
                .add()
                .property().name(WebhookSettings.OPT_TIMEOUT).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Deadline for the whole request, in seconds (" + WebhookSettings.MIN_TIMEOUT_SECONDS + " to "
                        + WebhookSettings.MAX_TIMEOUT_SECONDS + ").")
                .defaultValue(WebhookSettings.DEFAULT_TIMEOUT_SECONDS)
                .add()
                .build();
    }
}
