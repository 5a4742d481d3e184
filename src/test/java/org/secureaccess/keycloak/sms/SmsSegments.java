package org.secureaccess.keycloak.sms;

/**
 * How a text is carried (3GPP TS 23.038): in the GSM 7-bit alphabet when every character is in its basic set or its
 * extension table (which costs two septets), otherwise in UCS-2. One segment holds 160 septets or 70 UCS-2 units; a
 * longer text is split into parts of 153 or 67, each carrying a concatenation header.
 */
public record SmsSegments(boolean gsm7, int units, int segments) {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                int units = text.length();
                return new SmsSegments(false, units, units <= 70 ? 1 : (units + 66) / 67);
            }
        }
        return new SmsSegments(true, septets, septets <= 160 ? 1 : (septets + 152) / 153);
    }

    /** The characters that force UCS-2, for a failure message. */
    public static String outsideGsm7(String text) {
        StringBuilder outside = new StringBuilder();
        text.chars().filter(c -> BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0)
                .distinct().forEach(c -> outside.appendCodePoint(c));
        return outside.toString();
    }
}
