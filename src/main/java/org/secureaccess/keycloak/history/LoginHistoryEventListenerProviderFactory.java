package org.secureaccess.keycloak.history;

import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;
import org.secureaccess.keycloak.shared.config.BoundedInt;

/**
 * The login-history event listener ({@code secure-access-login-history}: add it to a realm's event
 * listeners). Also schedules the retention job on every node; it runs once per interval in the cluster
 * (the first node to claim the interval runs it, see {@link RetentionTask}).
 */
public class LoginHistoryEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String ID = "secure-access-login-history";
    static final String RETENTION_DAYS = "retention-days";
    static final String RETENTION_INTERVAL_SECONDS = "retention-interval-seconds";
    static final String NOT_ME_LINK_DAYS = "not-me-link-days";
    static final String FAILED_ATTEMPT_ROWS_PER_HOUR = "failed-attempt-rows-per-hour";
    static final int DEFAULT_RETENTION_DAYS = 180;
    static final int DEFAULT_RETENTION_INTERVAL_SECONDS = 3600;
    private static final Logger LOG = Logger.getLogger(LoginHistoryEventListenerProviderFactory.class);

    private Duration retention = Duration.ofDays(DEFAULT_RETENTION_DAYS);
    private Duration interval = Duration.ofSeconds(DEFAULT_RETENTION_INTERVAL_SECONDS);
    private HistorySettings settings = HistorySettings.DEFAULTS;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LoginHistoryEventListener(session);
    }

    @Override
    public void init(Config.Scope config) {
        retention = Duration.ofDays(option(config, RETENTION_DAYS, DEFAULT_RETENTION_DAYS, 1, 3650));
        interval = Duration.ofSeconds(option(config, RETENTION_INTERVAL_SECONDS, DEFAULT_RETENTION_INTERVAL_SECONDS, 1, 86_400));
        settings = new HistorySettings(
                option(config, NOT_ME_LINK_DAYS, HistorySettings.DEFAULT_NOT_ME_LINK_DAYS,
                        HistorySettings.MIN_NOT_ME_LINK_DAYS, HistorySettings.MAX_NOT_ME_LINK_DAYS),
                option(config, FAILED_ATTEMPT_ROWS_PER_HOUR, HistorySettings.DEFAULT_FAILED_ATTEMPT_ROWS_PER_HOUR,
                        HistorySettings.MIN_FAILED_ATTEMPT_ROWS_PER_HOUR, HistorySettings.MAX_FAILED_ATTEMPT_ROWS_PER_HOUR));
    }

    HistorySettings settings() {
        return settings;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                try (KeycloakSession session = factory.create()) {
                    LoginHistory.declareWriteFailureCounters(session);
                    TimerProvider timer = session.getProvider(TimerProvider.class);
                    timer.schedule(new ClusterAwareScheduledTaskRunner(factory, new RetentionTask(retention, interval), interval.toMillis()),
                            interval.toMillis(), RetentionTask.NAME);
                }
                LOG.infof("Login history: rows older than %d days are removed every %d s; \"This wasn't me\" links last %d days; "
                        + "%d failed attempts per person and hour get a row each", retention.toDays(), interval.toSeconds(),
                        settings.notMeLinkDays(), settings.failedAttemptRowsPerHour());
            }
        });
    }

    /** A whole-number server option within its bounds: unreadable gives the default, out of bounds is clamped, both logged. */
    private static int option(Config.Scope config, String name, int defaultValue, int min, int max) {
        return BoundedInt.clampOrDefault(config.get(name), defaultValue, min, max, "Option", ID, name);
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
                .property().name(RETENTION_DAYS).type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULT_RETENTION_DAYS)
                .helpText("Days a login-history row is kept (1-3650).").add()
                .property().name(RETENTION_INTERVAL_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULT_RETENTION_INTERVAL_SECONDS)
                .helpText("How often the retention job runs, once per cluster (1-86400 s).").add()
                .property().name(NOT_ME_LINK_DAYS).type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(HistorySettings.DEFAULT_NOT_ME_LINK_DAYS)
                .helpText("Days a \"This wasn't me\" link in a security email works (" + HistorySettings.MIN_NOT_ME_LINK_DAYS + "-"
                        + HistorySettings.MAX_NOT_ME_LINK_DAYS + ").").add()
                .property().name(FAILED_ATTEMPT_ROWS_PER_HOUR).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(HistorySettings.DEFAULT_FAILED_ATTEMPT_ROWS_PER_HOUR)
                .helpText("Failed attempts per person and clock hour recorded one row each; the rest are summed in one row ("
                        + HistorySettings.MIN_FAILED_ATTEMPT_ROWS_PER_HOUR + "-" + HistorySettings.MAX_FAILED_ATTEMPT_ROWS_PER_HOUR + ").").add()
                .build();
    }
}
