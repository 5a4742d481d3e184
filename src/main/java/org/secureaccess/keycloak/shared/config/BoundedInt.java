package org.secureaccess.keycloak.shared.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * A whole-number setting with a default and the bounds an administrator may not configure past.
 * The admin console offers only in-bounds choices; values that arrive another way (REST API, realm
 * import) are read defensively: out of bounds is clamped, unreadable falls back to the default,
 * and both are logged once per read with the config alias, never silently.
 */
public record BoundedInt(String key, String label, String helpText, int defaultValue, int min, int max, List<Integer> choices) {

    private static final Logger LOG = Logger.getLogger(BoundedInt.class);

    public BoundedInt {
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(key + ": default outside bounds");
        }
        if (!choices.contains(defaultValue) || choices.stream().anyMatch(c -> c < min || c > max)) {
            throw new IllegalArgumentException(key + ": choices must include the default and stay within bounds");
        }
    }

    public ProviderConfigProperty toProperty() {
        ProviderConfigProperty property = new ProviderConfigProperty();
        property.setName(key);
        property.setLabel(label);
        property.setHelpText(helpText + " Default " + defaultValue + "; allowed " + min + " to " + max + ".");
        property.setType(ProviderConfigProperty.LIST_TYPE);
        property.setOptions(choices.stream().map(String::valueOf).toList());
        property.setDefaultValue(String.valueOf(defaultValue));
        return property;
    }

    /** The configured value, or the default; clamped to the bounds. */
    public int read(Map<String, String> config, String configAlias) {
        return clampOrDefault(config == null ? null : config.get(key), defaultValue, min, max, "Config", configAlias, key);
    }

    /**
     * A whole number read defensively from text: unset or unreadable gives the default, out of bounds is clamped, and
     * both are logged as "{kind} '{source}': {name} …" (e.g. a realm config's alias, or a provider's server options).
     */
    public static int clampOrDefault(String raw, int defaultValue, int min, int max, String kind, String source, String name) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            LOG.warnf("%s '%s': %s is not a whole number; using the default %d", kind, source, name, defaultValue);
            return defaultValue;
        }
        if (value < min || value > max) {
            int clamped = Math.max(min, Math.min(max, value));
            LOG.warnf("%s '%s': %s=%d is outside %d..%d; using %d", kind, source, name, value, min, max, clamped);
            return clamped;
        }
        return value;
    }

    /** What is wrong with the configured value, for refusing it on save; empty when acceptable or unset. */
    public Optional<String> problem(Map<String, String> config) {
        String raw = config == null ? null : config.get(key);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                return Optional.of(label + " must be between " + min + " and " + max + " (was " + value + ").");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(label + " must be a whole number (was '" + raw + "').");
        }
    }
}
