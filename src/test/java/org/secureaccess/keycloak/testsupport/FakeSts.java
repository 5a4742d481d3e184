package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback AWS STS that answers {@code AssumeRoleWithWebIdentity} (AWS Query in, XML out) with a fixed set of
 * temporary credentials, and records each request's form. The AWS SDK reaches it through {@code aws.endpointUrlSts}.
 */
public final class FakeSts implements AutoCloseable {

    public static final String ACCESS_KEY_ID = "ASIAFAKESTSKEY000001";
    public static final String SECRET_ACCESS_KEY = "fake/sts/secret/key/for/tests/only/0000001";
    public static final String SESSION_TOKEN = "FakeStsSessionTokenForTestsOnly0001";

    private final HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

    public FakeSts() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Points the AWS SDK of this JVM at this STS and at a web identity, as EKS does for a pod with an IAM role for its
     * service account (there through AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE, AWS_REGION); closing removes the
     * settings again. The SDK reads them when a credentials chain is built.
     */
    public AutoCloseable webIdentity(Path tokenFile, String roleArn, String roleSessionName, String region) {
        Map<String, String> settings = Map.of("aws.webIdentityTokenFile", tokenFile.toString(), "aws.roleArn", roleArn,
                "aws.roleSessionName", roleSessionName, "aws.region", region, "aws.endpointUrlSts", url());
        Map<String, String> before = new HashMap<>();
        settings.forEach((key, value) -> {
            before.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
        return () -> before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /** Every request's form parameters (Action, RoleArn, RoleSessionName, WebIdentityToken, ...), in order. */
    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(form);
        byte[] body = ("""
                <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleWithWebIdentityResult>
                    <SubjectFromWebIdentityToken>system:serviceaccount:keycloak:keycloak</SubjectFromWebIdentityToken>
                    <Audience>sts.amazonaws.com</Audience>
                    <AssumedRoleUser>
                      <Arn>%s/%s</Arn>
                      <AssumedRoleId>AROAFAKESTSROLE00001:%s</AssumedRoleId>
                    </AssumedRoleUser>
                    <Credentials>
                      <AccessKeyId>%s</AccessKeyId>
                      <SecretAccessKey>%s</SecretAccessKey>
                      <SessionToken>%s</SessionToken>
                      <Expiration>%s</Expiration>
                    </Credentials>
                  </AssumeRoleWithWebIdentityResult>
                  <ResponseMetadata>
                    <RequestId>7e0b1a52-1d8e-4b4a-9a57-2f7c6d0c0001</RequestId>
                  </ResponseMetadata>
                </AssumeRoleWithWebIdentityResponse>
                """.formatted(form.get("RoleArn"), form.get("RoleSessionName"), form.get("RoleSessionName"), ACCESS_KEY_ID,
                SECRET_ACCESS_KEY, SESSION_TOKEN, Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
