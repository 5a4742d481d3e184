package org.secureaccess.keycloak.proofing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.secureaccess.keycloak.letters.LetterContent;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/** The words of an activation letter, from the login theme's messages in the person's language. */
final class ProofingLetters {

    private static final int PARAGRAPHS = 4;

    private ProofingLetters() {
    }

    static LetterContent content(ProofingFlow flow, MailingAddress to, long expiresAt) {
        Properties messages = flow.messages();
        Locale locale = flow.locale();
        String realmName = flow.realm.getDisplayName() == null || flow.realm.getDisplayName().isBlank()
                ? flow.realm.getName() : flow.realm.getDisplayName();
        String signInAt = flow.session.getContext().getUri().getBaseUri().toString() + "realms/" + flow.realm.getName() + "/account";
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            String paragraph = text(messages, locale, "saLetterParagraph" + i, realmName, signInAt,
                    flow.settings.letterValidity().toDays());
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return new LetterContent(locale.toLanguageTag(),
                text(messages, locale, "saLetterTitle", realmName),
                text(messages, locale, "saLetterGreeting", to.name()),
                paragraphs,
                text(messages, locale, "saLetterCodeLabel"),
                text(messages, locale, "saLetterExpiry", flow.formatDate(expiresAt)),
                text(messages, locale, "saLetterSignature", realmName),
                text(messages, locale, "saLetterFooter", realmName));
    }

    private static String text(Properties messages, Locale locale, String key, Object... arguments) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            // A theme without our messages still yields a readable letter: the key names what belongs there.
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
