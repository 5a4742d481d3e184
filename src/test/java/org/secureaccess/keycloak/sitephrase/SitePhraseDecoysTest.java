package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SitePhraseDecoysTest {

    @Test
    void decoysAreManyAndLookLikePhrasesPeopleChoose() {
        Set<String> phrases = new HashSet<>();
        for (int language = 0; language < SitePhrase.DECOY_SUBJECTS.size(); language++) {
            for (String subject : SitePhrase.DECOY_SUBJECTS.get(language)) {
                for (String setting : SitePhrase.DECOY_SETTINGS.get(language)) {
                    String phrase = subject + " " + setting;
                    assertTrue(SitePhrase.problem(phrase).isEmpty(), "a decoy a person could have chosen: " + phrase);
                    phrases.add(phrase);
                }
            }
        }
        assertEquals(24 * 24 + 18 * 20, phrases.size());
    }
}
