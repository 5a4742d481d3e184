package org.secureaccess.keycloak.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word of the theme exists in both languages: the English and Spanish bundles of each theme type have the same
 * keys, and every message the administrators' page asks for (its script and its HTML) is in both.
 */
class MessageBundlesTest {

    private static final Path THEME = Path.of("themes/secure-access");

    @ParameterizedTest
    @ValueSource(strings = {"login", "account", "email"})
    void englishAndSpanishHaveTheSameKeys(String type) throws IOException {
        Path messages = THEME.resolve(type).resolve("messages");
        Set<String> english = new TreeSet<>(load(messages.resolve("messages_en.properties")).stringPropertyNames());
        Set<String> spanish = new TreeSet<>(load(messages.resolve("messages_es.properties")).stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, type + ": keys without a Spanish text");
        assertEquals(Set.of(), onlySpanish, type + ": keys without an English text");
    }

    @Test
    void everyMessageOfTheAdministratorsPageIsInBothLanguages() throws IOException {
        Path admin = THEME.resolve("login/resources/admin");
        Set<String> used = new TreeSet<>();
        collect(Pattern.compile("\"(saAdmin[A-Za-z]+)\""), Files.readString(admin.resolve("admin.js")), used);
        collect(Pattern.compile("\\$\\{msg\\.([A-Za-z.]+)}"), Files.readString(admin.resolve("index.html")), used);
        assertTrue(used.size() > 50, "the page's messages were found: " + used);
        for (String language : new String[] {"en", "es"}) {
            Properties bundle = load(THEME.resolve("login/messages/messages_" + language + ".properties"));
            Set<String> missing = new TreeSet<>(used);
            missing.removeIf(bundle::containsKey);
            assertEquals(Set.of(), missing, "messages_" + language + " lacks what the administrators' page shows");
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher found = pattern.matcher(text);
        while (found.find()) {
            into.add(found.group(1));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
