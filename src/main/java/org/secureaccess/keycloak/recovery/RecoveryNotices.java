package org.secureaccess.keycloak.recovery;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;
import org.secureaccess.keycloak.secondfactor.PhoneCredentialModel;
import org.secureaccess.keycloak.sms.SmsDelivery;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * What a recovery request tells the person: an email at each step, and a text to the phone they
 * had (the one the request would remove) when it starts. The notices of a pending request each
 * carry a link of their own that cancels it. A notice that cannot be sent is logged (no address, no
 * number, no link) and the request goes on: the other channel still warns the person.
 */
final class RecoveryNotices {

    /** The emails, by the message keys of their subject and body. */
    enum Email {
        WAIT_STARTED("saRecoveryWaitStarted", true),
        LETTER_SENT("saRecoveryLetterSent", true),
        WAIT_OVER("saRecoveryWaitOver", true),
        CANCELLED("saRecoveryCancelled", false),
        COMPLETED("saRecoveryCompleted", false);

        final String key;
        final boolean cancellable;

        Email(String key, boolean cancellable) {
            this.key = key;
            this.cancellable = cancellable;
        }
    }

    static final String TEMPLATE = "sa-recovery-notice.ftl";
    static final String TEXT_KEY = "saRecoveryStartedText";
    private static final String TEXT_FALLBACK = "{0}: someone asked to remove the sign-in methods of your account. "
            + "If this was not you, cancel it: {1}";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(RecoveryNotices.class);

    private RecoveryNotices() {
    }

    /** Sends one email; true when the mail server accepted it. */
    static boolean email(KeycloakSession session, RealmModel realm, UserModel user, RecoveryRequestEntity request, Email email) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        try {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("saRecoveryBodyKey", email.key + "Body");
            attributes.put("saWhen", UTC.format(Instant.ofEpochMilli(Time.currentTimeMillis())));
            attributes.put("saReadyAt", request.getReadyAt() == null ? "-" : UTC.format(Instant.ofEpochMilli(request.getReadyAt())));
            attributes.put("saFinishBy", UTC.format(Instant.ofEpochMilli(request.getEndsAt())));
            if (email.cancellable) {
                attributes.put("saCancelLink", CancelLinks.create(session, realm, request, CancelLinks.EMAIL));
            }
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(email.key + "Subject", List.of(realmName(realm)), TEMPLATE, attributes);
            return true;
        } catch (EmailException | RuntimeException e) {
            LOG.warnf("Recovery notice %s for user %s not emailed: %s", email, user.getId(), e.getClass().getSimpleName());
            return false;
        }
    }

    /** Texts the phone the request would remove, with a link that cancels it; true when the gateway accepted it. */
    static boolean textOldPhone(KeycloakSession session, RealmModel realm, UserModel user, RecoveryRequestEntity request) {
        Optional<String> phone = oldPhone(user);
        if (phone.isEmpty()) {
            return false;
        }
        String link = CancelLinks.create(session, realm, request, CancelLinks.TEXT);
        String text = format(session, realm, user, TEXT_KEY, TEXT_FALLBACK, realmName(realm), link);
        try {
            SmsDelivery.send(session, new SmsMessage(phone.get(), text, realm.getName()), SmsDelivery.Purpose.RECOVERY_NOTICE);
            return true;
        } catch (SmsDeliveryException | RuntimeException e) {
            String reason = e instanceof SmsDeliveryException failure ? failure.eventValue() : e.getClass().getSimpleName();
            LOG.warnf("Recovery notice for user %s not texted: %s", user.getId(), reason);
            return false;
        }
    }

    /** Which notices of a new request went out, for the event: e.g. "email,text". */
    static String sent(boolean email, boolean text) {
        List<String> sent = new ArrayList<>();
        if (email) {
            sent.add(CancelLinks.EMAIL);
        }
        if (text) {
            sent.add(CancelLinks.TEXT);
        }
        return sent.isEmpty() ? "none" : String.join(",", sent);
    }

    static Optional<String> oldPhone(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(PhoneCredentialModel.TYPE)
                .map(PhoneCredentialModel::from).map(PhoneCredentialModel::getPhoneNumber)
                .filter(number -> number != null).findFirst();
    }

    static String realmName(RealmModel realm) {
        return realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
    }

    /** A message of the login theme in the person's language (texts and letters leave the page, so they are formatted here). */
    static String format(KeycloakSession session, RealmModel realm, UserModel user, String key, String fallback, Object... arguments) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern = messages(session, realm, locale).getProperty(key, fallback);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    static Properties messages(KeycloakSession session, RealmModel realm, Locale locale) {
        try {
            return session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
        } catch (IOException e) {
            return new Properties();
        }
    }
}
