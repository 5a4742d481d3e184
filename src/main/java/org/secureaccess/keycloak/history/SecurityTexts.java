package org.secureaccess.keycloak.history;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/** The words of the login history's text messages, from the login theme's message bundle in the person's language. */
final class SecurityTexts {

    static final String PASSWORD_CHANGED_KEY = "saSmsPasswordChangedMessage";
    /** Used only when the realm's login theme has no Secure Access messages. */
    private static final String PASSWORD_CHANGED_FALLBACK = "{0}: the password of your account was changed and you were signed out "
            + "everywhere else. If this was not you, check your email for what to do.";

    private SecurityTexts() {
    }

    static String passwordChanged(KeycloakSession session, RealmModel realm, UserModel user) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern;
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(PASSWORD_CHANGED_KEY, PASSWORD_CHANGED_FALLBACK);
        } catch (IOException e) {
            pattern = PASSWORD_CHANGED_FALLBACK;
        }
        String realmName = realm.getDisplayName() != null && !realm.getDisplayName().isBlank() ? realm.getDisplayName() : realm.getName();
        return new MessageFormat(pattern, locale).format(new Object[] {realmName});
    }
}
