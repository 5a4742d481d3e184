package org.secureaccess.keycloak.shared.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import org.jboss.logging.Logger;

/**
 * What the extension records on Keycloak's Micrometer registry, shown on the management port's {@code /metrics} when the
 * server runs with {@code --metrics-enabled=true} (docs/grafana/secure-access.json charts them). A metric is a record of
 * what happened, never a condition for it: recording never fails the request it describes. Tag values are bounded sets
 * (provider ids, enum names, realm names), never anything a person typed.
 */
public final class Meters {

    /** Text messages handed to a sender: {@code provider}, {@code purpose}, {@code outcome} (sent or a failure reason). */
    public static final String SMS_SEND = "secure_access_sms_send";
    /** Letters handed to a letter sender: {@code provider}, {@code purpose}, {@code outcome}. */
    public static final String LETTER_SEND = "secure_access_letter_send";
    /** Calls to an evidence verifier: {@code provider}, {@code call}, {@code outcome} (answered or why not). */
    public static final String VERIFIER_CALL = "secure_access_verifier_call";
    /** Locks that started: {@code realm}, {@code counter} (which limit), {@code outcome} (temporary or until_cleared). */
    public static final String LOCKOUT = "secure_access_lockouts";

    /** The outcome of a call that went through. */
    public static final String SUCCESS_SENT = "sent";
    public static final String SUCCESS_ANSWERED = "answered";

    private static final Logger LOG = Logger.getLogger(Meters.class);

    private Meters() {
    }

    /** Records one call's duration (from {@link System#nanoTime()} at its start) under {@code name} with key-value tags. */
    public static void time(String name, long startNanos, String... tags) {
        try {
            Timer.builder(name).tags(tags).register(Metrics.globalRegistry).record(Duration.ofNanos(System.nanoTime() - startNanos));
        } catch (RuntimeException e) {
            LOG.debugf("Metric %s not recorded: %s", name, e.getClass().getSimpleName());
        }
    }

    /** Counts one occurrence under {@code name} with key-value tags. */
    public static void count(String name, String... tags) {
        add(name, 1, tags);
    }

    /**
     * Shows the counter at 0 from the server's start, for a counter whose first increase must raise an alert: a series
     * that appears with its first count shows no increase to Prometheus's {@code increase()}.
     */
    public static void declareCounter(String name, String... tags) {
        add(name, 0, tags);
    }

    private static void add(String name, double amount, String... tags) {
        try {
            Counter.builder(name).tags(tags).register(Metrics.globalRegistry).increment(amount);
        } catch (RuntimeException e) {
            LOG.debugf("Metric %s not recorded: %s", name, e.getClass().getSimpleName());
        }
    }
}
