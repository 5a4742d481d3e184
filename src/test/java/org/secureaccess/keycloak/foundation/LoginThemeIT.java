package org.secureaccess.keycloak.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;

/** The demo-app login page is served in our theme, in English and in Spanish. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class LoginThemeIT {

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @ParameterizedTest
    @CsvSource({
            "en, Secure Access, Sign in to Secure Access",
            "es, Acceso Seguro, Inicie sesión en Acceso Seguro"})
    void loginPageCarriesTheThemeInEachLanguage(String locale, String productName, String heading) throws Exception {
        String page = get(authorizationUrl(locale)).body();

        assertTrue(page.contains("<html class=\"sa-html login-pf\" lang=\"" + locale + "\""), "language attribute: " + page);
        assertTrue(page.contains("<span id=\"sa-product-name\" class=\"sa-brand__name\">" + productName + "</span>"), "product name: " + page);
        assertTrue(page.contains(heading), "heading in " + locale);
        assertTrue(page.contains("<a class=\"sa-skip-link\" href=\"#sa-main\">"), "skip link");

        Matcher stylesheet = Pattern.compile("href=\"([^\"]*/login/secure-access/css/secure-access\\.css)\"").matcher(page);
        assertTrue(stylesheet.find(), "our stylesheet is linked: " + page);
        HttpResponse<String> css = get(URI.create(realm.getBaseUrl()).resolve(stylesheet.group(1)).toString());
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("--sa-focus"), "the stylesheet served is ours");
    }

    private String authorizationUrl(String locale) {
        String redirect = URLEncoder.encode("http://localhost:3000/callback", StandardCharsets.UTF_8);
        return realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=demo-app&response_type=code&scope=openid"
                + "&redirect_uri=" + redirect
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&ui_locales=" + locale;
    }

    private HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response;
    }
}
