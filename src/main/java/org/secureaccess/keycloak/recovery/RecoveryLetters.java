package org.secureaccess.keycloak.recovery;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterContent;
import org.secureaccess.keycloak.letters.LetterDelivery;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.proofing.AddressOfRecordLetters;
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * A new activation code mailed to the address of record of a person our identity proofing verified,
 * as the IRS did for Secure Access. It goes through the same verifier, letter service and letter
 * limits as proofing's own letters (see {@link AddressOfRecordLetters}); only the words differ.
 */
final class RecoveryLetters {

    enum Result {
        SENT, TOO_SOON, NO_ADDRESS, VERIFIER_UNAVAILABLE, NOT_SENT
    }

    /**
     * @param result    what happened
     * @param letterId  the letter's id when sent
     * @param codeHash  the keyed hash of its code when sent
     * @param sentAt    when it went out (epoch millis)
     * @param retryAt   when another letter may go out, for {@link Result#TOO_SOON}
     * @param reference the letter service's own reference, for the event
     */
    record Outcome(Result result, String letterId, String codeHash, long sentAt, long retryAt, String reference) {

        static Outcome failed(Result result) {
            return new Outcome(result, null, null, 0, 0, null);
        }
    }

    static final int DELIVERY_DAYS_MIN = 5;
    static final int DELIVERY_DAYS_MAX = 10;
    private static final int PARAGRAPHS = 4;
    private static final String CODE_HASH_PURPOSE = "recovery-letter-code";
    private static final Logger LOG = Logger.getLogger(RecoveryLetters.class);

    private RecoveryLetters() {
    }

    /** Mails a new code for {@code request}, within the letter limits it shares with identity proofing. */
    static Outcome send(KeycloakSession session, RealmModel realm, UserModel user, String personRef, RecoveryRequestEntity request,
                        Duration validity, long now) {
        long nextAllowed = AddressOfRecordLetters.nextLetterAllowedAt(session, realm, user);
        if (nextAllowed > now) {
            return new Outcome(Result.TOO_SOON, null, null, 0, nextAllowed, null);
        }
        // Taken before the letter goes out, so parallel requests can not all slip under the limit.
        long refusedUntil = AddressOfRecordLetters.reserve(session, realm, user);
        if (refusedUntil > 0) {
            return new Outcome(Result.TOO_SOON, null, null, 0, refusedUntil, null);
        }
        Optional<MailingAddress> address;
        try {
            address = AddressOfRecordLetters.addressOfRecord(session, realm, personRef);
        } catch (VerifierUnavailableException e) {
            AddressOfRecordLetters.release(session, realm, user);
            LOG.warnf("Recovery letter for user %s: verifier unavailable (%s)", user.getId(), e.eventValue());
            return Outcome.failed(Result.VERIFIER_UNAVAILABLE);
        }
        if (address.isEmpty()) {
            AddressOfRecordLetters.release(session, realm, user);
            return Outcome.failed(Result.NO_ADDRESS);
        }
        String letterId = KeycloakModelUtils.generateId();
        String code = OneTimeCodes.crockford(ActivationLetter.CODE_LENGTH);
        Instant issuedAt = Instant.ofEpochMilli(now);
        Instant expiresAt = issuedAt.plus(validity);
        String reference;
        try {
            ActivationLetter letter = new ActivationLetter(letterId, realm.getName(), address.get(), code,
                    content(session, realm, user, address.get(), validity, expiresAt.toEpochMilli()), issuedAt, expiresAt);
            reference = LetterDelivery.send(session, letter, LetterDelivery.Purpose.ACCOUNT_RECOVERY).providerReference();
        } catch (LetterDeliveryException e) {
            AddressOfRecordLetters.release(session, realm, user);
            LOG.warnf("Recovery letter for user %s not sent: %s", user.getId(), e.eventValue());
            return Outcome.failed(Result.NOT_SENT);
        }
        AddressOfRecordLetters.recordSent(session, realm, user, now);
        return new Outcome(Result.SENT, letterId, hash(session, realm, user, request.getId(), letterId, code), now, 0, reference);
    }

    /** Whether {@code typed} is the code of the request's current letter (constant-time comparison of keyed hashes). */
    static boolean matches(KeycloakSession session, RealmModel realm, UserModel user, RecoveryRequestEntity request, String typed) {
        if (request.getLetterCodeHash() == null || request.getLetterId() == null) {
            return false;
        }
        String normalized = OneTimeCodes.normalizeCrockford(typed);
        return OneTimeCodes.sameHash(request.getLetterCodeHash(), hash(session, realm, user, request.getId(), request.getLetterId(), normalized));
    }

    /** Bound to the person, the request and the letter, so a code never works for anything else. */
    private static String hash(KeycloakSession session, RealmModel realm, UserModel user, String requestId, String letterId, String code) {
        return session.getProvider(KeyedHashProvider.class)
                .hash(CODE_HASH_PURPOSE, realm.getId() + "|" + user.getId() + "|" + requestId + "|" + letterId + "|" + code);
    }

    private static LetterContent content(KeycloakSession session, RealmModel realm, UserModel user, MailingAddress to, Duration validity,
                                         long expiresAt) {
        Locale locale = session.getContext().resolveLocale(user);
        Properties messages = RecoveryNotices.messages(session, realm, locale);
        String realmName = RecoveryNotices.realmName(realm);
        String signInAt = session.getContext().getUri().getBaseUri().toString() + "realms/" + realm.getName() + "/account";
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            String paragraph = text(messages, locale, "saRecoveryLetterParagraph" + i, realmName, signInAt, validity.toDays());
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return new LetterContent(locale.toLanguageTag(),
                text(messages, locale, "saRecoveryLetterTitle", realmName),
                text(messages, locale, "saLetterGreeting", to.name()),
                paragraphs,
                text(messages, locale, "saLetterCodeLabel"),
                text(messages, locale, "saLetterExpiry", formatDate(expiresAt, locale)),
                text(messages, locale, "saLetterSignature", realmName),
                text(messages, locale, "saLetterFooter", realmName));
    }

    /** A date in the person's language, e.g. "December 28, 2026" (UTC), as proofing's letters write it. */
    static String formatDate(long epochMillis, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }

    private static String text(Properties messages, Locale locale, String key, Object... arguments) {
        String pattern = messages.getProperty(key);
        // A theme without our messages still yields a readable letter: the key names what belongs there.
        return pattern == null ? key : new MessageFormat(pattern, locale).format(arguments);
    }
}
