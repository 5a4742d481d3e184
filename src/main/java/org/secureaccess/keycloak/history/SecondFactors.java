package org.secureaccess.keycloak.history;

import java.util.List;
import java.util.Set;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/** Which stored credentials are second factors, and which of them were added since a moment. */
final class SecondFactors {

    /** Everything that can stand in for "something you have" at sign-in; the password never does. */
    static final Set<String> TYPES = Set.of(LoginHistoryEventListener.PHONE_CREDENTIAL_TYPE, OTPCredentialModel.TYPE,
            WebAuthnCredentialModel.TYPE_TWOFACTOR, WebAuthnCredentialModel.TYPE_PASSWORDLESS, RecoveryAuthnCodesCredentialModel.TYPE);

    private SecondFactors() {
    }

    static List<CredentialModel> of(List<CredentialModel> stored) {
        return stored.stream().filter(credential -> TYPES.contains(credential.getType())).toList();
    }

    /**
     * The second factors created at or after {@code sinceMillis}. One without a creation time is kept: nothing
     * says it is recent, and removing a factor the person relies on would lock them out.
     */
    static List<CredentialModel> addedSince(List<CredentialModel> stored, long sinceMillis) {
        return of(stored).stream().filter(credential -> credential.getCreatedDate() != null && credential.getCreatedDate() >= sinceMillis).toList();
    }

    /** The credential types a second factor used at sign-in ({@link LoginHistory#SECOND_FACTOR_NOTE}) stands for. */
    static Set<String> typesOfMethod(String method) {
        if (method == null) {
            return Set.of();
        }
        return switch (method) {
            case "sms" -> Set.of(LoginHistoryEventListener.PHONE_CREDENTIAL_TYPE);
            case "otp" -> Set.of(OTPCredentialModel.TYPE);
            case "hwk" -> Set.of(WebAuthnCredentialModel.TYPE_TWOFACTOR, WebAuthnCredentialModel.TYPE_PASSWORDLESS);
            case "recovery-code" -> Set.of(RecoveryAuthnCodesCredentialModel.TYPE);
            default -> Set.of();
        };
    }
}
