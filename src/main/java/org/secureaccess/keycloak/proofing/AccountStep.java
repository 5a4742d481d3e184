package org.secureaccess.keycloak.proofing;

import java.util.Arrays;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.proofing.ProofingFlow.Step;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;

/**
 * Step 3: one financial account in the person's name: the last 8 digits of a credit card, or a
 * mortgage, home-equity, auto or student loan account number. The number goes to the verifier and
 * nowhere else: not the page, the session, the record or the log.
 */
final class AccountStep {

    static final String FIELD_TYPE = "account_type";
    static final String FIELD_NUMBER = "account_number";
    private static final Logger LOG = Logger.getLogger(AccountStep.class);

    private AccountStep() {
    }

    static Response show(ProofingFlow flow) {
        return page(flow, null);
    }

    static Response process(ProofingFlow flow, MultivaluedMap<String, String> form) {
        String typedType = form.getFirst(FIELD_TYPE);
        Optional<FinancialAccountType> type = FinancialAccountType.parse(typedType);
        if (type.isEmpty()) {
            return page(flow, typedType, new FormMessage(FIELD_TYPE, "saProofAccountTypeMissing"));
        }
        String typedNumber = form.getFirst(FIELD_NUMBER);
        if (typedNumber == null || typedNumber.isBlank()) {
            return page(flow, typedType, new FormMessage(FIELD_NUMBER, "saProofAccountNumberMissing"));
        }
        Optional<String> number = type.get().normalizeNumber(typedNumber);
        if (number.isEmpty()) {
            String key = type.get() == FinancialAccountType.CREDIT_CARD ? "saProofCardDigitsInvalid" : "saProofAccountNumberInvalid";
            return page(flow, typedType, new FormMessage(FIELD_NUMBER, key));
        }
        long lockedUntil = flow.reserveMatchAttempt();
        if (lockedUntil > 0) {
            return flow.lockedPage(lockedUntil);
        }
        ProofingRecordEntity record = flow.startedRecord();
        boolean matched;
        try {
            matched = flow.verifier().matchFinancialAccount(flow.realm, record.getPersonRef(), type.get(), number.get());
        } catch (VerifierUnavailableException e) {
            flow.releaseMatchAttempt();
            LOG.warnf("Account check for user %s: verifier unavailable (%s)", flow.user.getId(), e.eventValue());
            flow.funnel(Stage.VERIFIER_UNAVAILABLE);
            flow.error("account", "verifier_unavailable");
            return page(flow, typedType, new FormMessage(null, "saProofVerifierUnavailable"));
        }
        if (!matched) {
            flow.funnel(Stage.ACCOUNT_NOT_MATCHED);
            flow.error("account", "account_not_matched");
            long until = flow.countFailedMatch();
            if (until > 0) {
                return flow.lockedPage(until);
            }
            return page(flow, typedType, new FormMessage(null, "saProofNoMatch", flow.failedMatchesLeft(),
                    flow.settings.failedMatches().window().toHours()));
        }
        flow.releaseMatchAttempt();
        record.setAccountMatchedAt(Time.currentTimeMillis());
        ProofingRecords.touch(record);
        flow.funnel(Stage.ACCOUNT_MATCHED);
        flow.event(EventType.CUSTOM_REQUIRED_ACTION, "account").detail(ProofingFlow.RESULT_DETAIL, "account_matched")
                .detail("account_type", type.get().name().toLowerCase()).success();
        flow.forward();
        return null;
    }

    private static Response page(ProofingFlow flow, String typedType, FormMessage... messages) {
        LoginFormsProvider form = flow.form(Step.ACCOUNT)
                .setAttribute("saAccountTypes", Arrays.stream(FinancialAccountType.values()).map(Enum::name).toList())
                .setAttribute("saAccountTypeValue", FinancialAccountType.parse(typedType).map(Enum::name).orElse(""));
        for (FormMessage message : messages) {
            form.addError(message);
        }
        return form.createForm(ProofingPages.ACCOUNT);
    }
}
