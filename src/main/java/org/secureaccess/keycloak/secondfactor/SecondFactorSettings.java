package org.secureaccess.keycloak.secondfactor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.shared.config.BoundedInt;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * The numbers of the second factor (see shared/requirements.md), each with its default and bounds,
 * read from an authenticator or required-action configuration.
 */
public final class SecondFactorSettings {

    public static final BoundedInt CODE_LENGTH = new BoundedInt("codeLength", "Code length",
            "Digits in a text-message code.", 6, 6, 10, List.of(6, 7, 8, 9, 10));
    public static final BoundedInt CODE_LIFETIME_SECONDS = new BoundedInt("codeLifetimeSeconds", "Code lifetime (seconds)",
            "How long a texted code can be used.", 600, 60, 600, List.of(60, 120, 180, 300, 600));
    public static final BoundedInt MAX_WRONG_PER_CODE = new BoundedInt("maxWrongEntriesPerCode", "Wrong entries per code",
            "Wrong entries after which a code is void and a new one must be requested.", 5, 1, 5, List.of(1, 2, 3, 4, 5));
    public static final BoundedInt RESEND_COOLDOWN_SECONDS = new BoundedInt("resendCooldownSeconds", "Wait before resending (seconds)",
            "Time between two texts in one sign-in.", 30, 30, 300, List.of(30, 45, 60, 120, 300));
    public static final BoundedInt MAX_SENDS = new BoundedInt("maxSendsPerWindow", "Texts per window",
            "Texts allowed per person and per phone number in one window.", 10, 1, 10, List.of(1, 3, 5, 10));
    public static final BoundedInt SEND_WINDOW_SECONDS = new BoundedInt("sendWindowSeconds", "Text window (seconds)",
            "The window the text limit counts in.", 600, 600, 86_400, List.of(600, 1800, 3600, 86_400));
    public static final BoundedInt SEND_LOCKOUT_SECONDS = new BoundedInt("sendLockoutSeconds", "Text lockout (seconds)",
            "How long sending stops once the text limit is passed.", 600, 600, 86_400, List.of(600, 1800, 3600, 86_400));
    public static final BoundedInt LOCK_THRESHOLD = new BoundedInt("lockAfterWrongCodes", "Wrong codes before lockout",
            "Consecutive wrong codes, by any method and across sign-ins, that lock the second factor.", 10, 1, 100,
            List.of(3, 5, 10, 20, 50, 100));
    public static final BoundedInt LOCKOUT_SECONDS = new BoundedInt("lockoutSeconds", "Lockout (seconds)",
            "How long the second factor stays locked.", 600, 60, 86_400, List.of(60, 300, 600, 900, 1800, 3600, 86_400));
    public static final BoundedInt LOCK_UNTIL_CLEARED_THRESHOLD = new BoundedInt("lockUntilClearedAfterWrongCodes",
            "Wrong codes in a row before a lock without end",
            "Consecutive wrong codes across lock periods (a success ends the run; NIST SP 800-63B allows at most 100) after which "
                    + "the second factor stays locked until an administrator clears it or the person recovers the account.",
            100, 10, 100, List.of(10, 20, 50, 100));
    public static final BoundedInt IN_USE_ANSWERS_PER_DAY = new BoundedInt("numberInUseAnswersPerDay", "\"Number in use\" answers per day",
            "How many times in 24 hours one person may be told that a number belongs to another account; then no number is "
                    + "checked for them until the 24 hours are over, so the answer can not be used to find out whose number is whose.",
            3, 1, 10, List.of(1, 2, 3, 5, 10));

    /** A run of wrong codes is forgotten after a day without any (the long-window count is not). */
    static final Duration FAILURE_MEMORY = Duration.ofHours(24);
    /** The window of {@link #IN_USE_ANSWERS_PER_DAY}. */
    static final Duration IN_USE_ANSWER_WINDOW = Duration.ofHours(24);

    private SecondFactorSettings() {
    }

    /** Rules for one texted code and for sending texts. */
    public record SmsCodeRules(int codeLength, Duration lifetime, int maxWrongPerCode, Duration resendCooldown, Quota sendQuota) {

        public static SmsCodeRules from(Map<String, String> config, String alias) {
            return new SmsCodeRules(
                    CODE_LENGTH.read(config, alias),
                    Duration.ofSeconds(CODE_LIFETIME_SECONDS.read(config, alias)),
                    MAX_WRONG_PER_CODE.read(config, alias),
                    Duration.ofSeconds(RESEND_COOLDOWN_SECONDS.read(config, alias)),
                    new Quota(MAX_SENDS.read(config, alias),
                            Duration.ofSeconds(SEND_WINDOW_SECONDS.read(config, alias)),
                            Duration.ofSeconds(SEND_LOCKOUT_SECONDS.read(config, alias))));
        }
    }

    public static Lockout lockout(Map<String, String> config, String alias) {
        return new Lockout(LOCK_THRESHOLD.read(config, alias), Duration.ofSeconds(LOCKOUT_SECONDS.read(config, alias)), FAILURE_MEMORY,
                LOCK_UNTIL_CLEARED_THRESHOLD.read(config, alias));
    }

    /** How often one person may hear "this number is used by another account". */
    static Quota inUseAnswers(Map<String, String> config, String alias) {
        return new Quota(IN_USE_ANSWERS_PER_DAY.read(config, alias), IN_USE_ANSWER_WINDOW, Duration.ZERO);
    }

    static List<BoundedInt> smsSettings() {
        return List.of(CODE_LENGTH, CODE_LIFETIME_SECONDS, MAX_WRONG_PER_CODE, RESEND_COOLDOWN_SECONDS, MAX_SENDS,
                SEND_WINDOW_SECONDS, SEND_LOCKOUT_SECONDS);
    }

    static List<BoundedInt> lockSettings() {
        return List.of(LOCK_THRESHOLD, LOCKOUT_SECONDS, LOCK_UNTIL_CLEARED_THRESHOLD);
    }

    /** Settings of the phone-enrolment required action only (they apply to enrolment and to proofing's phone step). */
    static List<BoundedInt> enrollmentSettings() {
        return List.of(IN_USE_ANSWERS_PER_DAY);
    }

    static List<ProviderConfigProperty> properties(List<BoundedInt> settings) {
        List<ProviderConfigProperty> properties = new ArrayList<>();
        for (BoundedInt setting : settings) {
            properties.add(setting.toProperty());
        }
        return properties;
    }
}
