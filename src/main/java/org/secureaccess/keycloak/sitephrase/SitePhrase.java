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
     * Decoys are built from a subject and a setting, in English or Spanish, 936 in all, so
     * that a shown phrase does not give away whether it is a person's own. The same whatever the
     * page's language: a decoy that changed with the language while a person's own phrase does not
     * would give the difference away.
     */
    static final List<List<String>> DECOY_SUBJECTS = List.of(
            List.of("Pancakes", "Blue skies", "Autumn leaves", "Grandma's lemon cake", "Trains", "Jazz", "Fresh tomatoes",
                    "Fireflies", "Old letters", "Paper kites", "Warm bread", "Fishing boats", "Wild horses", "Red tulips",
                    "Thunderstorms", "Apple pie", "Country roads", "Snowy steps", "Hot cocoa", "Marching bands",
                    "Sunflowers", "Pine trees", "Porch lights", "Baseball games"),
            List.of("Café con leche", "Cielo azul", "Tortillas calientes", "Música de guitarra", "Luciérnagas", "Pan dulce",
                    "Barcos de pesca", "Flores amarillas", "Truenos", "Nieve", "Cartas viejas", "Caballos salvajes",
                    "Tamales caseros", "Papalotes", "Campanas", "Mangos maduros", "Girasoles", "Faroles"));
    static final List<List<String>> DECOY_SETTINGS = List.of(
            List.of("on Sunday", "by the river", "at midnight", "over the harbor", "in July", "on the radio",
                    "by the old school", "after the rain", "in the garden", "at the county fair", "on the porch",
                    "in the mountains", "at dawn", "by the lake", "in December", "on Main Street", "at the beach",
                    "under the bridge", "in the kitchen", "at grandpa's farm", "before breakfast", "in the park",
                    "down the road", "on the hill"),
            List.of("los domingos", "junto al río", "a medianoche", "sobre el puerto", "en julio", "en la radio",
                    "después de la lluvia", "en el jardín", "en la feria", "en el portal", "en las montañas", "al amanecer",
                    "junto al lago", "en diciembre", "en la playa", "bajo el puente", "en la cocina", "en el rancho",
                    "antes del desayuno", "en el parque"));
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
        long value = new BigInteger(hash.substring(0, 15), 16).longValue();
        int language = (int) (value % DECOY_SUBJECTS.size());
        value /= DECOY_SUBJECTS.size();
        List<String> subjects = DECOY_SUBJECTS.get(language);
        List<String> settings = DECOY_SETTINGS.get(language);
        String subject = subjects.get((int) (value % subjects.size()));
        value /= subjects.size();
        String setting = settings.get((int) (value % settings.size()));
        value /= settings.size();
        String image = IMAGES.get((int) (value % IMAGES.size()));
        return new SitePhrase(subject + " " + setting, image);
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
