package org.secureaccess.keycloak.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * "Not a common password": refuses passwords found in a list of commonly used passwords that ships
 * inside the extension JAR, so the policy works wherever the JAR is dropped (Keycloak's own
 * blacklist policy needs a file on every server's disk).
 */
public class CommonPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String ID = "notCommonPassword";
    static final String LIST_RESOURCE = "/org/secureaccess/keycloak/password/common-passwords.txt";

    private Set<String> commonPasswords = Set.of();

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new CommonPasswordPolicyProvider(commonPasswords);
    }

    @Override
    public void init(Config.Scope config) {
        commonPasswords = loadList();
    }

    static Set<String> loadList() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = CommonPasswordPolicyProviderFactory.class.getResourceAsStream(LIST_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + LIST_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "Not a common password";
    }

    @Override
    public String getConfigType() {
        return null;
    }

    @Override
    public String getDefaultConfigValue() {
        return null;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }
}
