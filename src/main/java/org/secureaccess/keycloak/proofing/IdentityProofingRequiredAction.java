package org.secureaccess.keycloak.proofing;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;

/**
 * "Verify your identity": the five-step wizard of Secure Access (email code, personal information,
 * financial account, mobile phone or mailed code, done). Runs for anyone not yet verified when the
 * proofing gate of the browser flow or an administrator asks for it, and is offered right after
 * self-registration. Before the realm's enforcement date it may be put off, once per sign-in.
 */
public class IdentityProofingRequiredAction implements RequiredActionProvider {

    static final String FIELD_ACTION = "action";
    static final String FIELD_STEP = "proof_step";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    /**
     * Offers proofing to someone who registered in this very sign-in, once: Keycloak evaluates the
     * triggers again after every completed action, and offering it again would undo "Remind me next time".
     */
    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(ProofingFlow.OFFERED_AFTER_REGISTRATION_NOTE) != null
                || "true".equals(authSession.getAuthNote(AuthenticationManager.SSO_AUTH))) {
            // Offered once, in the sign-in that follows registration; a session reaching another application is not one.
            return;
        }
        Long created = user.getCreatedTimestamp();
        long sessionStartedMillis = authSession.getParentSession().getTimestamp() * 1000L;
        if (created != null && created >= sessionStartedMillis - 1000
                && !ProofingState.isVerified(context.getSession(), context.getRealm(), user)) {
            authSession.setAuthNote(ProofingFlow.OFFERED_AFTER_REGISTRATION_NOTE, "true");
            authSession.addRequiredAction(IdentityProofingRequiredActionFactory.ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        ProofingFlow flow = new ProofingFlow(context);
        if (flow.currentStep() == Step.DONE && flow.authSession.getAuthNote(ProofingFlow.JUST_VERIFIED_NOTE) == null
                || ProofingState.isVerified(flow.session, flow.realm, flow.user) && flow.currentStep() != Step.DONE) {
            context.success();
            return;
        }
        context.challenge(show(flow, flow.currentStep()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(FIELD_ACTION) == null ? "continue" : form.getFirst(FIELD_ACTION);
        ProofingFlow flow = new ProofingFlow(context);
        Step step = flow.currentStep();

        if (step == Step.DONE) {
            flow.authSession.removeAuthNote(ProofingFlow.JUST_VERIFIED_NOTE);
            context.getEvent().detail(ProofingFlow.RESULT_DETAIL, "continued");
            context.success();
            return;
        }
        if ("postpone".equals(action) && flow.postponable()) {
            context.getEvent().detail(ProofingFlow.RESULT_DETAIL, "postponed");
            context.success();
            return;
        }
        // A page from another step (browser back, a second tab): show where the person really is.
        String postedStep = form.getFirst(FIELD_STEP);
        if (postedStep != null && !postedStep.equals(step.name())) {
            context.challenge(show(flow, step));
            return;
        }
        Response response = switch (action) {
            case "back" -> back(flow, step);
            case "start" -> {
                flow.authSession.setAuthNote(ProofingFlow.INTRO_SEEN_NOTE, "true");
                yield null;
            }
            case "letter" -> {
                flow.authSession.setAuthNote(ProofingFlow.LETTER_CHOSEN_NOTE, "true");
                flow.forward();
                yield null;
            }
            case "use-phone" -> {
                flow.authSession.removeAuthNote(ProofingFlow.LETTER_CHOSEN_NOTE);
                if (flow.record() != null && flow.record().getStatus() == ProofingStatus.LETTER_PENDING) {
                    flow.goBackTo(Step.PHONE);
                }
                yield null;
            }
            default -> switch (step) {
                case INTRO -> {
                    flow.authSession.setAuthNote(ProofingFlow.INTRO_SEEN_NOTE, "true");
                    yield null;
                }
                case EMAIL -> EmailStep.process(flow, action, form);
                case IDENTITY -> IdentityStep.process(flow, form);
                case ACCOUNT -> AccountStep.process(flow, form);
                case PHONE -> PhoneStep.process(flow, action, form);
                case LETTER -> LetterStep.process(flow, action, form);
                case DONE -> null;
            };
        };
        context.challenge(response != null ? response : show(flow, flow.currentStep()));
    }

    private static Response back(ProofingFlow flow, Step step) {
        switch (step) {
            case EMAIL, IDENTITY -> flow.authSession.removeAuthNote(ProofingFlow.INTRO_SEEN_NOTE);
            case ACCOUNT -> flow.goBackTo(Step.IDENTITY);
            case PHONE -> flow.goBackTo(Step.ACCOUNT);
            case LETTER -> flow.authSession.removeAuthNote(ProofingFlow.LETTER_CHOSEN_NOTE);
            default -> {
            }
        }
        return null;
    }

    private static Response show(ProofingFlow flow, Step step) {
        return switch (step) {
            case INTRO -> flow.form(Step.INTRO)
                    .setAttribute("saProofResuming", flow.record() != null)
                    .setAttribute("saProofEmailVerified", flow.user.isEmailVerified())
                    .createForm(ProofingPages.INTRO);
            case EMAIL -> EmailStep.show(flow);
            case IDENTITY -> IdentityStep.show(flow);
            case ACCOUNT -> AccountStep.show(flow);
            case PHONE -> PhoneStep.show(flow);
            case LETTER -> LetterStep.show(flow);
            case DONE -> ProofingCompletion.donePage(flow);
        };
    }

    @Override
    public void close() {
    }
}
