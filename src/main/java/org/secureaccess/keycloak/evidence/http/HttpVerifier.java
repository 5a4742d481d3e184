package org.secureaccess.keycloak.evidence.http;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.Normalizer;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException.Reason;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.shared.http.JsonPostClient;
import org.secureaccess.keycloak.shared.http.JsonPostException;

/**
 * Asks an external verification service, one JSON POST per question to one URL, as documented in
 * {@code docs/evidence-http-contract.md}. Anything but a well-formed 2xx answer (no connection, no answer in time,
 * any other status, an answer that does not follow the contract) makes the verifier unavailable. Logs name the
 * operation, the request id and the reason, never what was asked. Thread-safe: one instance serves every request of a
 * server; the HTTP client is Keycloak's, per question.
 */
final class HttpVerifier {

    private static final Logger LOG = Logger.getLogger(HttpVerifier.class);
    static final String LABEL = "evidence verifier";

    static final String MATCH_IDENTITY = "match-identity";
    static final String MATCH_FINANCIAL_ACCOUNT = "match-financial-account";
    static final String MATCH_PHONE = "match-phone";
    static final String ADDRESS_OF_RECORD = "address-of-record";

    /** Opaque references: printable ASCII, no spaces, at most 100 characters (the width of SA_PROOFING.PERSON_REF). */
    private static final Pattern PERSON_REFERENCE = Pattern.compile("[\\x21-\\x7e]{1,100}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private final HttpVerifierSettings settings;
    private final JsonPostClient client;

    /**
     * @param authHeaderValue the configured auth header value (a secret, or a {@code ${vault.x}} reference resolved
     *                        per request); null sends no auth header
     */
    HttpVerifier(HttpVerifierSettings settings, String authHeaderValue) {
        this.settings = settings;
        this.client = settings.usable()
                ? new JsonPostClient(LABEL, settings.url(), settings.timeout(), settings.authHeaderName(), authHeaderValue)
                : null;
    }

    IdentityMatch matchIdentity(String realm, IdentityClaim claim, GatewayAccess access)
            throws VerifierUnavailableException {
        ObjectNode request = request(MATCH_IDENTITY, realm);
        ObjectNode identity = request.putObject("identity");
        identity.put("firstName", claim.firstName());
        identity.put("middleName", claim.middleName());
        identity.put("lastName", claim.lastName());
        identity.put("suffix", claim.suffix());
        identity.put("taxId", claim.taxId().digits());
        identity.put("taxIdKind", claim.taxId().kind().name());
        identity.put("dateOfBirth", Normalizer.date(claim.dateOfBirth()));
        identity.put("filingStatus", claim.filingStatus().name());
        ObjectNode address = identity.putObject("address");
        address.put("line1", claim.address().line1());
        address.put("line2", claim.address().line2());
        address.put("city", claim.address().city());
        address.put("state", claim.address().state());
        address.put("zip", claim.address().zip());
        ObjectNode normalized = request.putObject("normalized");
        normalized.put("name", Normalizer.personName(claim.firstName(), claim.lastName(), claim.suffix()));
        normalized.put("address", Normalizer.address(claim.address()));

        JsonNode answer = post(request, access);
        JsonNode matched = answer.path("matched");
        if (!matched.isBoolean()) {
            throw unusable(request, "no boolean 'matched'");
        }
        if (!matched.booleanValue()) {
            return IdentityMatch.notMatched();
        }
        JsonNode reference = answer.path("personReference");
        if (!reference.isTextual() || !PERSON_REFERENCE.matcher(reference.textValue()).matches()) {
            throw unusable(request, "a match without a usable 'personReference'");
        }
        return IdentityMatch.matched(reference.textValue(), answer.path("hasPhone").asBoolean(false),
                answer.path("hasAccount").asBoolean(false));
    }

    boolean matchFinancialAccount(String realm, String personReference, FinancialAccountType type, String number,
            GatewayAccess access) throws VerifierUnavailableException {
        Optional<String> normalized = type.normalizeNumber(number);
        if (normalized.isEmpty() || !usableReference(personReference)) {
            return false;
        }
        ObjectNode request = request(MATCH_FINANCIAL_ACCOUNT, realm);
        request.put("personReference", personReference);
        ObjectNode account = request.putObject("account");
        account.put("type", type.name());
        account.put("number", normalized.get());
        JsonNode matched = post(request, access).path("matched");
        if (!matched.isBoolean()) {
            throw unusable(request, "no boolean 'matched'");
        }
        return matched.booleanValue();
    }

    PhoneMatch matchPhone(String realm, String personReference, String e164, GatewayAccess access)
            throws VerifierUnavailableException {
        if (e164 == null || !E164.matcher(e164).matches() || !usableReference(personReference)) {
            return PhoneMatch.NOT_ON_RECORD;
        }
        ObjectNode request = request(MATCH_PHONE, realm);
        request.put("personReference", personReference);
        request.put("phone", e164);
        JsonNode result = post(request, access).path("result");
        if (result.isTextual()) {
            for (PhoneMatch match : PhoneMatch.values()) {
                if (match.name().equals(result.textValue())) {
                    return match;
                }
            }
        }
        throw unusable(request, "no 'result' of MATCHED, NOT_ON_RECORD or NOT_MOBILE");
    }

    Optional<MailingAddress> addressOfRecord(String realm, String personReference, GatewayAccess access)
            throws VerifierUnavailableException {
        if (!usableReference(personReference)) {
            return Optional.empty();
        }
        ObjectNode request = request(ADDRESS_OF_RECORD, realm);
        request.put("personReference", personReference);
        JsonNode answer = post(request, access);
        JsonNode address = answer.path("address");
        if (address.isNull()) {
            return Optional.empty();
        }
        if (!address.isObject()) {
            throw unusable(request, "no 'address' object (or null)");
        }
        try {
            return Optional.of(new MailingAddress(text(address, "name"), text(address, "line1"), text(address, "line2"),
                    text(address, "city"), text(address, "state"), text(address, "zip")));
        } catch (IllegalArgumentException e) {
            // The message names the field and the rule, never the value.
            throw unusable(request, "an address that cannot be mailed to: " + e.getMessage());
        }
    }

    private static boolean usableReference(String personReference) {
        return personReference != null && PERSON_REFERENCE.matcher(personReference).matches();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static ObjectNode request(String operation, String realm) {
        ObjectNode request = JsonSerialization.mapper.createObjectNode();
        request.put("operation", operation);
        request.put("requestId", UUID.randomUUID().toString());
        request.put("realm", realm);
        return request;
    }

    private JsonNode post(ObjectNode request, GatewayAccess access) throws VerifierUnavailableException {
        String operation = request.path("operation").asText();
        String requestId = request.path("requestId").asText();
        if (!settings.usable()) {
            VerifierUnavailableException e = new VerifierUnavailableException(Reason.MISCONFIGURED,
                    "http evidence verifier misconfigured: " + String.join("; ", settings.problems()));
            LOG.warnf("Evidence verifier 'http' cannot %s (request %s): %s", operation, requestId, e.getMessage());
            throw e;
        }
        String body;
        try {
            body = JsonSerialization.mapper.writeValueAsString(request);
        } catch (IOException e) {
            throw new VerifierUnavailableException(Reason.SERVICE_ERROR, "the " + operation + " request could not be written");
        }
        JsonPostClient.Answer answer;
        try {
            answer = client.post(body, access);
        } catch (JsonPostException e) {
            VerifierUnavailableException unavailable = new VerifierUnavailableException(reasonFor(e.kind()), e.getMessage(), e.getCause());
            LOG.warnf("Evidence verifier 'http' unavailable for %s (request %s): %s, %s", operation, requestId, unavailable.reason(),
                    e.getMessage());
            throw unavailable;
        }
        JsonNode json = answer.json();
        if (!json.isObject()) {
            throw unusable(request, "not a JSON object");
        }
        LOG.debugf("Evidence verifier 'http' answered %s (request %s) with HTTP %d", operation, requestId, answer.status());
        return json;
    }

    private static VerifierUnavailableException unusable(ObjectNode request, String what) {
        String message = LABEL + " answered " + request.path("operation").asText() + " with " + what;
        LOG.warnf("Evidence verifier 'http' unavailable (request %s): %s", request.path("requestId").asText(), message);
        return new VerifierUnavailableException(Reason.SERVICE_ERROR, message);
    }

    static Reason reasonFor(JsonPostException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> Reason.UNREACHABLE;
            case TIMEOUT -> Reason.TIMEOUT;
            case REJECTED, GATEWAY_ERROR -> Reason.SERVICE_ERROR;
            case MISCONFIGURED -> Reason.MISCONFIGURED;
        };
    }
}
