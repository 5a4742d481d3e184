package org.secureaccess.keycloak.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The five filing statuses of a U.S. individual income tax return (Form 1040). */
public enum FilingStatus {
    SINGLE,
    MARRIED_FILING_JOINTLY,
    MARRIED_FILING_SEPARATELY,
    HEAD_OF_HOUSEHOLD,
    /** Formerly "qualifying widow(er)". */
    QUALIFYING_SURVIVING_SPOUSE;

    private static final Map<String, FilingStatus> ALIASES = Map.of(
            "S", SINGLE,
            "MFJ", MARRIED_FILING_JOINTLY,
            "MFS", MARRIED_FILING_SEPARATELY,
            "HOH", HEAD_OF_HOUSEHOLD,
            "QSS", QUALIFYING_SURVIVING_SPOUSE,
            "QW", QUALIFYING_SURVIVING_SPOUSE,
            "QUALIFYING_WIDOW", QUALIFYING_SURVIVING_SPOUSE,
            "QUALIFYING_WIDOWER", QUALIFYING_SURVIVING_SPOUSE,
            "QUALIFYING_WIDOW_ER", QUALIFYING_SURVIVING_SPOUSE);

    /**
     * The status named by {@code value}: the constant's name in any case, with spaces or dashes for underscores
     * ({@code Married filing jointly}), or the usual abbreviation (S, MFJ, MFS, HOH, QSS, QW).
     */
    public static Optional<FilingStatus> parse(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return Optional.empty();
        }
        String key = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-()]+", "_").replaceAll("_+$", "");
        for (FilingStatus status : values()) {
            if (status.name().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }
}
