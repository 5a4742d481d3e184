package org.secureaccess.keycloak.sms.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ByteArrayEntity;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.shared.http.GatewayHttp;
import org.secureaccess.keycloak.shared.http.GatewayHttpException;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * Creates one Message resource per text through Twilio's Programmable Messaging REST API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}) through Keycloak's outbound HTTP client (its proxy
 * mappings and truststore). Thread-safe: one instance serves every request of a server.
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

    /**
     * @param secret the configured auth token or API key secret (a {@code ${vault.x}} reference is
     *               resolved at send time)
     */
    TwilioSender(TwilioSettings settings, String secret) {
        this.settings = settings;
        this.secret = TwilioSettings.trimToNull(secret);
    }

    /**
     * @param access Keycloak's HTTP client, and the resolver of the configured secret at send time (in the server: the
     *               realm's vault)
     * @return the Message SID Twilio assigned (SM...)
     */
    String send(SmsMessage message, GatewayAccess access) throws SmsDeliveryException {
        try {
            String sid = post(message, access);
            LOG.debugf("SMS to %s accepted by Twilio as %s", message.maskedDestination(), sid);
            return sid;
        } catch (SmsDeliveryException e) {
            LOG.warnf("SMS to %s not sent by Twilio: %s, %s", message.maskedDestination(), e.reason(), e.getMessage());
            throw e;
        }
    }

    private String post(SmsMessage message, GatewayAccess access) throws SmsDeliveryException {
        if (!settings.usable()) {
            throw new SmsDeliveryException(Reason.MISCONFIGURED, "Twilio sender misconfigured: " + String.join("; ", settings.problems()));
        }
        String password = (secret == null ? Optional.<String>empty() : access.secret(secret))
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

        HttpPost request = new HttpPost(messagesUri());
        request.setHeader("Authorization", "Basic " + basic);
        request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(formEncode(form).getBytes(StandardCharsets.UTF_8)));

        GatewayHttp.Response response;
        try {
            response = GatewayHttp.exchange(access.http().get(), request, settings.timeout(), MAX_BODY_BYTES);
        } catch (GatewayHttpException e) {
            throw failure(e);
        }

        int status = response.status();
        JsonNode json = parse(response.body());
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

    private SmsDeliveryException failure(GatewayHttpException e) {
        return switch (e.failure()) {
            case TIMEOUT -> timeout();
            case INTERRUPTED -> new SmsDeliveryException(Reason.GATEWAY_ERROR, "interrupted while waiting for Twilio");
            case UNREACHABLE -> new SmsDeliveryException(Reason.UNREACHABLE, "Twilio unreachable: " + e.detail(), e.getCause());
            case CONNECTION_FAILED, CALL_FAILED -> new SmsDeliveryException(Reason.GATEWAY_ERROR, "Twilio call failed: " + e.detail(),
                    e.getCause());
        };
    }
}
