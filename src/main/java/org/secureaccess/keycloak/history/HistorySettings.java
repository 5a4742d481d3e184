package org.secureaccess.keycloak.history;

import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The server options of the login history that the rest of the package needs at request time (set on the
 * {@code secure-access-login-history} event listener: {@code --spi-events-listener--secure-access-login-history--...}).
 *
 * @param notMeLinkDays            how long a "This wasn't me" link in a security email works
 * @param failedAttemptRowsPerHour failed attempts per person and clock hour that get a history row each
 */
record HistorySettings(int notMeLinkDays, int failedAttemptRowsPerHour) {

    static final int DEFAULT_NOT_ME_LINK_DAYS = 10;
    static final int MIN_NOT_ME_LINK_DAYS = 1;
    static final int MAX_NOT_ME_LINK_DAYS = 30;
    static final int DEFAULT_FAILED_ATTEMPT_ROWS_PER_HOUR = 20;
    static final int MIN_FAILED_ATTEMPT_ROWS_PER_HOUR = 1;
    static final int MAX_FAILED_ATTEMPT_ROWS_PER_HOUR = 100;

    static final HistorySettings DEFAULTS = new HistorySettings(DEFAULT_NOT_ME_LINK_DAYS, DEFAULT_FAILED_ATTEMPT_ROWS_PER_HOUR);

    /** The settings the server started with (the defaults where the listener is not deployed). */
    static HistorySettings of(KeycloakSession session) {
        Object factory = session.getKeycloakSessionFactory().getProviderFactory(EventListenerProvider.class, LoginHistoryEventListenerProviderFactory.ID);
        return factory instanceof LoginHistoryEventListenerProviderFactory history ? history.settings() : DEFAULTS;
    }
}
