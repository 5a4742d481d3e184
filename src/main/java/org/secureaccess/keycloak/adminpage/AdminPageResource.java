package org.secureaccess.keycloak.adminpage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.HtmlUtils;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;
import org.keycloak.theme.Theme;

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

    private final KeycloakSession session;

    public AdminPageResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() throws IOException {
        Theme theme = session.theme().getTheme(THEME, Theme.Type.LOGIN);
        String html;
        try (InputStream template = theme.getResourceAsStream("admin/index.html")) {
            if (template == null) {
                throw new NotFoundException("The secure-access login theme has no administrators' page");
            }
            html = new String(template.readAllBytes(), StandardCharsets.UTF_8);
        }
        String resources = Urls.themeRoot(session.getContext().getUri().getBaseUri()).getPath() + "/login/" + THEME + "/admin";
        html = html.replace("${resources}", resources)
                .replace("${realm}", HtmlUtils.escapeAttribute(session.getContext().getRealm().getName()))
                .replace("${clientId}", CLIENT_ID);
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
}
