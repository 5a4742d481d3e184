package org.secureaccess.keycloak.password;

import java.util.Locale;
import java.util.Set;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * Refuses a password that is on the common-password list (compared without regard to case) or that
 * is one character repeated. No composition rules: NIST SP 800-63B asks for a block list instead.
 */
public class CommonPasswordPolicyProvider implements PasswordPolicyProvider {

    /** Keycloak's own message key, so every theme (login, account, admin) already has a text for it. */
    static final String ERROR_MESSAGE = "invalidPasswordBlacklistedMessage";

    private final Set<String> commonPasswords;

    CommonPasswordPolicyProvider(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(user == null ? null : user.getUsername(), password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return isCommon(password, commonPasswords) ? new PolicyError(ERROR_MESSAGE) : null;
    }

    static boolean isCommon(String password, Set<String> commonPasswords) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        if (password.chars().distinct().count() == 1) {
            return true;
        }
        return commonPasswords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public void close() {
    }
}
