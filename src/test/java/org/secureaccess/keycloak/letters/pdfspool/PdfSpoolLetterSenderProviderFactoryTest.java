package org.secureaccess.keycloak.letters.pdfspool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.TestLetters;

/** The Keycloak glue: metadata, the folder made at start, and a bad configuration that never stops the server. */
class PdfSpoolLetterSenderProviderFactoryTest {

    @TempDir
    Path temp;

    static Config.Scope options(Map<String, String> values) {
        return (Config.Scope) Proxy.newProxyInstance(Config.Scope.class.getClassLoader(), new Class<?>[] {Config.Scope.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("get") && args.length == 1) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void metadataNamesEveryOption() {
        PdfSpoolLetterSenderProviderFactory factory = new PdfSpoolLetterSenderProviderFactory();
        Map<String, ProviderConfigProperty> byName = factory.getConfigMetadata().stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));
        assertEquals(Set.copyOf(PdfSpoolSettings.OPTIONS), byName.keySet());
        assertEquals("pdf-spool", factory.getId());
        assertEquals(0, factory.order());
    }

    @Test
    void createsTheFolderAtStartAndSpools() throws Exception {
        Path spool = temp.resolve("spool/letters");
        PdfSpoolLetterSenderProviderFactory factory = new PdfSpoolLetterSenderProviderFactory();
        factory.init(options(Map.of("directory", spool.toString())));
        assertTrue(Files.isDirectory(spool));

        assertEquals(spool.resolve("L-f.pdf").toString(), factory.create(null).send(TestLetters.letter("L-f")).providerReference());
    }

    @Test
    void badConfigurationStartsButEverySendIsMisconfigured() {
        PdfSpoolLetterSenderProviderFactory factory = new PdfSpoolLetterSenderProviderFactory();
        factory.init(options(Map.of("directory", "relative/letters", "return-address", "1\\n2\\n3\\n4\\n5\\n6")));

        LetterDeliveryException e = assertThrows(LetterDeliveryException.class, () -> factory.create(null).send(TestLetters.letter("L-g")));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("'directory'") && e.getMessage().contains("'return-address'"), e.getMessage());
    }

    @Test
    void folderThatCannotBeCreatedAtStartIsNotFatal() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");
        PdfSpoolLetterSenderProviderFactory factory = new PdfSpoolLetterSenderProviderFactory();
        factory.init(options(Map.of("directory", file.resolve("letters").toString())));

        assertEquals(Reason.MISCONFIGURED, assertThrows(LetterDeliveryException.class,
                () -> factory.create(null).send(TestLetters.letter("L-h"))).reason());
    }
}
