package org.secureaccess.keycloak.sms.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * POSTs one JSON document per message to the configured URL; any 2xx answer means accepted.
 * Thread-safe: one instance (and one HTTP client) serves every request of a server.
 */
final class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(to|text|realm)}}");

    private final WebhookSettings settings;
    private final String authHeaderValue;
    private final HttpClient http;

    /**
     * @param authHeaderValue the configured auth header value (a secret, or a {@code ${vault.x}} reference
     *                        resolved at send time); null sends no auth header
     */
    WebhookSender(WebhookSettings settings, String authHeaderValue) {
        this.settings = settings;
        this.authHeaderValue = WebhookSettings.trimToNull(authHeaderValue);
        this.http = settings.usable() ? newHttpClient(settings.timeout()) : null;
    }

    /** HTTP/1.1 (no h2c upgrade dance with plain-http stubs), no redirects, the JVM's proxy settings. */
    private static HttpClient newHttpClient(Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        return builder.build();
    }

    /**
     * @param secrets resolves the configured secret at send time (in the server: the realm's vault)
     */
    void send(SmsMessage message, Function<String, Optional<String>> secrets) throws SmsDeliveryException {
        try {
            int status = post(message, secrets);
            LOG.debugf("SMS to %s accepted by the webhook (HTTP %d)", message.maskedDestination(), status);
        } catch (SmsDeliveryException e) {
            LOG.warnf("SMS to %s not sent by the webhook: %s, %s", message.maskedDestination(), e.reason(), e.getMessage());
            throw e;
        }
    }

    private int post(SmsMessage message, Function<String, Optional<String>> secrets) throws SmsDeliveryException {
        if (!settings.usable()) {
            throw new SmsDeliveryException(Reason.MISCONFIGURED, "webhook sender misconfigured: " + String.join("; ", settings.problems()));
        }
        String body = render(settings.bodyTemplate(), message.destination(), message.text(),
                message.realm() == null ? "" : message.realm());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authHeaderValue != null) {
            String secret = secrets.apply(authHeaderValue).orElseThrow(() -> new SmsDeliveryException(Reason.MISCONFIGURED,
                    "option '" + WebhookSettings.OPT_AUTH_HEADER_VALUE + "' names a vault entry that is missing or empty"));
            try {
                request.header(settings.authHeaderName(), secret);
            } catch (IllegalArgumentException e) {
                // Never echo the value: it is the secret.
                throw new SmsDeliveryException(Reason.MISCONFIGURED, "option '" + WebhookSettings.OPT_AUTH_HEADER_VALUE
                        + "' is not a valid header value");
            }
        }

        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response;
        try {
            response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException(Reason.GATEWAY_ERROR, "interrupted while waiting for the webhook");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }

        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return status;
        }
        throw new SmsDeliveryException(reasonFor(status), "webhook answered HTTP " + status);
    }

    static Reason reasonFor(int status) {
        if (status < 400 || status == 401 || status == 403 || status == 404 || status == 405) {
            // A redirect (never followed), wrong credentials or a wrong URL: no message will get through.
            return Reason.MISCONFIGURED;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Reason.GATEWAY_ERROR;
        }
        return Reason.REJECTED;
    }

    private SmsDeliveryException timeout() {
        return new SmsDeliveryException(Reason.TIMEOUT, "no answer from the webhook within " + settings.timeout().toMillis() + " ms");
    }

    private SmsDeliveryException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return timeout();
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException || t instanceof UnknownHostException
                    || t instanceof SSLException) {
                return new SmsDeliveryException(Reason.UNREACHABLE, "webhook unreachable: " + describe(t), cause);
            }
        }
        if (cause instanceof IOException) {
            return new SmsDeliveryException(Reason.GATEWAY_ERROR, "webhook connection failed: " + describe(cause), cause);
        }
        return new SmsDeliveryException(Reason.GATEWAY_ERROR, "webhook call failed: " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
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
