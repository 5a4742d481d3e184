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
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The text-message second factor as a Keycloak credential, so that the number shows (masked) in
 * the account console's "Signing in" page and in the admin console, can be set up from the account console (its
 * create action starts the phone enrolment) and removed there while another second factor remains.
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
        UserModel user = metadataContext.getUser();
        // One phone a person: the enrolment adds it when there is none ("Set up") and replaces it otherwise ("Update");
        // Keycloak allows a type only one of the two actions.
        boolean hasPhone = user != null && user.credentialManager().getStoredCredentialsByTypeStream(getType()).findAny().isPresent();
        CredentialTypeMetadata.CredentialTypeMetadataBuilder builder = CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("saPhoneCredentialDisplayName")
                .helpText("saPhoneCredentialHelpText")
                .iconCssClass("kcAuthenticatorOTPClass");
        if (hasPhone) {
            builder.updateAction(PhoneEnrollmentRequiredActionFactory.ID);
        } else {
            builder.createAction(PhoneEnrollmentRequiredActionFactory.ID);
        }
        return builder
                // Keycloak's "delete_credential" action (the account console's Delete) asks this with the person as
                // context and refuses when false, so a person never removes the phone that is their only second factor.
                .removeable(user == null || hasAnotherSecondFactor(user))
                .build(session);
    }

    /**
     * A second factor besides one phone: an authenticator app, a security key, or a second phone. Recovery codes do
     * not count: they are the way back when the real factor is lost, and each sign-in would spend one.
     */
    static boolean hasAnotherSecondFactor(UserModel user) {
        long phones = user.credentialManager().getStoredCredentialsByTypeStream(PhoneCredentialModel.TYPE).count();
        boolean appOrKey = user.credentialManager().getStoredCredentialsStream()
                .anyMatch(credential -> OTPCredentialModel.TYPE.equals(credential.getType())
                        || WebAuthnCredentialModel.TYPE_TWOFACTOR.equals(credential.getType()));
        return appOrKey || phones > 1;
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
