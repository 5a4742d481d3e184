package org.secureaccess.keycloak.sms.twilio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * Creates one Message resource per text through Twilio's Programmable Messaging REST API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}). Thread-safe: one instance (and one
 * HTTP client) serves every request of a server.
 */
final class TwilioSender {

    private static final Logger LOG = Logger.getLogger(TwilioSender.class);
    /** Twilio's error answers are small; anything beyond this is not read into memory. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** 400 answers that mean the sender configuration is wrong, not the message. */
    private static final Set<Integer> CONFIGURATION_ERROR_CODES = Set.of(
            21212, // invalid 'From' number
            21601, // 'From' is not an SMS-capable number of this account
            21606, // 'From' is not a message-capable Twilio number for this destination/account
            21661, // 'From' number is not SMS-capable
            21705); // invalid Messaging Service
    /** Six or more digits, possibly grouped like a phone number, that are not part of a word, SID or path. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?<![\\w/.-])\\+?\\d(?:[\\s().-]{0,2}\\d){5,}(?![\\w/])");

    private final TwilioSettings settings;
    private final String secret;
    private final HttpClient http;

    /**
     * @param secret the configured auth token or API key secret (a {@code ${vault.x}} reference is
     *               resolved at send time)
     */
    TwilioSender(TwilioSettings settings, String secret) {
        this.settings = settings;
        this.secret = TwilioSettings.trimToNull(secret);
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
     * @return the Message SID Twilio assigned (SM...)
     */
    String send(SmsMessage message, Function<String, Optional<String>> secrets) throws SmsDeliveryException {
        try {
            String sid = post(message, secrets);
            LOG.debugf("SMS to %s accepted by Twilio as %s", message.maskedDestination(), sid);
            return sid;
        } catch (SmsDeliveryException e) {
            LOG.warnf("SMS to %s not sent by Twilio: %s, %s", message.maskedDestination(), e.reason(), e.getMessage());
            throw e;
        }
    }

    private String post(SmsMessage message, Function<String, Optional<String>> secrets) throws SmsDeliveryException {
        if (!settings.usable()) {
            throw new SmsDeliveryException(Reason.MISCONFIGURED, "Twilio sender misconfigured: " + String.join("; ", settings.problems()));
        }
        String password = (secret == null ? Optional.<String>empty() : secrets.apply(secret))
                .orElseThrow(() -> new SmsDeliveryException(Reason.MISCONFIGURED,
                        "option '" + settings.secretOption() + "' names a vault entry that is missing or empty"));
        String basic = Base64.getEncoder().encodeToString((settings.username() + ":" + password).getBytes(StandardCharsets.UTF_8));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.destination());
        if (settings.messagingServiceSid() != null) {
            form.put("MessagingServiceSid", settings.messagingServiceSid());
        } else {
            form.put("From", settings.from());
        }
        form.put("Body", message.text());

        HttpRequest request = HttpRequest.newBuilder(messagesUri())
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form), StandardCharsets.UTF_8))
                .build();

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(
                chunk -> chunk.ifPresent(bytes -> body.write(bytes, 0, Math.min(bytes.length, MAX_BODY_BYTES - body.size())))));
        HttpResponse<Void> response;
        try {
            response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException(Reason.GATEWAY_ERROR, "interrupted while waiting for Twilio");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }

        int status = response.statusCode();
        JsonNode json = parse(body.toByteArray());
        if (status >= 200 && status < 300) {
            return json.path("sid").asText("(no sid)");
        }
        throw rejection(status, json, message);
    }

    URI messagesUri() {
        return URI.create(settings.baseUrl() + "/2010-04-01/Accounts/" + settings.accountSid() + "/Messages.json");
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JsonSerialization.mapper.readTree(body);
        } catch (IOException | RuntimeException e) {
            return JsonSerialization.mapper.missingNode();
        }
    }

    /** Twilio's error document: {@code {"code": 21211, "message": "...", "more_info": "...", "status": 400}}. */
    private static SmsDeliveryException rejection(int status, JsonNode error, SmsMessage message) {
        int code = error.path("code").asInt(0);
        StringBuilder text = new StringBuilder("Twilio answered HTTP ").append(status);
        if (code != 0) {
            text.append(", error ").append(code);
        }
        String detail = error.path("message").asText("");
        if (!detail.isBlank()) {
            text.append(": ").append(redact(detail, message));
        }
        return new SmsDeliveryException(reasonFor(status, code), text.toString());
    }

    static Reason reasonFor(int status, int code) {
        if (status == 401 || status == 403 || status == 404 || status < 400) {
            return Reason.MISCONFIGURED; // credentials, account SID or base URL are wrong (redirects are not followed)
        }
        if (status == 429 || status >= 500) {
            return Reason.GATEWAY_ERROR;
        }
        if (status == 400 && CONFIGURATION_ERROR_CODES.contains(code)) {
            return Reason.MISCONFIGURED;
        }
        return Reason.REJECTED;
    }

    /** Twilio's messages may quote the destination ("Invalid 'To' Phone Number: +1...") or the text: never pass those on. */
    static String redact(String detail, SmsMessage message) {
        String safe = detail.replace(message.destination(), "[number]").replace(message.destination().substring(1), "[number]");
        if (message.text().length() >= 4) {
            safe = safe.replace(message.text(), "[text]");
        }
        safe = NUMBER_LIKE.matcher(safe).replaceAll("[number]");
        safe = safe.replaceAll("\\p{Cntrl}", " ");
        return safe.length() > 300 ? safe.substring(0, 300) + "..." : safe;
    }

    private SmsDeliveryException timeout() {
        return new SmsDeliveryException(Reason.TIMEOUT, "no answer from Twilio within " + settings.timeout().toMillis() + " ms");
    }

    private SmsDeliveryException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return timeout();
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException || t instanceof UnknownHostException
                    || t instanceof SSLException) {
                return new SmsDeliveryException(Reason.UNREACHABLE, "Twilio unreachable: " + describe(t), cause);
            }
        }
        return new SmsDeliveryException(Reason.GATEWAY_ERROR, "Twilio call failed: " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
