package org.secureaccess.keycloak.sms.awssns;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

/**
 * Publishes each text directly to a phone number through Amazon SNS. One SNS client (and one
 * JDK-based HTTP client) is built per configuration and shared by all requests; credentials that
 * name vault entries are resolved per send and passed with that request only. Thread-safe.
 */
final class SnsSender implements AutoCloseable {

    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";
    static final String ORIGINATION_NUMBER = "AWS.MM.SMS.OriginationNumber";

    private static final Logger LOG = Logger.getLogger(SnsSender.class);
    private static final Set<String> CREDENTIAL_ERROR_CODES = Set.of("AuthorizationError", "InvalidClientTokenId",
            "SignatureDoesNotMatch", "AccessDenied", "AccessDeniedException", "UnrecognizedClientException", "ExpiredToken",
            "IncompleteSignature", "InvalidAccessKeyId", "MissingAuthenticationToken", "OptInRequired");
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?<![\\w/.-])\\+?\\d(?:[\\s().-]{0,2}\\d){5,}(?![\\w/])");

    private final SnsSettings settings;
    private final String accessKeyId;
    private final String secretAccessKey;
    /** True when a credential names a vault entry: resolved per send, never held by the client. */
    private final boolean perSendCredentials;
    private final String setupProblem;
    private final SdkHttpClient httpClient;
    private final AwsCredentialsProvider clientCredentials;
    private final SnsClient sns;

    /**
     * @param accessKeyId     the configured access key ID, a {@code ${vault.x}} reference, or null for the SDK's chain
     * @param secretAccessKey the configured secret access key or a {@code ${vault.x}} reference; null with accessKeyId
     */
    SnsSender(SnsSettings settings, String accessKeyId, String secretAccessKey) {
        this.settings = settings;
        this.accessKeyId = SnsSettings.trimToNull(accessKeyId);
        this.secretAccessKey = SnsSettings.trimToNull(secretAccessKey);
        this.perSendCredentials = isVaultReference(this.accessKeyId) || isVaultReference(this.secretAccessKey);

        SdkHttpClient http = null;
        AwsCredentialsProvider credentials = null;
        SnsClient client = null;
        String problem = null;
        if ((this.accessKeyId == null) != (this.secretAccessKey == null)) {
            problem = "options '" + SnsSettings.OPT_ACCESS_KEY_ID + "' and '" + SnsSettings.OPT_SECRET_ACCESS_KEY + "' go together";
        } else if (settings.usable()) {
            try {
                http = UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.timeout())
                        .socketTimeout(settings.timeout())
                        .build();
                credentials = clientCredentials();
                SnsClientBuilder builder = SnsClient.builder()
                        .region(Region.of(settings.region()))
                        .httpClient(http)
                        .credentialsProvider(credentials)
                        // One attempt within the timeout: a retried publish could reach the phone twice.
                        .overrideConfiguration(o -> o.apiCallTimeout(settings.timeout()).retryStrategy(AwsRetryStrategy.doNotRetry()));
                if (settings.endpoint() != null) {
                    builder.endpointOverride(settings.endpoint());
                }
                client = builder.build();
            } catch (RuntimeException e) {
                problem = "the SNS client could not be built: " + e;
                closeQuietly(credentials);
                closeQuietly(http);
                http = null;
                credentials = null;
            }
        }
        this.setupProblem = problem;
        this.httpClient = http;
        this.clientCredentials = credentials;
        this.sns = client;
    }

    /**
     * The provider the client holds: static keys, nothing (keys come per request) or the SDK's default chain, which
     * includes web identity (EKS IAM roles for service accounts: AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE exchanged
     * through STS AssumeRoleWithWebIdentity, then refreshed before they expire) because the STS module is bundled.
     */
    private AwsCredentialsProvider clientCredentials() {
        if (perSendCredentials) {
            return () -> {
                throw SdkClientException.create("credentials are resolved per request");
            };
        }
        if (accessKeyId != null && secretAccessKey != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    String setupProblem() {
        return setupProblem;
    }

    /**
     * @param secrets resolves configured secrets at send time (in the server: the realm's vault)
     * @return the SNS message ID
     */
    String send(SmsMessage message, Function<String, Optional<String>> secrets) throws SmsDeliveryException {
        try {
            String messageId = publish(message, secrets);
            LOG.debugf("SMS to %s accepted by Amazon SNS as %s", message.maskedDestination(), messageId);
            return messageId;
        } catch (SmsDeliveryException e) {
            LOG.warnf("SMS to %s not sent by Amazon SNS: %s, %s", message.maskedDestination(), e.reason(), e.getMessage());
            throw e;
        }
    }

    private String publish(SmsMessage message, Function<String, Optional<String>> secrets) throws SmsDeliveryException {
        if (!settings.usable() || sns == null) {
            String problems = settings.usable() ? setupProblem : String.join("; ", settings.problems());
            throw new SmsDeliveryException(Reason.MISCONFIGURED, "Amazon SNS sender misconfigured: " + problems);
        }
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put(SMS_TYPE, stringAttribute("Transactional"));
        if (settings.senderId() != null) {
            attributes.put(SENDER_ID, stringAttribute(settings.senderId()));
        }
        if (settings.originationNumber() != null) {
            attributes.put(ORIGINATION_NUMBER, stringAttribute(settings.originationNumber()));
        }
        PublishRequest.Builder request = PublishRequest.builder()
                .phoneNumber(message.destination())
                .message(message.text())
                .messageAttributes(attributes);
        if (perSendCredentials) {
            String keyId = resolve(secrets, accessKeyId, SnsSettings.OPT_ACCESS_KEY_ID);
            String secret = resolve(secrets, secretAccessKey, SnsSettings.OPT_SECRET_ACCESS_KEY);
            request.overrideConfiguration(o -> o.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret))));
        }

        try {
            PublishResponse response = sns.publish(request.build());
            return response.messageId();
        } catch (AwsServiceException e) {
            throw serviceError(e, message);
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
            throw timeout();
        } catch (SdkException e) {
            throw clientError(e);
        }
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private static String resolve(Function<String, Optional<String>> secrets, String configured, String option)
            throws SmsDeliveryException {
        return secrets.apply(configured).orElseThrow(() -> new SmsDeliveryException(Reason.MISCONFIGURED,
                "option '" + option + "' names a vault entry that is missing or empty"));
    }

    private static SmsDeliveryException serviceError(AwsServiceException e, SmsMessage message) {
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details == null ? null : details.errorCode();
        String detail = details == null ? null : details.errorMessage();
        StringBuilder text = new StringBuilder("Amazon SNS answered HTTP ").append(e.statusCode());
        if (code != null) {
            text.append(", ").append(code);
        }
        if (detail != null && !detail.isBlank()) {
            text.append(": ").append(redact(detail, message));
        }
        // No cause: the SDK's exception message quotes the service's text, which may contain the number.
        return new SmsDeliveryException(reasonFor(e.statusCode(), code, e.isThrottlingException()), text.toString());
    }

    static Reason reasonFor(int status, String code, boolean throttling) {
        if (throttling || status == 429 || status >= 500) {
            return Reason.GATEWAY_ERROR;
        }
        if (status == 401 || status == 403 || status == 404 || CREDENTIAL_ERROR_CODES.contains(code)) {
            return Reason.MISCONFIGURED;
        }
        return Reason.REJECTED;
    }

    private SmsDeliveryException clientError(SdkException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return timeout();
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SSLException) {
                return new SmsDeliveryException(Reason.UNREACHABLE, "Amazon SNS unreachable: " + t.getClass().getSimpleName(), e);
            }
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (text.contains("Unable to load credentials")) {
            return new SmsDeliveryException(Reason.MISCONFIGURED, "no AWS credentials: set options '" + SnsSettings.OPT_ACCESS_KEY_ID
                    + "' and '" + SnsSettings.OPT_SECRET_ACCESS_KEY + "' or configure the AWS SDK's default credentials chain", e);
        }
        return new SmsDeliveryException(Reason.GATEWAY_ERROR, "Amazon SNS call failed: " + e.getClass().getSimpleName(), e);
    }

    private SmsDeliveryException timeout() {
        return new SmsDeliveryException(Reason.TIMEOUT, "no answer from Amazon SNS within " + settings.timeout().toMillis() + " ms");
    }

    /** SNS's messages may quote the destination ("PhoneNumber Reason: +1... is not valid") or the text: never pass those on. */
    static String redact(String detail, SmsMessage message) {
        String safe = detail.replace(message.destination(), "[number]").replace(message.destination().substring(1), "[number]");
        if (message.text().length() >= 4) {
            safe = safe.replace(message.text(), "[text]");
        }
        safe = NUMBER_LIKE.matcher(safe).replaceAll("[number]");
        safe = safe.replaceAll("\\p{Cntrl}", " ");
        return safe.length() > 300 ? safe.substring(0, 300) + "..." : safe;
    }

    static boolean isVaultReference(String configured) {
        return configured != null && configured.startsWith("${vault.");
    }

    @Override
    public void close() {
        closeQuietly(sns);
        closeQuietly(clientCredentials);
        closeQuietly(httpClient);
    }

    private static void closeQuietly(Object resource) {
        if (resource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debugf("Closing %s failed: %s", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
