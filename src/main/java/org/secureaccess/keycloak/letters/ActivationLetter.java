package org.secureaccess.keycloak.letters;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * One identity-proofing activation letter: a code mailed to the address of record, which the person
 * types in to prove that they receive mail there. The proofing code decides the code, its lifetime
 * (30 days by default) and the words (which tell the person that delivery takes 5 to 10 days); a
 * {@link LetterSenderProvider} only gets it printed and mailed.
 *
 * @param letterId       unique per letter; 1 to 64 of {@code A-Z a-z 0-9 _ -} (it names spool files), e.g. a UUID
 * @param realm          the realm the letter is sent for (vault lookups, print-vendor routing)
 * @param to             the address of record
 * @param activationCode {@value #CODE_LENGTH} characters of Crockford Base32, upper case: a secret, never log it
 * @param content        the localized words
 * @param issuedAt       when the code was issued
 * @param expiresAt      when the code stops working; after {@code issuedAt}
 */
public record ActivationLetter(String letterId, String realm, MailingAddress to, String activationCode, LetterContent content,
                               Instant issuedAt, Instant expiresAt) {

    public static final int CODE_LENGTH = 10;
    /** Crockford's Base32 alphabet: digits and upper-case letters without I, L, O and U. */
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + CODE_LENGTH + "}");
    private static final Pattern LETTER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public ActivationLetter {
        Objects.requireNonNull(letterId, "letterId");
        if (!LETTER_ID.matcher(letterId).matches()) {
            throw new IllegalArgumentException("letterId must be 1 to 64 of A-Z, a-z, 0-9, '_' and '-', starting with a letter or digit");
        }
        if (realm == null || realm.isBlank()) {
            throw new IllegalArgumentException("realm is required");
        }
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(activationCode, "activationCode");
        if (!CODE.matcher(activationCode).matches()) {
            // Never quote the value: it is the secret.
            throw new IllegalArgumentException("activationCode must be " + CODE_LENGTH
                    + " upper-case characters of Crockford Base32 (0-9, A-Z without I, L, O, U)");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }

    /** The code in two groups of five for reading aloud and typing, e.g. {@code ABCDE-FGHJK}. */
    public String groupedCode() {
        return activationCode.substring(0, CODE_LENGTH / 2) + "-" + activationCode.substring(CODE_LENGTH / 2);
    }

    /** Safe for logs: no code, the address masked, no words (the greeting may name the addressee). */
    @Override
    public String toString() {
        return "ActivationLetter[letterId=" + letterId + ", realm=" + realm + ", to=" + to.masked() + ", language="
                + content.languageTag() + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
