package org.secureaccess.keycloak.evidence;

/**
 * Why a typed value was refused: short, stable codes that pages turn into localised messages and that import reports
 * show next to a row and a field. A reason never carries the value itself.
 */
public final class FieldReasons {

    /** Nothing was entered where something is needed. */
    public static final String REQUIRED = "required";
    /** Not a possible value (wrong format, impossible number, unknown code). */
    public static final String INVALID = "invalid";
    /** Longer than the field allows. */
    public static final String TOO_LONG = "too_long";
    /** A date of birth in the future. */
    public static final String FUTURE = "future";
    /** A date of birth that makes the person younger than {@value IdentityClaim#MINIMUM_AGE}. */
    public static final String TOO_YOUNG = "too_young";
    /** A date of birth that makes the person older than {@value IdentityClaim#MAXIMUM_AGE}. */
    public static final String TOO_OLD = "too_old";

    private FieldReasons() {
    }
}
