package org.secureaccess.keycloak.sitephrase;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Choosing (or changing, from the account console) the site phrase and picture. */
public class SitePhraseRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "sa-site-phrase.ftl";
    static final String FIELD_PHRASE = "site_phrase";
    static final String FIELD_IMAGE = "site_image";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    /**
     * Runs when the sign-in flow, second factor included, is done, and again after each required action. The first
     * time nothing is left to do, the browser is remembered as the person's, so it shows their phrase next time. Only
     * after our own password step: a sign-in by session cookie, an emailed link or registration proves less.
     */
    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        if (user == null || !user.getId().equals(authSession.getAuthNote(SitePhraseLoginForm.PASSWORD_PASSED_NOTE))
                || authSession.getAuthNote(AuthenticationManager.END_AFTER_REQUIRED_ACTIONS) != null
                || !authSession.getRequiredActions().isEmpty() || user.getRequiredActionsStream().findAny().isPresent()) {
            return;
        }
        authSession.removeAuthNote(SitePhraseLoginForm.PASSWORD_PASSED_NOTE);
        RecognisedDevice.remember(context.getSession(), context.getRealm(), user.getId());
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        SitePhrase current = SitePhrase.of(context.getUser()).orElse(null);
        context.challenge(page(context, current == null ? "" : current.phrase(), current == null ? "" : current.image()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String phrase = form.getFirst(FIELD_PHRASE);
        String image = form.getFirst(FIELD_IMAGE);
        var problem = SitePhrase.problem(phrase);
        if (problem.isPresent()) {
            context.challenge(page(context, phrase, image, new FormMessage(FIELD_PHRASE, problem.get())));
            return;
        }
        if (image == null || !SitePhrase.IMAGES.contains(image)) {
            context.challenge(page(context, phrase, "", new FormMessage(FIELD_IMAGE, "saSiteImageMissing")));
            return;
        }
        SitePhrase.save(context.getUser(), new SitePhrase(phrase.strip(), image));
        context.getEvent().clone().event(EventType.UPDATE_PROFILE).user(context.getUser())
                .detail(Details.CUSTOM_REQUIRED_ACTION, SitePhraseRequiredActionFactory.ID).success();
        context.success();
    }

    private Response page(RequiredActionContext context, String phrase, String image, FormMessage... errors) {
        LoginFormsProvider form = context.form().setAttribute("saSitePhraseValue", phrase == null ? "" : phrase)
                .setAttribute("saSiteImageValue", image == null ? "" : image)
                .setAttribute("saSiteImages", SitePhrase.IMAGES)
                .setAttribute("saSitePhraseMax", SitePhrase.MAX_PHRASE_LENGTH);
        for (FormMessage error : errors) {
            form.addError(error);
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public void close() {
    }
}
