package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
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

    /**
     * Lets one username take the most attempts the username step allows in a window (100), for tests that drive
     * another limit (Keycloak's password lockout, the history's row bound) past the username step's default of 10.
     */
    public static RealmRepresentation withManyUsernameAttempts(RealmRepresentation realm) {
        for (AuthenticatorConfigRepresentation config : realm.getAuthenticatorConfig()) {
            if ("sa-amr-pwd".equals(config.getAlias())) {
                Map<String, String> values = new HashMap<>(config.getConfig());
                values.put("usernameAttemptsPerUsername", "100");
                config.setConfig(values);
            }
        }
        return realm;
    }

    public static RealmRepresentation load() {
        RealmRepresentation realm;
        try (InputStream in = Files.newInputStream(BuildInfo.realmExport())) {
            realm = JsonSerialization.readValue(in, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordSensitiveValues(realm);
        // The realm ships with Keycloak's event store off (the login history is the record of sign-ins; docs/operations.md).
        // The tests switch it on, as an administrator may: what Keycloak stored is a witness of its own to what the
        // extension did, and the leak check reads it too.
        realm.setEventsEnabled(true);
        // The test framework gives a realm its name as id, and Keycloak keeps a removed realm's stored events under
        // it: the next class's realm of the same name would list them as its own (and events from a test that moved
        // the clock ahead sort first). A fresh id per realm keeps each class's events and state its own.
        realm.setId(UUID.randomUUID().toString());
        return realm;
    }

    /** The demo people's phone numbers and authenticator-app secrets, for the leak check. */
    private static void recordSensitiveValues(RealmRepresentation realm) {
        if (realm.getUsers() == null) {
            return;
        }
        for (UserRepresentation user : realm.getUsers()) {
            if (user.getAttributes() != null) {
                user.getAttributes().getOrDefault("phoneNumber", List.of())
                        .forEach(phone -> SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, phone));
            }
            if (user.getCredentials() == null) {
                continue;
            }
            for (CredentialRepresentation credential : user.getCredentials()) {
                if ("otp".equals(credential.getType()) && credential.getSecretData() != null) {
                    try {
                        SensitiveValues.record(SensitiveValues.Kind.TOTP_SECRET,
                                JsonSerialization.mapper.readTree(credential.getSecretData()).path("value").asText(null));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
