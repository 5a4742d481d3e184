package org.secureaccess.keycloak.sms.awssns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.testsupport.FakeSts;

/**
 * EKS IAM roles for service accounts: with no keys configured, the sender's credentials come from the SDK's default
 * chain, which exchanges the pod's web identity token for temporary credentials through STS
 * {@code AssumeRoleWithWebIdentity} and signs the publish with them.
 */
class SnsWebIdentityTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/secure-access-sms";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.service-account-token-for-tests.c2lnbmF0dXJl";

    @TempDir
    Path directory;

    private FakeSts sts;
    private HttpServer sns;
    private final List<Map<String, List<String>>> snsHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        sts = new FakeSts();
        sns = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sns.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            snsHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            byte[] body = """
                    <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                      <PublishResult><MessageId>4f1c0a7e-0000-4000-8000-000000000001</MessageId></PublishResult>
                      <ResponseMetadata><RequestId>4f1c0a7e-0000-4000-8000-000000000002</RequestId></ResponseMetadata>
                    </PublishResponse>
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sns.start();
    }

    @AfterEach
    void stop() {
        sns.stop(0);
        sts.close();
    }

    @Test
    void withoutKeysTheSenderAssumesItsRoleWithTheWebIdentityToken() throws Exception {
        // The chain takes keys from system properties and the environment before web identity.
        assertNull(System.getProperty("aws.accessKeyId"), "aws.accessKeyId is set: the chain would never reach web identity");
        assertNull(System.getenv("AWS_ACCESS_KEY_ID"), "AWS_ACCESS_KEY_ID is set: the chain would never reach web identity");
        Path tokenFile = Files.writeString(directory.resolve("token"), TOKEN);
        URI snsEndpoint = URI.create("http://127.0.0.1:" + sns.getAddress().getPort());

        String messageId;
        try (AutoCloseable eks = sts.webIdentity(tokenFile, ROLE, "secure-access-test", "us-east-1");
             SnsSender sender = new SnsSender(new SnsSettings("us-east-1", snsEndpoint, null, null, Duration.ofSeconds(5), List.of()),
                     null, null)) {
            messageId = sender.send(new SmsMessage("+12025550143", "Your code is 481516", "demo"), Optional::of);
        }

        assertEquals("4f1c0a7e-0000-4000-8000-000000000001", messageId);
        assertEquals(1, sts.requests().size(), "one exchange of the token: " + sts.requests());
        Map<String, String> assumeRole = sts.requests().get(0);
        assertEquals("AssumeRoleWithWebIdentity", assumeRole.get("Action"));
        assertEquals(ROLE, assumeRole.get("RoleArn"));
        assertEquals(TOKEN, assumeRole.get("WebIdentityToken"));
        assertEquals("secure-access-test", assumeRole.get("RoleSessionName"));

        assertEquals(1, snsHeaders.size());
        String authorization = String.join(",", snsHeaders.get(0).get("Authorization"));
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + FakeSts.ACCESS_KEY_ID + "/"), authorization);
        assertEquals(List.of(FakeSts.SESSION_TOKEN), snsHeaders.get(0).get("X-amz-security-token"), "signed with the role's session");
    }
}
