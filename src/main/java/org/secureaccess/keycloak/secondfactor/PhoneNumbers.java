package org.secureaccess.keycloak.secondfactor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads a phone number as a person types it and decides whether it may receive security codes.
 * Numbers are normalised to E.164 with Google's libphonenumber. Note: libphonenumber cannot tell
 * a U.S. mobile from a U.S. landline (both are FIXED_LINE_OR_MOBILE); it does recognise toll-free,
 * premium-rate, shared-cost, VoIP, pager and personal numbers, which are refused by default.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "US";
    public static final Set<String> DEFAULT_ALLOWED_REGIONS = Set.of("US");
    public static final Set<PhoneNumberType> DEFAULT_ALLOWED_TYPES = EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Which numbers are accepted. */
    public record Policy(String defaultRegion, Set<String> allowedRegions, Set<PhoneNumberType> allowedTypes) {

        public static Policy defaults() {
            return new Policy(DEFAULT_REGION, DEFAULT_ALLOWED_REGIONS, DEFAULT_ALLOWED_TYPES);
        }

        /** Reads comma- or ##-separated region codes and type names; unknown entries are ignored, empty means default. */
        public static Policy parse(String defaultRegion, String regions, String types) {
            String region = defaultRegion == null || defaultRegion.isBlank() ? DEFAULT_REGION : defaultRegion.strip().toUpperCase(Locale.ROOT);
            if (!UTIL.getSupportedRegions().contains(region)) {
                region = DEFAULT_REGION;
            }
            Set<String> allowedRegions = split(regions).stream()
                    .map(r -> r.toUpperCase(Locale.ROOT))
                    .filter(UTIL.getSupportedRegions()::contains)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<PhoneNumberType> allowedTypes = EnumSet.noneOf(PhoneNumberType.class);
            for (String type : split(types)) {
                Arrays.stream(PhoneNumberType.values()).filter(t -> t.name().equalsIgnoreCase(type)).forEach(allowedTypes::add);
            }
            return new Policy(region,
                    allowedRegions.isEmpty() ? DEFAULT_ALLOWED_REGIONS : Set.copyOf(allowedRegions),
                    allowedTypes.isEmpty() ? DEFAULT_ALLOWED_TYPES : allowedTypes);
        }

        private static Set<String> split(String value) {
            if (value == null || value.isBlank()) {
                return Set.of();
            }
            return Arrays.stream(value.split("##|,|\\s+")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** Why a number was refused. */
    public enum Problem {
        /** Not a phone number at all, or not a valid one for its country. */
        INVALID,
        /** A valid number from a country not accepted here. */
        COUNTRY_NOT_ALLOWED,
        /** A valid number of a kind that cannot receive codes here (landline, toll-free, VoIP, ...). */
        TYPE_NOT_ALLOWED
    }

    /** The outcome of checking a typed number: either an accepted E.164 number or the problem. */
    public record Check(String e164, String region, PhoneNumberType type, Problem problem) {

        public boolean accepted() {
            return problem == null;
        }
    }

    private PhoneNumbers() {
    }

    public static Check check(String typed, Policy policy) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return new Check(null, null, null, Problem.INVALID);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(typed.strip(), policy.defaultRegion());
        } catch (NumberParseException e) {
            return new Check(null, null, null, Problem.INVALID);
        }
        if (!UTIL.isValidNumber(number)) {
            return new Check(null, null, null, Problem.INVALID);
        }
        String region = UTIL.getRegionCodeForNumber(number);
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        PhoneNumberType type = UTIL.getNumberType(number);
        if (region == null || !policy.allowedRegions().contains(region)) {
            return new Check(e164, region, type, Problem.COUNTRY_NOT_ALLOWED);
        }
        if (!policy.allowedTypes().contains(type)) {
            return new Check(e164, region, type, Problem.TYPE_NOT_ALLOWED);
        }
        return new Check(e164, region, type, null);
    }

    /**
     * The number with only its last four digits visible: {@code (•••) •••-0143} for North American
     * numbers, {@code +44 ••• ••• 0123}-style otherwise.
     */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 5) {
            return "•••";
        }
        String last4 = e164.substring(e164.length() - 4);
        if (e164.startsWith("+1") && e164.length() == 12) {
            return "(•••) •••-" + last4;
        }
        try {
            int countryCode = UTIL.parse(e164, null).getCountryCode();
            return "+" + countryCode + " ••• ••• " + last4;
        } catch (NumberParseException e) {
            return "••• " + last4;
        }
    }
}
