package org.secureaccess.keycloak.sitephrase;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.secureaccess.keycloak.shared.config.BoundedInt;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * The numbers of the username step and of device recognition (see shared/requirements.md), settings
 * of the {@code secure-access-site-phrase-login} execution, each with its default and bounds.
 *
 * <p>Only username steps that do not end with the right password count: a right password gives its
 * units back. So people who sign in, however often, never use up a quota; guesses, probes and
 * abandoned attempts do.
 */
record SignInSettings(Quota perAddress, Quota perUsername, Duration deviceLifetime) {

    /**
     * Generous, because many people share one public address (offices, libraries, mobile carriers' NAT). It still
     * holds a script on one address to about 19,000 names a day instead of unlimited; what stops enumeration is that
     * neither the page nor its timing differs between known and unknown names.
     */
    static final BoundedInt ATTEMPTS_PER_ADDRESS = new BoundedInt("usernameAttemptsPerAddress", "Username attempts per address",
            "Username steps that did not end with the right password, allowed from one source address (IPv6: one /64) in one window.",
            200, 10, 10_000, List.of(10, 50, 100, 200, 500, 1000, 5000, 10_000));
    /** Twice Keycloak's failure factor: a person who mistypes keeps room to try again, a script aimed at one name does not. */
    static final BoundedInt ATTEMPTS_PER_USERNAME = new BoundedInt("usernameAttemptsPerUsername", "Username attempts per username",
            "Username steps that did not end with the right password, allowed for one username (known or not) in one window. "
                    + "A browser the person has signed in from is not held back by this limit.",
            10, 3, 100, List.of(3, 5, 10, 20, 50, 100));
    /** As long as Keycloak's longest brute-force wait in realm-export.json, so the two limits lift on the same scale. */
    static final BoundedInt ATTEMPT_WINDOW_SECONDS = new BoundedInt("usernameAttemptWindowSeconds", "Username attempt window (seconds)",
            "The window both username limits count in, aligned to the clock (900: at :00, :15, :30 and :45); a limit lifts when its window ends.",
            900, 60, 86_400, List.of(60, 300, 600, 900, 1800, 3600, 86_400));
    /**
     * How long a browser keeps showing a person's phrase after their last full sign-in on it. A year and a month by
     * default, because many people sign in once a year, at filing time; 400 days is the longest a browser keeps a
     * cookie. Every full sign-in starts it again.
     */
    static final BoundedInt DEVICE_DAYS = new BoundedInt("recognisedDeviceDays", "Recognised browser (days)",
            "Days a browser shows the person's site phrase and picture after their last full sign-in on it.",
            400, 1, RecognisedDevice.MAX_DAYS, List.of(1, 30, 90, 180, 365, 400));

    static List<BoundedInt> all() {
        return List.of(ATTEMPTS_PER_ADDRESS, ATTEMPTS_PER_USERNAME, ATTEMPT_WINDOW_SECONDS, DEVICE_DAYS);
    }

    static SignInSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null ? Map.of() : model.getConfig();
        String alias = model == null ? SitePhraseLoginFormFactory.ID : model.getAlias();
        Duration window = Duration.ofSeconds(ATTEMPT_WINDOW_SECONDS.read(config, alias));
        // No lockout beyond the window: the limit lifts when its window ends, so a stranger can hold a name back at most that long.
        return new SignInSettings(
                new Quota(ATTEMPTS_PER_ADDRESS.read(config, alias), window, Duration.ZERO),
                new Quota(ATTEMPTS_PER_USERNAME.read(config, alias), window, Duration.ZERO),
                Duration.ofDays(DEVICE_DAYS.read(config, alias)));
    }
}
