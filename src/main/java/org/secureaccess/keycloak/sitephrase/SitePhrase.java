package org.secureaccess.keycloak.sitephrase;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.UserModel;

/**
 * The phrase and picture a person chose, shown before they type their password on a browser where
 * they have signed in before ({@link RecognisedDevice}), so that a copy of the site is easier to
 * spot. Never a factor and never used for recovery.
 */
public record SitePhrase(String phrase, String image) {

    static final String PHRASE_ATTRIBUTE = "sitePhrase";
    static final String IMAGE_ATTRIBUTE = "siteImage";
    static final int MAX_PHRASE_LENGTH = 40;
    /** Pictures in themes/secure-access/login/resources/img/site/{name}.svg. */
    static final List<String> IMAGES = List.of("sun", "moon", "tree", "anchor", "bicycle", "sailboat", "cat", "flower", "mountain",
            "lighthouse", "kite", "umbrella");

    /** The person's own phrase and picture, when they chose both. */
    static Optional<SitePhrase> of(UserModel user) {
        String phrase = user.getFirstAttribute(PHRASE_ATTRIBUTE);
        String image = user.getFirstAttribute(IMAGE_ATTRIBUTE);
        if (phrase == null || phrase.isBlank() || image == null || !IMAGES.contains(image)) {
            return Optional.empty();
        }
        return Optional.of(new SitePhrase(phrase, image));
    }

    static void save(UserModel user, SitePhrase chosen) {
        user.setSingleAttribute(PHRASE_ATTRIBUTE, chosen.phrase());
        user.setSingleAttribute(IMAGE_ATTRIBUTE, chosen.image());
    }

    /** What is wrong with a typed phrase (a message key), or empty when it is acceptable. */
    static Optional<String> problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("saSitePhraseMissing");
        }
        if (typed.strip().length() > MAX_PHRASE_LENGTH || typed.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("saSitePhraseTooLong");
        }
        return Optional.empty();
    }
}
