package org.secureaccess.keycloak.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/** People for the tests, created through the admin API and removed after the test. */
public final class TestUsers {

    public static final String PASSWORD = "Correct-Horse-Battery-2026";

    private TestUsers() {
    }

    /** The attribute by which the demo realm accepts identity proofing done by an earlier process. */
    public static final String PRIOR_PROOFING_ATTRIBUTE = "priorIdentityProofing";
    public static final String SITE_PHRASE_ATTRIBUTE = "sitePhrase";
    public static final String SITE_IMAGE_ATTRIBUTE = "siteImage";
    public static final String SITE_IMAGE = "lighthouse";

    /**
     * A user with a password and a verified email, whose identity was verified by an earlier process (so sign-in
     * tests are not sent through identity proofing); returns the user's id.
     */
    public static String create(ManagedRealm realm, String username) {
        return create(realm, username, List.of(), true);
    }

    /** A user with a password and a verified email whose identity is not verified yet. */
    public static String createUnproofed(ManagedRealm realm, String username) {
        return create(realm, username, List.of(), false);
    }

    /** An unproofed user who signs in with an authenticator app (so proofing's phone step is their first phone). */
    public static String createUnproofedWithApp(ManagedRealm realm, String username, String rawSecret) throws Exception {
        return create(realm, username, List.of(otp(rawSecret)), false);
    }

    /** A user with a password and an authenticator app (TOTP) set up with {@code rawSecret}. */
    public static String createWithApp(ManagedRealm realm, String username, String rawSecret) throws Exception {
        return create(realm, username, List.of(otp(rawSecret)), true);
    }

    /** An authenticator-app (TOTP) credential with {@code rawSecret}, recorded for the leak check. */
    public static CredentialRepresentation otp(String rawSecret) throws Exception {
        SensitiveValues.record(SensitiveValues.Kind.TOTP_SECRET, rawSecret);
        CredentialRepresentation otp = new CredentialRepresentation();
        otp.setType("otp");
        otp.setUserLabel("Authenticator app");
        otp.setSecretData(JsonSerialization.writeValueAsString(Map.of("value", rawSecret)));
        otp.setCredentialData(JsonSerialization.writeValueAsString(
                Map.of("subType", "totp", "digits", 6, "counter", 0, "period", 30, "algorithm", "HmacSHA1")));
        return otp;
    }

    private static String create(ManagedRealm realm, String username, List<CredentialRepresentation> extraCredentials,
                                 boolean provedEarlier) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName(username);
        user.setEnabled(true);
        // Everyone has chosen a site phrase and picture already, so sign-in tests are not sent to choose one.
        Map<String, List<String>> attributes = new java.util.HashMap<>(Map.of(SITE_PHRASE_ATTRIBUTE, List.of("Phrase of " + username),
                SITE_IMAGE_ATTRIBUTE, List.of(SITE_IMAGE)));
        if (provedEarlier) {
            attributes.put(PRIOR_PROOFING_ATTRIBUTE, List.of("get-transcript-online"));
        }
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        List<CredentialRepresentation> credentials = new java.util.ArrayList<>(List.of(password));
        credentials.addAll(extraCredentials);
        user.setCredentials(credentials);
        String id;
        try (Response response = realm.admin().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        realm.cleanup().add(r -> {
            try {
                r.users().get(id).remove();
            } catch (jakarta.ws.rs.NotFoundException alreadyRemoved) {
                // a test removed the user itself
            }
        });
        return id;
    }

    /** A user with a password and a verified phone, set through our admin endpoint. */
    public static String createWithPhone(ManagedRealm realm, Keycloak admin, String username, String phone) throws Exception {
        return withPhone(realm, admin, create(realm, username), phone);
    }

    /** An unproofed user who signs in with texted codes. */
    public static String createUnproofedWithPhone(ManagedRealm realm, Keycloak admin, String username, String phone) throws Exception {
        return withPhone(realm, admin, createUnproofed(realm, username), phone);
    }

    private static String withPhone(ManagedRealm realm, Keycloak admin, String id, String phone) throws Exception {
        HttpResponse<String> response = setPhone(realm, admin, id, phone);
        if (response.statusCode() != 200) {
            throw new AssertionError("Could not set phone: " + response.statusCode() + " " + response.body());
        }
        return id;
    }

    /** PUT /admin/realms/{realm}/secure-access-phones/users/{id}. */
    public static HttpResponse<String> setPhone(ManagedRealm realm, Keycloak admin, String userId, String phone) throws Exception {
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, phone);
        String body = JsonSerialization.writeValueAsString(Map.of("phoneNumber", phone));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(phonesUrl(realm, userId))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> clearPhone(ManagedRealm realm, Keycloak admin, String userId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(phonesUrl(realm, userId))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI phonesUrl(ManagedRealm realm, String userId) {
        String base = realm.getBaseUrl().replace("/realms/", "/admin/realms/");
        return URI.create(base + "/secure-access-phones/users/" + userId);
    }
}
