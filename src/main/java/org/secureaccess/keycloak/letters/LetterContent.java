package org.secureaccess.keycloak.letters;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words of one letter, already localized by the caller (from the theme's message bundles), so that
 * providers need no Keycloak theme. Text may contain line breaks ({@code \n}); it holds neither the
 * activation code (that is {@link ActivationLetter#activationCode()}) nor, except in the greeting, the address.
 *
 * @param languageTag the BCP 47 tag of the language the words are in, e.g. {@code en} or {@code es-US}
 * @param title       the heading, e.g. "Your activation code"
 * @param greeting    e.g. "Dear Jane Doe," (may name the addressee: never log it)
 * @param paragraphs  the body, one entry per paragraph (may be empty)
 * @param codeLabel   the words printed above the code, e.g. "Your activation code:"
 * @param expiryLine  e.g. "This code expires on May 31, 2026."
 * @param signature   the closing and signer; empty when none
 * @param footer      small print at the foot of the page; empty when none
 */
public record LetterContent(String languageTag, String title, String greeting, List<String> paragraphs, String codeLabel,
                            String expiryLine, String signature, String footer) {

    public static final int MAX_PARAGRAPHS = 50;
    public static final int MAX_TEXT_LENGTH = 4000;

    public LetterContent {
        languageTag = required("languageTag", languageTag).strip();
        String canonical = Locale.forLanguageTag(languageTag).toLanguageTag();
        if ("und".equals(canonical) || !canonical.equalsIgnoreCase(languageTag)) {
            throw new IllegalArgumentException("languageTag must be a well-formed BCP 47 language tag such as 'en' or 'es-US'");
        }
        languageTag = canonical;
        title = required("title", title);
        greeting = required("greeting", greeting);
        Objects.requireNonNull(paragraphs, "paragraphs");
        if (paragraphs.size() > MAX_PARAGRAPHS) {
            throw new IllegalArgumentException("at most " + MAX_PARAGRAPHS + " paragraphs");
        }
        paragraphs = paragraphs.stream().map(p -> checked("paragraph", Objects.requireNonNull(p, "paragraph"))).toList();
        codeLabel = required("codeLabel", codeLabel);
        expiryLine = required("expiryLine", expiryLine);
        signature = signature == null ? "" : checked("signature", signature);
        footer = footer == null ? "" : checked("footer", footer);
    }

    /** The language as a locale, for formatting. */
    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return checked(field, value);
    }

    private static String checked(String field, String value) {
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value;
    }

    /** Leaves out the greeting (it may name the addressee) and the body. */
    @Override
    public String toString() {
        return "LetterContent[languageTag=" + languageTag + ", title=" + title + ", paragraphs=" + paragraphs.size() + "]";
    }
}
