package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/**
 * The login history's server options, read by the event listener's factory at start-up. shared/requirements.md names
 * neither number (its "History kept | 180 days" is the factory's retention, not part of these settings).
 */
class HistorySettingsTest {

    @Test
    void withoutOptionsTheDefaultsApply() {
        assertEquals(new HistorySettings(10, 20), HistorySettings.DEFAULTS);
        assertEquals(HistorySettings.DEFAULTS, started(Map.of()).settings());
    }

    @ParameterizedTest(name = "not-me-link-days={0}: {1} days")
    @CsvSource({"0, 1", "1, 1", "30, 30", "31, 30"})
    void aNotMeLinkWorksOneToThirtyDaysAndOneStepPastABoundIsClampedToIt(String configured, int days) {
        assertEquals(days, started(Map.of("not-me-link-days", configured)).settings().notMeLinkDays());
    }

    @ParameterizedTest(name = "failed-attempt-rows-per-hour={0}: {1} rows")
    @CsvSource({"0, 1", "1, 1", "100, 100", "101, 100"})
    void failedAttemptsGetOneToAHundredRowsAnHourAndOneStepPastABoundIsClampedToIt(String configured, int rows) {
        assertEquals(rows, started(Map.of("failed-attempt-rows-per-hour", configured)).settings().failedAttemptRowsPerHour());
    }

    @Test
    void anUnreadableOptionFallsBackToItsDefaultAndLeavesTheOtherAlone() {
        HistorySettings settings = started(Map.of("not-me-link-days", "a week", "failed-attempt-rows-per-hour", "50")).settings();
        assertEquals(new HistorySettings(10, 50), settings);
    }

    @Test
    void aRequestReadsTheSettingsTheServerStartedWith() {
        LoginHistoryEventListenerProviderFactory factory = started(Map.of("not-me-link-days", "3"));
        assertSame(factory.settings(), HistorySettings.of(sessionWith(factory)));
    }

    @Test
    void whereTheListenerIsNotDeployedARequestReadsTheDefaults() {
        assertSame(HistorySettings.DEFAULTS, HistorySettings.of(sessionWith(null)));
    }

    private static LoginHistoryEventListenerProviderFactory started(Map<String, String> options) {
        LoginHistoryEventListenerProviderFactory factory = new LoginHistoryEventListenerProviderFactory();
        factory.init(answering(Config.Scope.class, "get", args -> options.get((String) args[0])));
        return factory;
    }

    private static KeycloakSession sessionWith(ProviderFactory<?> listenerFactory) {
        KeycloakSessionFactory sessionFactory = answering(KeycloakSessionFactory.class, "getProviderFactory", args ->
                args[0] == EventListenerProvider.class && LoginHistoryEventListenerProviderFactory.ID.equals(args[1]) ? listenerFactory : null);
        return answering(KeycloakSession.class, "getKeycloakSessionFactory", args -> sessionFactory);
    }

    /** A stand-in that answers one method; any other call fails the test, so nothing is read that the test did not set. */
    @SuppressWarnings("unchecked")
    private static <T> T answering(Class<T> type, String method, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            if (!called.getName().equals(method)) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + called.getName());
            }
            return answer.apply(args);
        });
    }
}
