package org.secureaccess.keycloak.secondfactor;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * The words of our text messages, from the login theme's message bundle in the person's language.
 * A security-code text ends with the Web OTP line ({@code @host #code}) so phones can offer to fill
 * the code in.
 */
final class SmsText {

    static final String CODE_MESSAGE_KEY = "saSmsCodeMessage";
    static final String PHONE_CHANGED_MESSAGE_KEY = "saSmsPhoneChangedMessage";
    /** Used only when the realm's login theme has no Secure Access messages. */
    private static final String CODE_FALLBACK = "{0}: your security code is {1}. It expires in {2} minutes. "
            + "Never share this code. We will never ask you for it.";
    private static final String PHONE_CHANGED_FALLBACK = "{0}: this number no longer receives your security codes; they now go to {1}. "
            + "If you did not make this change, contact us and reset your password.";

    private SmsText() {
    }

    static String securityCode(KeycloakSession session, RealmModel realm, UserModel user, String code, long lifetimeMinutes) {
        String body = format(session, realm, user, CODE_MESSAGE_KEY, CODE_FALLBACK, code, String.valueOf(lifetimeMinutes));
        return withWebOtpLine(body, session.getContext().getUri().getBaseUri().getHost(), code);
    }

    static String withWebOtpLine(String body, String host, String code) {
        return body + "\n\n@" + host + " #" + code;
    }

    static String phoneChanged(KeycloakSession session, RealmModel realm, UserModel user, String newMasked) {
        return format(session, realm, user, PHONE_CHANGED_MESSAGE_KEY, PHONE_CHANGED_FALLBACK, inGsm7(newMasked));
    }

    /**
     * A masked number as a text can carry it cheaply: the bullet of our pages is outside the GSM 7-bit alphabet and would
     * make the whole text UCS-2 (70 characters a segment instead of 160).
     */
    static String inGsm7(String masked) {
        return masked.replace('•', '*');
    }

    /** The message with the realm's name as argument {0}, followed by {@code arguments}. */
    private static String format(KeycloakSession session, RealmModel realm, UserModel user, String key, String fallback, Object... arguments) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern = fallback;
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(key, fallback);
        } catch (IOException e) {
            pattern = fallback;
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = realm.getDisplayName() != null && !realm.getDisplayName().isBlank() ? realm.getDisplayName() : realm.getName();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new MessageFormat(pattern, locale).format(all);
    }
}
