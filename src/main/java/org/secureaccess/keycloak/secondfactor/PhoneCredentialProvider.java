package org.secureaccess.keycloak.secondfactor;

import java.util.Optional;

import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The text-message second factor as a Keycloak credential, so that the number shows (masked) in
 * the account console's "Signing in" page and in the admin console, and can be removed there.
 * Validating an input means checking it against the code texted in the current sign-in.
 */
public class PhoneCredentialProvider implements CredentialProvider<PhoneCredentialModel>, CredentialInputValidator {

    private final KeycloakSession session;

    PhoneCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return PhoneCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, PhoneCredentialModel credential) {
        return user.credentialManager().createStoredCredential(credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        boolean removed = user.credentialManager().removeStoredCredentialById(credentialId);
        if (removed && !isConfiguredFor(realm, user, getType())) {
            PhoneDirectory.forget(session, realm, user);
        }
        return removed;
    }

    @Override
    public PhoneCredentialModel getCredentialFromModel(CredentialModel model) {
        return PhoneCredentialModel.from(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("saPhoneCredentialDisplayName")
                .helpText("saPhoneCredentialHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .updateAction(PhoneEnrollmentRequiredActionFactory.ID)
                .removeable(true)
                .build(session);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && user.credentialManager().getStoredCredentialsByTypeStream(credentialType).findAny().isPresent();
    }

    /**
     * True when the input is the code texted to the person's number in the current sign-in; it counts as an entry
     * against the code and as an attempt of the person's run of wrong codes, as on the code page.
     */
    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        Optional<PhoneCredentialModel> phone = phoneOf(user);
        if (authSession == null || !supportsCredentialType(input.getType()) || phone.isEmpty()) {
            return false;
        }
        SmsChallenge.Check check = SmsChallenge.forLogin(session, authSession).verify(realm, user, input.getChallengeResponse(),
                phone.get().getPhoneNumber(), SecondFactorPhones.lockout(realm));
        return check.verification() == org.secureaccess.keycloak.shared.AuthSessionCode.Verification.CORRECT;
    }

    /** The user's verified number, if any. */
    public Optional<PhoneCredentialModel> phoneOf(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(getType())
                .map(PhoneCredentialModel::from)
                .filter(phone -> phone.getPhoneNumber() != null)
                .findFirst();
    }
}
