package org.secureaccess.keycloak.sitephrase;

import static org.keycloak.services.validation.Validation.FIELD_PASSWORD;
import static org.keycloak.services.validation.Validation.FIELD_USERNAME;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.utils.RequiredActionHelper;
import org.secureaccess.keycloak.sitephrase.UsernameStepThrottle.Refusal;

/**
 * Username first, then the password, with the person's site phrase and picture beside it on a
 * browser where they have completed a full sign-in before ({@link RecognisedDevice}). Every other
 * browser sees the same neutral note whether or not the username exists, so the page can't tell
 * anyone who has an account; a decoy phrase could (decoys and real phrases never look quite
 * alike). The username step is throttled per address and per username, counting unknown names
 * like known ones, and known and unknown names take the same work at both steps.
 */
public class SitePhraseLoginForm extends AbstractUsernameFormAuthenticator implements Authenticator {

    static final String USERNAME_TEMPLATE = "sa-username.ftl";
    static final String PASSWORD_TEMPLATE = "sa-password.ftl";
    static final String USERNAME_NOTE = "sa.site.username";
    /** The user whose right password this sign-in passed: what {@link SitePhraseRequiredAction} remembers the browser for. */
    static final String PASSWORD_PASSED_NOTE = "sa.site.password-passed";
    static final String ERROR_THROTTLED = "username_step_throttled";
    static final String DETAIL_THROTTLED_BY = "throttled_by";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (context.getUser() != null) {
            // Re-authentication (e.g. before changing a phone): the person is known, only the password is asked.
            context.getAuthenticationSession().setAuthNote(USER_SET_BEFORE_USERNAME_PASSWORD_AUTH, "true");
            context.getAuthenticationSession().setAuthNote(USERNAME_NOTE, context.getUser().getUsername());
            context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, context.getUser().getUsername());
        }
        if (context.getAuthenticationSession().getAuthNote(USERNAME_NOTE) != null) {
            context.challenge(passwordPage(context, null));
        } else {
            context.challenge(usernamePage(context, null, null));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String username = context.getAuthenticationSession().getAuthNote(USERNAME_NOTE);
        if (username == null || form.containsKey(AuthenticationManager.FORM_USERNAME)) {
            takeUsername(context, form.getFirst(AuthenticationManager.FORM_USERNAME));
            return;
        }
        String password = form.getFirst(CredentialRepresentation.PASSWORD);
        if (password == null || password.isEmpty()) {
            // Answered before any lookup: Keycloak's own check would hash for an unknown name but not for a known one.
            context.challenge(passwordPage(context, new FormMessage(FIELD_PASSWORD, "saPasswordMissing")));
            return;
        }
        MultivaluedMap<String, String> withUsername = new MultivaluedHashMap<>();
        form.forEach(withUsername::put);
        withUsername.putSingle(AuthenticationManager.FORM_USERNAME, username);
        if (!validateUserAndPassword(context, withUsername)) {
            return;
        }
        UserModel user = context.getUser();
        UsernameStepThrottle.giveBackUnits(context.getSession(), context.getRealm(), context.getAuthenticationSession());
        context.getAuthenticationSession().setAuthNote(PASSWORD_PASSED_NOTE, user.getId());
        RequiredActionProviderModel enrolment = RequiredActionHelper.getRequiredActionByProviderId(context.getRealm(), SitePhraseRequiredActionFactory.ID);
        if (SitePhrase.of(user).isEmpty() && enrolment != null && enrolment.isEnabled()) {
            context.getAuthenticationSession().addRequiredAction(SitePhraseRequiredActionFactory.ID);
        }
        context.success(PasswordCredentialModel.TYPE);
    }

    private void takeUsername(AuthenticationFlowContext context, String typed) {
        String username = typed == null ? "" : typed.strip();
        if (username.isEmpty()) {
            context.challenge(usernamePage(context, typed, new FormMessage(FIELD_USERNAME, "saUsernameMissing")));
            return;
        }
        if (username.length() > 255) {
            context.challenge(usernamePage(context, "", new FormMessage(FIELD_USERNAME, "saUsernameMissing")));
            return;
        }
        // This attempt replaces any earlier one of the same sign-in, which keeps what it counted.
        context.getAuthenticationSession().removeAuthNote(USERNAME_NOTE);
        UsernameStepThrottle.forgetUnits(context.getAuthenticationSession());
        SignInSettings settings = settings(context);
        Optional<Refusal> refusal = UsernameStepThrottle.takeAddressUnit(context, settings.perAddress());
        UserModel user = null;
        boolean recognised = false;
        if (refusal.isEmpty()) {
            user = findUser(context, username);
            recognised = RecognisedDevice.recognises(context.getSession(), context.getRealm(), user == null ? null : user.getId(),
                    settings.deviceLifetime());
            // The person's own browser is not held back by a limit anyone can run up by typing their name.
            if (!recognised) {
                refusal = UsernameStepThrottle.takeUsernameUnit(context, username, settings.perUsername());
            }
        }
        if (refusal.isPresent()) {
            context.getEvent().clone().detail(Details.USERNAME, username)
                    .detail(DETAIL_THROTTLED_BY, refusal.get().limit().eventValue()).error(ERROR_THROTTLED);
            long minutes = Math.max(1, (refusal.get().retryAt() - Time.currentTimeMillis() + 59_999) / 60_000);
            context.challenge(usernamePage(context, username, new FormMessage(FIELD_USERNAME, "saUsernameThrottled", minutes)));
            return;
        }
        context.getAuthenticationSession().setAuthNote(USERNAME_NOTE, username);
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, username);
        context.challenge(passwordPage(context, recognised ? SitePhrase.of(user).orElse(null) : null, null));
    }

    /** The password page as a failure or a reload shows it: the browser is checked again for the typed name. */
    private Response passwordPage(AuthenticationFlowContext context, FormMessage error) {
        String username = context.getAuthenticationSession().getAuthNote(USERNAME_NOTE);
        UserModel user = findUser(context, username);
        boolean recognised = RecognisedDevice.recognises(context.getSession(), context.getRealm(), user == null ? null : user.getId(),
                settings(context).deviceLifetime());
        return passwordPage(context, recognised ? SitePhrase.of(user).orElse(null) : null, error);
    }

    /** The password page, with the person's phrase and picture when this browser is theirs, else the same neutral note for everyone. */
    private Response passwordPage(AuthenticationFlowContext context, SitePhrase shown, FormMessage error) {
        LoginFormsProvider form = context.form();
        if (shown != null) {
            form.setAttribute("saSitePhrase", shown.phrase()).setAttribute("saSiteImage", shown.image());
        }
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(PASSWORD_TEMPLATE);
    }

    private Response usernamePage(AuthenticationFlowContext context, String typed, FormMessage error) {
        LoginFormsProvider form = context.form().setAttribute("saUsernameValue", typed == null ? "" : typed);
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(USERNAME_TEMPLATE);
    }

    /**
     * The person a typed name belongs to, found so that a known and an unknown name cost the same. Keycloak's user cache
     * answers a name it has seen from memory but sends an unknown one to the database every time, and that difference
     * showed at the username step (unknown names 10 to 20 % slower). So the realm's own database is asked directly,
     * once, for either; as Keycloak does, a name with an "@" is tried as an email first. Federated stores (LDAP) are
     * asked only when the realm has one and its own database has no such person.
     */
    private static UserModel findUser(AuthenticationFlowContext context, String username) {
        if (username == null) {
            return null;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        try {
            UserProvider ownDatabase = session.getProvider(UserProvider.class);
            UserModel user = realm.isLoginWithEmailAllowed() && username.indexOf('@') != -1 ? ownDatabase.getUserByEmail(realm, username) : null;
            if (user == null) {
                user = ownDatabase.getUserByUsername(realm, username);
            }
            if (user == null && realm.getStorageProviders(UserStorageProvider.class).findAny().isPresent()) {
                user = KeycloakModelUtils.findUserByNameOrEmail(session, realm, username);
            }
            return user;
        } catch (ModelDuplicateException e) {
            return null;
        }
    }

    private static SignInSettings settings(AuthenticationFlowContext context) {
        return SignInSettings.from(context.getAuthenticatorConfig());
    }

    /** Every failure at the password step (wrong password, unknown name, lockout) shows the same password page. */
    @Override
    protected Response challenge(AuthenticationFlowContext context, String error, String field) {
        return passwordPage(context, error == null ? null : new FormMessage(FIELD_PASSWORD, error));
    }

    /**
     * A locked account is refused without checking the password, which would answer faster than for an unknown name
     * (always hashed); the same hash makes them take equally long.
     */
    @Override
    protected boolean isDisabledByBruteForce(AuthenticationFlowContext context, UserModel user) {
        boolean disabled = super.isDisabledByBruteForce(context, user);
        if (disabled) {
            AuthenticatorUtils.dummyHash(context);
        }
        return disabled;
    }

    @Override
    protected String disabledByBruteForceFieldError() {
        return FIELD_PASSWORD;
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
