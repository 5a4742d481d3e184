package org.secureaccess.keycloak.sms;

import java.util.Objects;

/**
 * A text message to one phone.
 *
 * @param destination the phone number in E.164 form, e.g. {@code +12025550143}
 * @param text        the full text, which may contain a one-time code: never log it
 * @param realm       the realm on whose behalf the message is sent (for vault lookups and log context)
 */
public record SmsMessage(String destination, String text, String realm) {

    public SmsMessage {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(text, "text");
        if (!destination.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("destination must be an E.164 number");
        }
    }

    /** The destination with all but the last four digits hidden, safe for logs. */
    public String maskedDestination() {
        return "+" + "*".repeat(Math.max(0, destination.length() - 5)) + destination.substring(destination.length() - 4);
    }

    @Override
    public String toString() {
        return "SmsMessage[to=" + maskedDestination() + ", realm=" + realm + "]";
    }
}
