package org.secureaccess.keycloak.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.secondfactor.SecondFactorPhones;
import org.secureaccess.keycloak.sms.SmsDelivery;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * Security emails (new device, lockout, password / phone / authenticator changed), in the person's
 * language through the realm's email theme, each with a "This wasn't me" link valid for the listener's
 * {@code not-me-link-days}; and the text to the phone on record when the password changes.
 */
final class SecurityNotifications {

    enum Notice {
        NEW_DEVICE, LOCKED_OUT, PASSWORD_CHANGED, PHONE_CHANGED, AUTHENTICATOR_CHANGED, PROOFING_COMPLETED;

        String subjectKey() {
            return "saNotice" + camel() + "Subject";
        }

        String bodyKey() {
            return "saNotice" + camel() + "Body";
        }

        private String camel() {
            StringBuilder out = new StringBuilder();
            for (String part : name().split("_")) {
                out.append(part.charAt(0)).append(part.substring(1).toLowerCase());
            }
            return out.toString();
        }
    }

    static final String TEMPLATE = "sa-security-notice.ftl";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(SecurityNotifications.class);

    private SecurityNotifications() {
    }

    /**
     * Emails {@code notice} about {@code row}; its "This wasn't me" link removes the second factors created at or
     * after {@code reportedSince} (when the reported activity began).
     */
    static void send(KeycloakSession session, RealmModel realm, UserModel user, Notice notice, LoginHistoryEntity row, long reportedSince) {
        if (user == null) {
            return;
        }
        try {
            int linkDays = HistorySettings.of(session).notMeLinkDays();
            Optional<String> notMeLink = NotMeLinks.create(session, realm, user, reportedSince, linkDays * 24 * 60 * 60);
            if (notMeLink.isEmpty()) {
                return;
            }
            String link = notMeLink.get();
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("saNoticeBodyKey", notice.bodyKey());
            attributes.put("saNotMeLink", link);
            attributes.put("saNotMeDays", linkDays);
            attributes.put("saWhen", UTC.format(Instant.ofEpochMilli(row == null ? Time.currentTimeMillis() : row.getEventTime())));
            attributes.put("saDevice", row == null || row.getDevice() == null ? "-" : row.getDevice());
            attributes.put("saIp", row == null || row.getIpAddress() == null ? "-" : row.getIpAddress());
            String realmName = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(notice.subjectKey(), List.of(realmName), TEMPLATE, attributes);
        } catch (EmailException | RuntimeException e) {
            LOG.warnf("Security notice %s for user %s not sent: %s", notice, user.getId(), e.getClass().getSimpleName());
        }
    }

    /**
     * Texts the phone on record that the password changed: no code and no link (a text with a link is what a
     * phishing text looks like), only where to look, the email. A failure to send is logged and the change stands.
     */
    static void textPasswordChanged(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<String> number = SecondFactorPhones.verifiedNumber(session, user);
        if (number.isEmpty()) {
            return;
        }
        try {
            String text = SecurityTexts.passwordChanged(session, realm, user);
            SmsDelivery.send(session, new SmsMessage(number.get(), text, realm.getName()), SmsDelivery.Purpose.PASSWORD_CHANGED_NOTICE);
        } catch (SmsDeliveryException e) {
            LOG.warnf("Password-change text for user %s not sent: %s", user.getId(), e.eventValue());
        } catch (RuntimeException e) {
            LOG.warnf("Password-change text for user %s not sent: %s", user.getId(), e.getClass().getSimpleName());
        }
    }
}
