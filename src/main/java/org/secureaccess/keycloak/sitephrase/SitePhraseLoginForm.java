package org.secureaccess.keycloak.sitephrase;

import static org.keycloak.services.validation.Validation.FIELD_PASSWORD;
import static org.keycloak.services.validation.Validation.FIELD_USERNAME;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.utils.RequiredActionHelper;

/**
 * Username first, then the site phrase and picture with the password, as in the original: the
 * person sees their own phrase and picture before typing the password. Unknown usernames get a
 * stable decoy after the same work, and the password page fails them exactly like a wrong
 * password, so nothing shows which accounts exist.
 */
public class SitePhraseLoginForm extends AbstractUsernameFormAuthenticator implements Authenticator {

    static final String USERNAME_TEMPLATE = "sa-username.ftl";
    static final String PASSWORD_TEMPLATE = "sa-password.ftl";
    static final String USERNAME_NOTE = "sa.site.username";

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
        MultivaluedMap<String, String> withUsername = new MultivaluedHashMap<>();
        form.forEach(withUsername::put);
        withUsername.putSingle(AuthenticationManager.FORM_USERNAME, username);
        if (!validateUserAndPassword(context, withUsername)) {
            return;
        }
        UserModel user = context.getUser();
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
        context.getAuthenticationSession().setAuthNote(USERNAME_NOTE, username);
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, username);
        context.challenge(passwordPage(context, null));
    }

    /** The password page, with the person's phrase and picture or the username's decoy. */
    private Response passwordPage(AuthenticationFlowContext context, FormMessage error) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String username = context.getAuthenticationSession().getAuthNote(USERNAME_NOTE);
        // The decoy and the lookup happen for everyone, so known and unknown names take the same work.
        SitePhrase decoy = SitePhrase.decoy(session, realm, username);
        UserModel user;
        try {
            user = KeycloakModelUtils.findUserByNameOrEmail(session, realm, username);
        } catch (ModelDuplicateException e) {
            user = null;
        }
        LoginFormsProvider form = context.form();
        SitePhrase shown = user == null ? decoy : SitePhrase.of(user).orElse(decoy);
        form.setAttribute("saSitePhrase", shown.phrase()).setAttribute("saSiteImage", shown.image());
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

    /** Every failure at the password step (wrong password, unknown name, lockout) shows the same password page. */
    @Override
    protected Response challenge(AuthenticationFlowContext context, String error, String field) {
        return passwordPage(context, error == null ? null : new FormMessage(FIELD_PASSWORD, error));
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
