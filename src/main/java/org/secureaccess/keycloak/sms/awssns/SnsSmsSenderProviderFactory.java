package org.secureaccess.keycloak.sms.awssns;

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
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Sends through Amazon SNS (direct publish to a phone number, transactional):
 * {@code --spi-sms-sender--provider=aws-sns --spi-sms-sender--aws-sns--region=eu-west-1}; credentials
 * come from {@code access-key-id}/{@code secret-access-key} or else the AWS SDK's default chain.
 */
public class SnsSmsSenderProviderFactory implements SmsSenderProviderFactory {

    public static final String ID = "aws-sns";
    private static final Logger LOG = Logger.getLogger(SnsSmsSenderProviderFactory.class);
    /**
     * The bundled SDK's log category: {@code org.secureaccess.keycloak.shaded.software.amazon} in the
     * shaded JAR, so it inherits a DEBUG level meant for our own classes.
     */
    static final String SDK_LOG_CATEGORY = SnsClient.class.getName().substring(0, SnsClient.class.getName().indexOf(".awssdk."));

    private volatile SnsSender sender;
    /** Held so that the level set on it is not lost with a collected logger. */
    private java.util.logging.Logger sdkLogger;

    @Override
    public SmsSenderProvider create(KeycloakSession session) {
        return new SnsSmsSenderProvider(session, sender);
    }

    @Override
    public void init(Config.Scope config) {
        quietSdkDebugLogging();
        List<String> warnings = new ArrayList<>();
        SnsSettings settings = SnsSettings.parse(config::get, warnings);
        // Without a usable configuration (e.g. no region: the sender is not in use) no SDK client is built.
        sender = new SnsSender(settings, config.get(SnsSettings.OPT_ACCESS_KEY_ID), config.get(SnsSettings.OPT_SECRET_ACCESS_KEY));

        boolean configured = SnsSettings.OPTIONS.stream().anyMatch(key -> config.get(key) != null) || isChosenSender();
        warnings.forEach(w -> LOG.warnf("SMS sender '%s': %s", ID, w));
        List<String> problems = new ArrayList<>(settings.problems());
        if (settings.usable() && sender.setupProblem() != null) {
            problems.add(sender.setupProblem());
        }
        for (String problem : problems) {
            if (configured) {
                LOG.warnf("SMS sender '%s' cannot send: %s (set --spi-sms-sender--%s--<option>)", ID, problem, ID);
            } else {
                LOG.debugf("SMS sender '%s' is not configured: %s", ID, problem);
            }
        }
    }

    /**
     * At DEBUG the SDK logs SNS's error texts, which may quote the phone number. Unless an administrator
     * set a level for the SDK's own category on purpose, keep it at INFO.
     */
    private void quietSdkDebugLogging() {
        try {
            sdkLogger = java.util.logging.Logger.getLogger(SDK_LOG_CATEGORY);
            if (sdkLogger.getLevel() == null) {
                sdkLogger.setLevel(java.util.logging.Level.INFO);
            }
        } catch (RuntimeException e) {
            LOG.debugf("Could not set the level of log category %s: %s", SDK_LOG_CATEGORY, e.toString());
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
        SnsSender current = sender;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SnsSettings.OPT_REGION).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("AWS region that sends the messages, e.g. eu-west-1. Required.")
                .add()
                .property().name(SnsSettings.OPT_ENDPOINT).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("SNS endpoint override, e.g. a VPC endpoint. https only; plain http only to localhost, "
                        + "127.0.0.1 or [::1] (tests). Default: the region's SNS endpoint.")
                .add()
                .property().name(SnsSettings.OPT_ACCESS_KEY_ID).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Access key ID; may be a vault reference. Unset (with secret-access-key): the AWS SDK's "
                        + "default credentials chain (system properties, environment, web identity such as EKS IAM roles "
                        + "for service accounts, profile, container, instance).")
                .add()
                .property().name(SnsSettings.OPT_SECRET_ACCESS_KEY).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Secret access key; may be a vault reference such as ${vault.aws-sns-secret}.")
                .add()
                .property().name(SnsSettings.OPT_SENDER_ID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Alphanumeric sender ID (AWS.SNS.SMS.SenderID), where the destination country supports it.")
                .add()
                .property().name(SnsSettings.OPT_ORIGINATION_NUMBER).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Origination number (AWS.MM.SMS.OriginationNumber) registered with AWS End User Messaging.")
                .add()
                .property().name(SnsSettings.OPT_TIMEOUT).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("API call timeout in seconds (" + SnsSettings.MIN_TIMEOUT_SECONDS + " to "
                        + SnsSettings.MAX_TIMEOUT_SECONDS + "); the publish is not retried.")
                .defaultValue(SnsSettings.DEFAULT_TIMEOUT_SECONDS)
                .add()
                .build();
    }
}
