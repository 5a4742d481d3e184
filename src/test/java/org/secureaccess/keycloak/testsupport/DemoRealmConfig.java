package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.util.JsonSerialization;

/** The realm exactly as {@code realm-export.json} ships it. */
public class DemoRealmConfig implements RealmConfig {

    public static final String REALM = "secure-access";

    @Override
    public RealmBuilder configure(RealmBuilder ignored) {
        return RealmBuilder.update(load());
    }

    public static RealmRepresentation load() {
        try (InputStream in = Files.newInputStream(BuildInfo.realmExport())) {
            return JsonSerialization.readValue(in, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
