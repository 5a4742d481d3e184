package org.secureaccess.keycloak.adminpage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.HtmlUtils;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.keycloak.theme.Theme;
import org.keycloak.util.JsonSerialization;

/**
 * {@code GET /realms/{realm}/secure-access/admin}: the administrators' page of Secure Access. The page itself is static
 * and holds nothing; its script signs the administrator in to this realm through the {@value #CLIENT_ID} client
 * (authorization code with PKCE, the realm's own sign-in with its second factor) and then calls our admin REST
 * endpoints, which decide what that administrator may see and do and record every change as an admin event.
 *
 * <p>Why a page of ours and not Keycloak's admin-console extension points: a {@code UiTabProvider} tab is a form over
 * one component per realm (the same values on every user's tab, no per-user state), saves the route's user id into that
 * component's configuration, is recorded with its values in admin events, and appears only with the preview feature
 * {@code declarative-ui}; none of that can show a person's proofing status or history, and phone numbers and reasons
 * would be stored in realm configuration.
 *
 * <p>The page speaks the administrator's language: Keycloak's locale selection (its locale cookie, the browser's
 * languages) picks the first one, and the words are the login theme's {@value #MESSAGE_PREFIX} messages, so a realm's
 * own translations and overrides apply as on every other page. The page carries the words of every language the realm
 * offers, so the administrator can switch without signing in again; the browser remembers that choice.
 */
public class AdminPageResource {

    /** The public client the page signs in with; realm-export.json has it for the demo realm (README, "Administrators"). */
    public static final String CLIENT_ID = "secure-access-admin";
    static final String THEME = "secure-access";
    /**
     * Only our own script and stylesheet, calls to this server only, never framed: the page handles an administrator's
     * token.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The prefix of the page's own message keys; it also shows the login-history kinds ({@code saHistoryKind.*}). */
    static final String MESSAGE_PREFIX = "saAdmin";
    private static final String HISTORY_KIND_PREFIX = "saHistoryKind.";
    /** Keycloak's own messages for the names of languages ({@code locale_es=Español}). */
    private static final String LANGUAGE_NAME_PREFIX = "locale_";
    private static final Pattern MESSAGE_PLACEHOLDER = Pattern.compile("\\$\\{msg\\.([A-Za-z0-9.]+)}");

    private final KeycloakSession session;

    public AdminPageResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() throws IOException {
        RealmModel realm = session.getContext().getRealm();
        Theme theme = session.theme().getTheme(THEME, Theme.Type.LOGIN);
        String html;
        try (InputStream template = theme.getResourceAsStream("admin/index.html")) {
            if (template == null) {
                throw new NotFoundException("The secure-access login theme has no administrators' page");
            }
            html = new String(template.readAllBytes(), StandardCharsets.UTF_8);
        }
        Locale locale = session.getContext().resolveLocale(null);
        Properties messages = theme.getEnhancedMessages(realm, locale);
        List<String> languages = realm.isInternationalizationEnabled()
                ? realm.getSupportedLocalesStream().sorted().toList() : List.of(locale.toLanguageTag());
        Map<String, Map<String, String>> messagesByLanguage = new TreeMap<>();
        for (String language : languages) {
            Properties inLanguage = language.equals(locale.toLanguageTag()) ? messages
                    : theme.getEnhancedMessages(realm, Locale.forLanguageTag(language));
            messagesByLanguage.put(language, pageMessages(inLanguage, languages));
        }
        String resources = Urls.themeRoot(session.getContext().getUri().getBaseUri()).getPath() + "/login/" + THEME + "/admin";
        Map<String, Object> config = Map.of("clientId", CLIENT_ID, "locale", locale.toLanguageTag(), "messages", messagesByLanguage);
        // The page's own words first, so nothing inserted afterwards (a realm name) is read as a placeholder.
        html = MESSAGE_PLACEHOLDER.matcher(html).replaceAll(found -> Matcher.quoteReplacement(HtmlUtils.escapeAttribute(
                new MessageFormat(messages.getProperty(found.group(1), found.group(1)), locale).format(new Object[0]))));
        html = html.replace("${resources}", resources)
                .replace("${realm}", HtmlUtils.escapeAttribute(realm.getName()))
                .replace("${lang}", HtmlUtils.escapeAttribute(locale.toLanguageTag()))
                // In a script element only "</" could end the element early; the JSON escapes "<" so it never occurs.
                .replace("${config}", JsonSerialization.writeValueAsString(config).replace("<", "\\u003c"));
        // Keycloak's own security headers carry its pages' policy (frames from itself allowed); this page sends its own.
        session.getProvider(SecurityHeadersProvider.class).options().skipHeaders();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Robots-Tag", "none")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .build();
    }

    /** The words the page uses in one language: its own, the names of history kinds, and the names of the languages. */
    private static Map<String, String> pageMessages(Properties messages, List<String> languages) {
        Map<String, String> page = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith(MESSAGE_PREFIX) || key.startsWith(HISTORY_KIND_PREFIX)) {
                page.put(key, messages.getProperty(key));
            }
        }
        for (String language : languages) {
            Locale named = Locale.forLanguageTag(language);
            page.put(LANGUAGE_NAME_PREFIX + language, messages.getProperty(LANGUAGE_NAME_PREFIX + language, named.getDisplayLanguage(named)));
        }
        return page;
    }
}
