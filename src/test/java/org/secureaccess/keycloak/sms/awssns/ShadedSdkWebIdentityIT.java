package org.secureaccess.keycloak.sms.awssns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.FakeSts;

/**
 * The AWS SDK inside the shaded JAR (relocated under {@code org.secureaccess.keycloak.shaded}) still finds its STS
 * module for web identity: the default credentials chain loads the STS factory by class name, and that name must have
 * moved with the classes. Loaded from the JAR alone, beside the two libraries Keycloak provides for it and the JAR leaves
 * out (the SLF4J API and Reactive Streams), with the JAR as the context class loader as in the server.
 */
class ShadedSdkWebIdentityIT {

    private static final String SHADED = "org.secureaccess.keycloak.shaded.";
    private static final String ROLE = "arn:aws:iam::123456789012:role/secure-access-sms";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.shaded-jar-service-account-token.c2lnbmF0dXJl";

    @TempDir
    Path directory;

    @Test
    void theRelocatedDefaultChainAssumesTheRoleThroughTheRelocatedSts() throws Exception {
        Path tokenFile = Files.writeString(directory.resolve("token"), TOKEN);
        URL slf4j = org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation();
        URL reactiveStreams = org.reactivestreams.Publisher.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (FakeSts sts = new FakeSts();
             URLClassLoader jar = new URLClassLoader(new URL[] {BuildInfo.extensionJar().toUri().toURL(), slf4j, reactiveStreams},
                     ClassLoader.getPlatformClassLoader())) {
            String accessKeyId;
            String credentialsType;
            thread.setContextClassLoader(jar);
            try (AutoCloseable eks = sts.webIdentity(tokenFile, ROLE, "shaded-jar", "us-east-1")) {
                Class<?> chainType = jar.loadClass(SHADED + "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider");
                Object builder = chainType.getMethod("builder").invoke(null);
                Object chain = chainType.getMethod("builder").getReturnType().getMethod("build").invoke(builder);
                try {
                    Object credentials = chainType.getMethod("resolveCredentials").invoke(chain);
                    credentialsType = credentials.getClass().getName();
                    accessKeyId = (String) jar.loadClass(SHADED + "software.amazon.awssdk.auth.credentials.AwsCredentials")
                            .getMethod("accessKeyId").invoke(credentials);
                } finally {
                    ((AutoCloseable) chain).close();
                }
            } finally {
                thread.setContextClassLoader(context);
            }

            assertEquals(FakeSts.ACCESS_KEY_ID, accessKeyId);
            assertTrue(credentialsType.startsWith(SHADED), credentialsType);
            assertEquals(1, sts.requests().size(), sts.requests().toString());
            Map<String, String> assumeRole = sts.requests().get(0);
            assertEquals("AssumeRoleWithWebIdentity", assumeRole.get("Action"));
            assertEquals(ROLE, assumeRole.get("RoleArn"));
            assertEquals(TOKEN, assumeRole.get("WebIdentityToken"));
        }
    }
}
