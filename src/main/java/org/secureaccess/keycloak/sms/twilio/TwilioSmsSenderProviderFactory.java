package org.secureaccess.keycloak.sms.twilio;

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
 * Sends through Twilio Programmable Messaging:
 * {@code --spi-sms-sender--provider=twilio --spi-sms-sender--twilio--account-sid=AC...
 * --spi-sms-sender--twilio--auth-token=${vault.twilio-auth-token} --spi-sms-sender--twilio--from=+1...}.
 */
public class TwilioSmsSenderProviderFactory implements SmsSenderProviderFactory {

    public static final String ID = "twilio";
    private static final Logger LOG = Logger.getLogger(TwilioSmsSenderProviderFactory.class);

    private volatile TwilioSender sender;

    @Override
    public SmsSenderProvider create(KeycloakSession session) {
        return new TwilioSmsSenderProvider(session, sender);
    }

    @Override
    public void init(Config.Scope config) {
        List<String> warnings = new ArrayList<>();
        TwilioSettings settings = TwilioSettings.parse(config::get, warnings);
        sender = new TwilioSender(settings, config.get(settings.secretOption()));

        boolean configured = TwilioSettings.OPTIONS.stream().anyMatch(key -> config.get(key) != null) || isChosenSender();
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
                .property().name(TwilioSettings.OPT_ACCOUNT_SID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Twilio account SID (AC...). Required.")
                .add()
                .property().name(TwilioSettings.OPT_AUTH_TOKEN).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Auth token of the account, used when no API key is set; may be a vault reference such as "
                        + "${vault.twilio-auth-token}.")
                .add()
                .property().name(TwilioSettings.OPT_API_KEY_SID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("API key SID (SK...) to authenticate with instead of the auth token.")
                .add()
                .property().name(TwilioSettings.OPT_API_KEY_SECRET).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Secret of the API key; may be a vault reference.")
                .add()
                .property().name(TwilioSettings.OPT_FROM).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Sender: a Twilio phone number in E.164 form, a short code or an alphanumeric sender ID. "
                        + "Required unless messaging-service-sid is set.")
                .add()
                .property().name(TwilioSettings.OPT_MESSAGING_SERVICE_SID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Messaging Service SID (MG...) that chooses the sender; takes precedence over 'from'.")
                .add()
                .property().name(TwilioSettings.OPT_BASE_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Twilio REST API root, e.g. a regional edge. https only.")
                .defaultValue(TwilioSettings.DEFAULT_BASE_URL)
                .add()
                .property().name(TwilioSettings.OPT_TIMEOUT).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Deadline for the whole request, in seconds (" + TwilioSettings.MIN_TIMEOUT_SECONDS + " to "
                        + TwilioSettings.MAX_TIMEOUT_SECONDS + ").")
                .defaultValue(TwilioSettings.DEFAULT_TIMEOUT_SECONDS)
                .add()
                .build();
    }
}
