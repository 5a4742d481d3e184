package org.secureaccess.keycloak.sitephrase;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * The phrase and picture a person chose, shown before they type their password so that a copy of
 * the site is easier to spot. Never a factor and never used for recovery. Someone whose username is
 * unknown (or who has not chosen yet) sees a decoy that is stable for that username, so the page
 * tells nothing about which accounts exist.
 */
public record SitePhrase(String phrase, String image) {

    static final String PHRASE_ATTRIBUTE = "sitePhrase";
    static final String IMAGE_ATTRIBUTE = "siteImage";
    static final int MAX_PHRASE_LENGTH = 40;
    /** Pictures in themes/secure-access/login/resources/img/site/{name}.svg. */
    static final List<String> IMAGES = List.of("sun", "moon", "tree", "anchor", "bicycle", "sailboat", "cat", "flower", "mountain",
            "lighthouse", "kite", "umbrella");
    /**
     * Phrases for decoys. The same whatever the page's language: a decoy that changed with the language while a
     * person's own phrase does not would give the difference away.
     */
    static final List<String> DECOY_PHRASES = List.of("Blue skies over the harbor", "Pancakes on Sunday", "Cielo azul sobre el puerto",
            "Autumn leaves by the river", "Grandma's lemon cake", "Truenos sobre la pradera", "A garden full of tomatoes",
            "Trains at midnight", "Nieve en los escalones", "Jazz on the radio", "The old oak by the school", "Luciérnagas en julio");
    private static final String DECOY_PURPOSE = "site-phrase-decoy";

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

    /**
     * A decoy for {@code username}: always the same for the same name, unrelated between names, and computed the
     * same way whether or not the account exists.
     */
    static SitePhrase decoy(KeycloakSession session, RealmModel realm, String username) {
        String hash = session.getProvider(KeyedHashProvider.class)
                .hash(DECOY_PURPOSE, realm.getId() + "|" + username.strip().toLowerCase(Locale.ROOT));
        BigInteger value = new BigInteger(hash.substring(0, 12), 16);
        int phrase = value.mod(BigInteger.valueOf(DECOY_PHRASES.size())).intValue();
        int image = value.divide(BigInteger.valueOf(DECOY_PHRASES.size())).mod(BigInteger.valueOf(IMAGES.size())).intValue();
        return new SitePhrase(DECOY_PHRASES.get(phrase), IMAGES.get(image));
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
