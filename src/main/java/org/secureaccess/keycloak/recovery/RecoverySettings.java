package org.secureaccess.keycloak.recovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.shared.config.BoundedInt;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * The waiting times, lifetimes and limits of recovering from lost second factors (see
 * shared/requirements.md), each a setting of the {@code secure-access-lost-second-factor} execution
 * with its default and bounds. How many letters a person may get, and how far apart, is identity
 * proofing's setting: both kinds of letters count together.
 */
record RecoverySettings(Duration waitTime, Duration timeToFinish, Duration letterValidity, Quota letterEntries, Quota requests) {

    /** Login.gov makes the person wait 24 hours; shorter would leave the notices too little time to be read. */
    static final BoundedInt WAIT_HOURS = new BoundedInt("waitHours", "Wait before removal (hours)",
            "How long a request to remove lost sign-in methods waits, with notices to the email and the old phone, before the "
                    + "person may finish it.", 24, 24, 336, List.of(24, 48, 72, 120, 168, 336));
    static final BoundedInt TIME_TO_FINISH_HOURS = new BoundedInt("timeToFinishHours", "Time to finish after the wait (hours)",
            "How long after the wait the person may finish the request; then it lapses and must be asked for again.",
            24, 12, 168, List.of(12, 24, 48, 72, 168));
    static final BoundedInt LETTER_VALIDITY_DAYS = new BoundedInt("letterCodeValidityDays", "Mailed code validity (days)",
            "How long a new activation code mailed to the address of record works. 30 is the IRS choice; 21 the stricter NIST "
                    + "800-63A choice.", 30, 10, 90, List.of(14, 21, 30, 45, 60, 90));
    static final BoundedInt LETTER_ENTRIES = new BoundedInt("letterCodeEntriesPerTenMinutes", "Mailed-code entries per 10 minutes",
            "Tries at typing the mailed code in ten minutes.", 5, 1, 5, List.of(1, 3, 5));
    static final BoundedInt REQUESTS_PER_DAY = new BoundedInt("waitRequestsPerDay", "Wait requests per day",
            "Requests to remove lost sign-in methods one person may start in 24 hours (each sends an email and a text).",
            3, 1, 5, List.of(1, 2, 3, 5));

    static final Duration LETTER_ENTRY_WINDOW = Duration.ofMinutes(10);
    static final Duration REQUEST_WINDOW = Duration.ofHours(24);

    static List<BoundedInt> all() {
        return List.of(WAIT_HOURS, TIME_TO_FINISH_HOURS, LETTER_VALIDITY_DAYS, LETTER_ENTRIES, REQUESTS_PER_DAY);
    }

    static List<ProviderConfigProperty> properties() {
        List<ProviderConfigProperty> properties = new ArrayList<>();
        all().forEach(setting -> properties.add(setting.toProperty()));
        return properties;
    }

    /** Out-of-bounds values (they can arrive through the REST API) are clamped and logged by {@link BoundedInt}. */
    static RecoverySettings from(Map<String, String> config, String alias) {
        return new RecoverySettings(
                Duration.ofHours(WAIT_HOURS.read(config, alias)),
                Duration.ofHours(TIME_TO_FINISH_HOURS.read(config, alias)),
                Duration.ofDays(LETTER_VALIDITY_DAYS.read(config, alias)),
                new Quota(LETTER_ENTRIES.read(config, alias), LETTER_ENTRY_WINDOW, Duration.ZERO),
                new Quota(REQUESTS_PER_DAY.read(config, alias), REQUEST_WINDOW, Duration.ZERO));
    }
}
