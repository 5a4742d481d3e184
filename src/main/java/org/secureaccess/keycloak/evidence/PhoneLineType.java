package org.secureaccess.keycloak.evidence;

import java.util.Locale;
import java.util.Optional;

/** What kind of line a phone number of record is; only a mobile can prove possession by text message. */
public enum PhoneLineType {
    MOBILE,
    LANDLINE,
    VOIP;

    public static Optional<PhoneLineType> parse(String value) {
        if (value == null || value.isBlank() || value.length() > 20) {
            return Optional.empty();
        }
        String key = value.strip().toUpperCase(Locale.ROOT);
        for (PhoneLineType type : values()) {
            if (type.name().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
