package org.secureaccess.keycloak.sms.webhook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.shared.http.JsonPostClient;
import org.secureaccess.keycloak.shared.http.JsonPostException;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * POSTs one JSON document per message to the configured URL; any 2xx answer means accepted.
 * Thread-safe: one instance serves every request of a server; the HTTP client is Keycloak's, per send.
 */
final class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(to|text|realm)}}");

    private final WebhookSettings settings;
    private final JsonPostClient client;

    /**
     * @param authHeaderValue the configured auth header value (a secret, or a {@code ${vault.x}} reference
     *                        resolved at send time); null sends no auth header
     */
    WebhookSender(WebhookSettings settings, String authHeaderValue) {
        this.settings = settings;
        this.client = settings.usable()
                ? new JsonPostClient("webhook", settings.url(), settings.timeout(), settings.authHeaderName(), authHeaderValue)
                : null;
    }

    /**
     * @param access Keycloak's HTTP client, and the resolver of the configured secret at send time (in the server: the
     *               realm's vault)
     */
    void send(SmsMessage message, GatewayAccess access) throws SmsDeliveryException {
        try {
            int status = post(message, access);
            LOG.debugf("SMS to %s accepted by the webhook (HTTP %d)", message.maskedDestination(), status);
        } catch (SmsDeliveryException e) {
            LOG.warnf("SMS to %s not sent by the webhook: %s, %s", message.maskedDestination(), e.reason(), e.getMessage());
            throw e;
        }
    }

    private int post(SmsMessage message, GatewayAccess access) throws SmsDeliveryException {
        if (!settings.usable()) {
            throw new SmsDeliveryException(Reason.MISCONFIGURED, "webhook sender misconfigured: " + String.join("; ", settings.problems()));
        }
        String body = render(settings.bodyTemplate(), message.destination(), message.text(),
                message.realm() == null ? "" : message.realm());
        try {
            return client.post(body, access).status();
        } catch (JsonPostException e) {
            throw new SmsDeliveryException(reasonFor(e.kind()), e.getMessage(), e.getCause());
        }
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

    /** Fills the placeholders in one pass, so a value that contains "{{text}}" is never expanded again. */
    static String render(String template, String to, String text, String realm) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + text.length() + 32);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "to" -> to;
                case "text" -> text;
                default -> realm;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(jsonEscape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The content of a JSON string literal (RFC 8259), without the quotes. */
    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
