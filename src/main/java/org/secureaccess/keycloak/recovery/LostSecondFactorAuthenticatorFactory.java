package org.secureaccess.keycloak.recovery;

import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/**
 * "I can't use any of these" ({@code secure-access-lost-second-factor}): add it as the last
 * ALTERNATIVE beside the second-factor methods. Its execution settings are the waits and lifetimes
 * (see {@link RecoverySettings}); the server options set how often the cluster-wide job that sends
 * the "wait is over" emails runs, and how long ended requests are kept.
 */
public class LostSecondFactorAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "secure-access-lost-second-factor";
    static final String NOTICE_INTERVAL_SECONDS = "notice-interval-seconds";
    static final String ENDED_REQUEST_RETENTION_DAYS = "ended-request-retention-days";
    static final int DEFAULT_NOTICE_INTERVAL_SECONDS = 60;
    static final int DEFAULT_ENDED_REQUEST_RETENTION_DAYS = 30;
    private static final LostSecondFactorAuthenticator SINGLETON = new LostSecondFactorAuthenticator();
    private static final Logger LOG = Logger.getLogger(LostSecondFactorAuthenticatorFactory.class);

    private Duration noticeInterval = Duration.ofSeconds(DEFAULT_NOTICE_INTERVAL_SECONDS);
    private Duration endedRetention = Duration.ofDays(DEFAULT_ENDED_REQUEST_RETENTION_DAYS);

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Secure Access: I can't use any of these (lost second factor)";
    }

    @Override
    public String getHelpText() {
        return "The way back for a person who lost every second factor: their recovery codes; a new activation code mailed to "
                + "the address of record when Secure Access proofing verified them; otherwise a wait with notices to the email and "
                + "the old phone, each able to cancel. It never signs anyone in: completing a request removes the second factors "
                + "and restarts the sign-in. Add it as the last ALTERNATIVE beside the second-factor methods.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return RecoverySettings.properties();
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
        noticeInterval = Duration.ofSeconds(clamp(config.getInt(NOTICE_INTERVAL_SECONDS, DEFAULT_NOTICE_INTERVAL_SECONDS), 1, 3600,
                NOTICE_INTERVAL_SECONDS));
        endedRetention = Duration.ofDays(clamp(config.getInt(ENDED_REQUEST_RETENTION_DAYS, DEFAULT_ENDED_REQUEST_RETENTION_DAYS), 1, 365,
                ENDED_REQUEST_RETENTION_DAYS));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                try (KeycloakSession session = factory.create()) {
                    session.getProvider(TimerProvider.class).schedule(new ClusterAwareScheduledTaskRunner(factory,
                            new WaitOverNoticeTask(endedRetention), noticeInterval.toMillis()), noticeInterval.toMillis(), WaitOverNoticeTask.NAME);
                }
                LOG.infof("Lost second factors: 'wait is over' emails are sent every %d s", noticeInterval.toSeconds());
            }
        });
    }

    private static int clamp(int value, int min, int max, String option) {
        if (value < min || value > max) {
            int clamped = Math.max(min, Math.min(max, value));
            LOG.warnf("Option %s=%d is outside %d..%d; using %d", option, value, min, max, clamped);
            return clamped;
        }
        return value;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(NOTICE_INTERVAL_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULT_NOTICE_INTERVAL_SECONDS)
                .helpText("How often the cluster-wide job looks for waits that are over and emails the person (1-3600 s).").add()
                .property().name(ENDED_REQUEST_RETENTION_DAYS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_ENDED_REQUEST_RETENTION_DAYS)
                .helpText("Days an ended recovery request is kept before the job removes it (1-365); the login history keeps the record.").add()
                .build();
    }

    @Override
    public void close() {
    }
}
