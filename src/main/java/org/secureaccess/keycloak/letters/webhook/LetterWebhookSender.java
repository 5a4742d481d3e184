package org.secureaccess.keycloak.letters.webhook;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterContent;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.LetterReceipt;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.shared.http.JsonPostClient;
import org.secureaccess.keycloak.shared.http.JsonPostException;

/**
 * POSTs one JSON document per letter to a print-and-mail API; any 2xx answer means accepted, and the answer's
 * {@code id} (when there is one) becomes the receipt's reference. Thread-safe: one instance serves every letter of a
 * server; the HTTP client is Keycloak's, per letter.
 */
final class LetterWebhookSender {

    private static final Logger LOG = Logger.getLogger(LetterWebhookSender.class);
    static final String LABEL = "letter webhook";

    private final LetterWebhookSettings settings;
    private final JsonPostClient client;

    /**
     * @param authHeaderValue the configured auth header value (a secret, or a {@code ${vault.x}} reference
     *                        resolved at send time); null sends no auth header
     */
    LetterWebhookSender(LetterWebhookSettings settings, String authHeaderValue) {
        this.settings = settings;
        this.client = settings.usable()
                ? new JsonPostClient(LABEL, settings.url(), settings.timeout(), settings.authHeaderName(), authHeaderValue)
                : null;
    }

    /**
     * @param access Keycloak's HTTP client, and the resolver of the configured secret at send time (in the server: the
     *               realm's vault)
     */
    LetterReceipt send(ActivationLetter letter, GatewayAccess access) throws LetterDeliveryException {
        try {
            LetterReceipt receipt = post(letter, access);
            LOG.infof("Letter %s to %s accepted by the %s%s", letter.letterId(), letter.to().masked(), LABEL,
                    receipt.providerReference() == null ? "" : " as " + receipt.providerReference());
            return receipt;
        } catch (LetterDeliveryException e) {
            LOG.warnf("Letter %s to %s not accepted by the %s: %s, %s", letter.letterId(), letter.to().masked(), LABEL,
                    e.reason(), e.getMessage());
            throw e;
        }
    }

    private LetterReceipt post(ActivationLetter letter, GatewayAccess access) throws LetterDeliveryException {
        if (!settings.usable()) {
            throw new LetterDeliveryException(Reason.MISCONFIGURED,
                    "webhook letter sender misconfigured: " + String.join("; ", settings.problems()));
        }
        JsonPostClient.Answer answer;
        try {
            answer = client.post(body(letter), access);
        } catch (JsonPostException e) {
            throw new LetterDeliveryException(reasonFor(e.kind()), e.getMessage(), e.getCause());
        }
        return new LetterReceipt(reference(answer.json()));
    }

    static Reason reasonFor(JsonPostException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> Reason.UNREACHABLE;
            case TIMEOUT -> Reason.TIMEOUT;
            case REJECTED -> Reason.REJECTED;
            case GATEWAY_ERROR -> Reason.GATEWAY_ERROR;
            case MISCONFIGURED -> Reason.MISCONFIGURED;
        };
    }

    /** The answer's {@code id} (a string or a number) when it is a usable reference; otherwise none. */
    static String reference(JsonNode answer) {
        JsonNode id = answer.path("id");
        if (!(id.isTextual() || id.isIntegralNumber())) {
            return null;
        }
        String value = id.asText().strip();
        if (value.isEmpty() || value.length() > LetterReceipt.MAX_REFERENCE_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            LOG.debugf("Ignoring an unusable 'id' in the %s answer", LABEL);
            return null;
        }
        return value;
    }

    /** The letter as the print-and-mail API receives it: everything it needs to print it, code and address included. */
    static String body(ActivationLetter letter) throws LetterDeliveryException {
        ObjectNode json = JsonSerialization.mapper.createObjectNode();
        json.put("letterId", letter.letterId());
        json.put("realm", letter.realm());
        MailingAddress to = letter.to();
        ObjectNode address = json.putObject("to");
        address.put("name", to.name());
        address.put("line1", to.line1());
        address.put("line2", to.line2());
        address.put("city", to.city());
        address.put("state", to.state());
        address.put("zip", to.zip());
        json.put("activationCode", letter.activationCode());
        LetterContent content = letter.content();
        ObjectNode words = json.putObject("content");
        words.put("languageTag", content.languageTag());
        words.put("title", content.title());
        words.put("greeting", content.greeting());
        content.paragraphs().forEach(words.putArray("paragraphs")::add);
        words.put("codeLabel", content.codeLabel());
        words.put("expiryLine", content.expiryLine());
        words.put("signature", content.signature());
        words.put("footer", content.footer());
        json.put("issuedAt", letter.issuedAt().toString());
        json.put("expiresAt", letter.expiresAt().toString());
        try {
            return JsonSerialization.mapper.writeValueAsString(json);
        } catch (IOException e) {
            throw new LetterDeliveryException(Reason.GATEWAY_ERROR, "letter " + letter.letterId() + " could not be written as JSON");
        }
    }
}
