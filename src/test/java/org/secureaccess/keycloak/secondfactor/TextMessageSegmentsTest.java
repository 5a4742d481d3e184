package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secureaccess.keycloak.sms.SmsSegments;

/**
 * What each text we send costs, in each language of the theme, as README's "What a text costs" says: its encoding and
 * its number of segments, for the demo realm's name, a 6-digit code, the default 10-minute lifetime and a 17-character
 * host. A longer realm name or host can add a segment; a change of wording that changes the cost fails here.
 */
class TextMessageSegmentsTest {

    private static final String REALM = "Secure Access Demo";
    private static final String HOST = "login.example.gov";
    private static final String CODE = "493027";

    @ParameterizedTest(name = "{0} {1}: GSM 7-bit {2}, {3} segment(s)")
    @CsvSource({
            "en, saSmsCodeMessage, true, 1",
            "es, saSmsCodeMessage, false, 3",
            "en, saSmsPhoneChangedMessage, true, 2",
            "es, saSmsPhoneChangedMessage, false, 3",
            "en, saSmsPasswordChangedMessage, true, 1",
            "es, saSmsPasswordChangedMessage, false, 3",
    })
    void eachTextHasTheEncodingAndSegmentCountTheReadmeStates(String language, String key, boolean gsm7, int segments) throws IOException {
        String text = text(language, key);
        SmsSegments cost = SmsSegments.of(text);
        String described = language + " " + key + " (" + text.length() + " characters, outside GSM 7-bit: \""
                + SmsSegments.outsideGsm7(text) + "\"): " + text;
        assertEquals(gsm7, cost.gsm7(), described);
        assertEquals(segments, cost.segments(), described);
    }

    private static String text(String language, String key) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = messages(language).getProperty(key);
        return switch (key) {
            case SmsText.CODE_MESSAGE_KEY -> SmsText.withWebOtpLine(new MessageFormat(pattern, locale).format(new Object[] {REALM, CODE, "10"}), HOST, CODE);
            case SmsText.PHONE_CHANGED_MESSAGE_KEY -> new MessageFormat(pattern, locale)
                    .format(new Object[] {REALM, SmsText.inGsm7(PhoneNumbers.mask("+12025550161"))});
            default -> new MessageFormat(pattern, locale).format(new Object[] {REALM});
        };
    }

    private static Properties messages(String language) throws IOException {
        Properties messages = new Properties();
        Path file = Path.of("themes/secure-access/login/messages/messages_" + language + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
