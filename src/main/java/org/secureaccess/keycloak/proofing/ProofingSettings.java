package org.secureaccess.keycloak.proofing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.RequiredActionHelper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.shared.config.BoundedInt;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * The numbers and choices of identity proofing (see shared/requirements.md), read from the
 * "Verify your identity" required action's configuration, each with its default and bounds.
 */
record ProofingSettings(Duration emailCodeLifetime, int emailCodeMaxWrong, Lockout emailCodeLockout, Quota failedMatches, Quota taxIdAttempts,
                        Duration letterValidity, Quota letters, Duration letterMinimumGap, Quota letterEntries,
                        Optional<LocalDate> enforcementDate, String priorAttribute, Set<String> priorValues,
                        Optional<String> verifier) {

    static final BoundedInt EMAIL_CODE_MINUTES = new BoundedInt("emailCodeLifetimeMinutes", "Email code lifetime (minutes)",
            "How long the emailed confirmation code can be used.", 15, 5, 1440, List.of(5, 10, 15, 30, 60, 1440));
    static final BoundedInt EMAIL_CODE_MAX_WRONG = new BoundedInt("emailCodeMaxWrongEntries", "Wrong entries per email code",
            "Wrong entries after which the emailed code is void.", 5, 1, 5, List.of(1, 3, 5));
    static final BoundedInt EMAIL_WRONG_IN_A_ROW = new BoundedInt("emailWrongCodesBeforePause", "Wrong email codes in a row before a pause",
            "Wrong email codes in a row, across new codes and sign-ins (a new code gives no fresh guesses), after which "
                    + "confirming the email is paused.", 10, 3, 20, List.of(3, 5, 10, 15, 20));
    static final BoundedInt EMAIL_PAUSE_MINUTES = new BoundedInt("emailCodePauseMinutes", "Email-code pause (minutes)",
            "How long confirming the email is paused after too many wrong codes in a row.", 30, 10, 1440, List.of(10, 30, 60, 240, 1440));
    static final BoundedInt FAILED_MATCHES = new BoundedInt("failedMatchesAllowed", "Failed matches allowed",
            "Failed matches (identity, financial account, phone) per person in one window, then a lock until the window ends.",
            5, 1, 10, List.of(3, 5, 10));
    static final BoundedInt FAILED_MATCH_WINDOW_HOURS = new BoundedInt("failedMatchWindowHours", "Failed-match window (hours)",
            "The window failed matches are counted in.", 6, 1, 72, List.of(1, 6, 12, 24, 72));
    static final BoundedInt TAX_ID_ATTEMPTS_PER_HOUR = new BoundedInt("taxIdAttemptsPerHour", "Attempts per SSN/ITIN per hour",
            "Identity checks with one SSN or ITIN across all accounts in an hour.", 10, 1, 20, List.of(5, 10, 20));
    static final BoundedInt LETTER_VALIDITY_DAYS = new BoundedInt("letterCodeValidityDays", "Mailed code validity (days)",
            "How long a mailed activation code works. 30 is the IRS choice; 21 the stricter NIST 800-63A choice.", 30, 10, 90,
            List.of(14, 21, 30, 45, 60, 90));
    static final BoundedInt LETTERS_PER_PERIOD = new BoundedInt("lettersPerPeriod", "Letters per period",
            "Activation letters one person may request in one period.", 4, 1, 4, List.of(1, 2, 3, 4));
    static final BoundedInt LETTER_PERIOD_DAYS = new BoundedInt("letterPeriodDays", "Letter period (days)",
            "The period the letter limit counts in.", 30, 30, 365, List.of(30, 60, 90, 365));
    static final BoundedInt LETTER_GAP_HOURS = new BoundedInt("letterMinimumGapHours", "Hours between letters",
            "Minimum time between two letters to one person.", 24, 24, 720, List.of(24, 48, 72, 168, 720));
    static final BoundedInt LETTER_ENTRIES = new BoundedInt("letterCodeEntriesPerTenMinutes", "Mailed-code entries per 10 minutes",
            "Tries at typing the mailed code in ten minutes.", 5, 1, 5, List.of(1, 3, 5));

    static final String ENFORCEMENT_DATE = "enforcementDate";
    static final String PRIOR_ATTRIBUTE = "priorProofingAttribute";
    static final String PRIOR_VALUES = "priorProofingValues";
    static final String DEFAULT_PRIOR_ATTRIBUTE = "priorIdentityProofing";
    static final String DEFAULT_PRIOR_VALUES = "get-transcript-online,ip-pin";
    /** Which loaded evidence verifier this realm uses; empty: the server's default (--spi-evidence-verifier--provider). */
    static final String VERIFIER = "evidenceVerifier";
    static final List<String> VERIFIERS = List.of("reference-records", "http");

    static final Duration LETTER_ENTRY_WINDOW = Duration.ofMinutes(10);
    /** A run of wrong email codes is forgotten after a day without any. */
    static final Duration EMAIL_WRONG_MEMORY = Duration.ofHours(24);
    static final Duration TAX_ID_WINDOW = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ProofingSettings.class);

    static List<BoundedInt> numbers() {
        return List.of(EMAIL_CODE_MINUTES, EMAIL_CODE_MAX_WRONG, EMAIL_WRONG_IN_A_ROW, EMAIL_PAUSE_MINUTES, FAILED_MATCHES, FAILED_MATCH_WINDOW_HOURS, TAX_ID_ATTEMPTS_PER_HOUR,
                LETTER_VALIDITY_DAYS, LETTERS_PER_PERIOD, LETTER_PERIOD_DAYS, LETTER_GAP_HOURS, LETTER_ENTRIES);
    }

    static List<ProviderConfigProperty> properties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(ENFORCEMENT_DATE).label("Enforcement date")
                .helpText("YYYY-MM-DD. Before this date people may postpone verifying and are reminded at every sign-in; from it on, "
                        + "nobody reaches an application unverified. Empty: enforced now.")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(PRIOR_ATTRIBUTE).label("Earlier proofing: user attribute")
                .helpText("User attribute that records identity proofing by an earlier process the realm accepts. Default "
                        + DEFAULT_PRIOR_ATTRIBUTE + ".")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_PRIOR_ATTRIBUTE).add()
                .property().name(PRIOR_VALUES).label("Earlier proofing: accepted values")
                .helpText("Comma-separated values of that attribute that are accepted (the earlier processes). Default "
                        + DEFAULT_PRIOR_VALUES + ".")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_PRIOR_VALUES).add()
                .property().name(VERIFIER).label("Evidence verifier")
                .helpText("Which of the server's evidence verifiers checks this realm's people: 'reference-records' (records "
                        + "imported into Keycloak) or 'http' (an external service configured with --spi-evidence-verifier--http--*). "
                        + "Empty: the server's default.")
                .type(ProviderConfigProperty.LIST_TYPE).options(concat("", VERIFIERS)).defaultValue("").add()
                .build());
        numbers().forEach(setting -> properties.add(setting.toProperty()));
        return properties;
    }

    /** Problems with a configuration about to be saved; empty when it is acceptable. */
    static List<String> problems(Map<String, String> config) {
        List<String> problems = new ArrayList<>();
        numbers().forEach(setting -> setting.problem(config).ifPresent(problems::add));
        String date = config.get(ENFORCEMENT_DATE);
        if (date != null && !date.isBlank() && parseDate(date).isEmpty()) {
            problems.add("Enforcement date must be a date written YYYY-MM-DD (was '" + date + "').");
        }
        String verifier = config.get(VERIFIER);
        if (verifier != null && !verifier.isBlank() && !VERIFIERS.contains(verifier.strip())) {
            problems.add("Evidence verifier must be one of " + VERIFIERS + " or empty (was '" + verifier + "').");
        }
        String attribute = config.get(PRIOR_ATTRIBUTE);
        if (attribute != null && !attribute.isBlank() && !attribute.strip().matches("[A-Za-z0-9_.-]{1,255}")) {
            problems.add("Earlier proofing attribute must be an attribute name (letters, digits, '_', '.', '-').");
        }
        return problems;
    }

    static ProofingSettings from(Map<String, String> config) {
        String alias = IdentityProofingRequiredActionFactory.ID;
        String attribute = Optional.ofNullable(config.get(PRIOR_ATTRIBUTE)).map(String::strip).filter(a -> !a.isEmpty())
                .orElse(DEFAULT_PRIOR_ATTRIBUTE);
        Set<String> values = Arrays.stream(Optional.ofNullable(config.get(PRIOR_VALUES)).orElse(DEFAULT_PRIOR_VALUES).split(","))
                .map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
        String date = config.get(ENFORCEMENT_DATE);
        Optional<LocalDate> enforcement = parseDate(date);
        if (date != null && !date.isBlank() && enforcement.isEmpty()) {
            // An unreadable date must not quietly let people postpone for ever.
            LOG.warnf("Config '%s': %s is not YYYY-MM-DD; identity proofing is enforced now", alias, ENFORCEMENT_DATE);
        }
        return new ProofingSettings(
                Duration.ofMinutes(EMAIL_CODE_MINUTES.read(config, alias)),
                EMAIL_CODE_MAX_WRONG.read(config, alias),
                new Lockout(EMAIL_WRONG_IN_A_ROW.read(config, alias), Duration.ofMinutes(EMAIL_PAUSE_MINUTES.read(config, alias)),
                        EMAIL_WRONG_MEMORY),
                new Quota(FAILED_MATCHES.read(config, alias), Duration.ofHours(FAILED_MATCH_WINDOW_HOURS.read(config, alias)), Duration.ZERO),
                new Quota(TAX_ID_ATTEMPTS_PER_HOUR.read(config, alias), TAX_ID_WINDOW, Duration.ZERO),
                Duration.ofDays(LETTER_VALIDITY_DAYS.read(config, alias)),
                new Quota(LETTERS_PER_PERIOD.read(config, alias), Duration.ofDays(LETTER_PERIOD_DAYS.read(config, alias)), Duration.ZERO),
                Duration.ofHours(LETTER_GAP_HOURS.read(config, alias)),
                new Quota(LETTER_ENTRIES.read(config, alias), LETTER_ENTRY_WINDOW, Duration.ZERO),
                enforcement, attribute, values,
                Optional.ofNullable(config.get(VERIFIER)).map(String::strip).filter(VERIFIERS::contains));
    }

    /** The realm's settings, found by provider id (administrators may rename the alias). */
    static ProofingSettings of(RealmModel realm) {
        RequiredActionProviderModel action = RequiredActionHelper.getRequiredActionByProviderId(realm, IdentityProofingRequiredActionFactory.ID);
        if (action == null) {
            return from(Map.of());
        }
        RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(action.getAlias());
        return from(config == null || config.getConfig() == null ? Map.of() : config.getConfig());
    }

    /** People may still put verifying off (the enforcement date is in the future, UTC). */
    boolean postponable() {
        return enforcementDate.map(date -> LocalDate.ofInstant(java.time.Instant.ofEpochMilli(Time.currentTimeMillis()), ZoneOffset.UTC)
                .isBefore(date)).orElse(false);
    }

    /** Accepted as proofed by an earlier process the realm names. */
    boolean provedEarlier(UserModel user) {
        return user.getAttributeStream(priorAttribute).anyMatch(priorValues::contains);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static Optional<LocalDate> parseDate(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
