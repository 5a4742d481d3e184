package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen: its own cookie jar, real HTTP, Keycloak's pages parsed as HTML. For
 * what a person with a real browser would not do — an attacker replaying links, posting forms in
 * parallel, skipping pages — and for sign-ins where only the outcome matters. Redirects are
 * followed until the answer is a page, or until they leave Keycloak (the application's callback),
 * which is returned unfollowed so that a test can read the authorization code from it.
 */
public final class HttpBrowser {

    /** One answer: a page of Keycloak, or a redirect to somewhere else. */
    public record Page(int status, URI url, String body, Document html) {

        /** The form matching {@code selector} (e.g. {@code "#kc-form-login"}), or the page's first form when null. */
        public Form form(String selector) {
            Element element = selector == null ? html.selectFirst("form") : html.selectFirst(selector);
            if (element == null) {
                throw new AssertionError("No form " + (selector == null ? "" : selector) + " on " + url + ": " + describe());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : element.select("input[name]")) {
                String type = input.attr("type");
                if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                    continue;
                }
                if ("submit".equals(type)) {
                    continue;
                }
                fields.put(input.attr("name"), input.attr("value"));
            }
            return new Form(url.resolve(element.attr("action").replace("&amp;", "&")), fields);
        }

        public boolean has(String selector) {
            return html.selectFirst(selector) != null;
        }

        /** The page's heading as a person reads it. */
        public String heading() {
            Element title = html.selectFirst("#kc-page-title");
            title = title == null ? html.selectFirst("h1") : title;
            return title == null ? "" : title.text().strip();
        }

        public String text() {
            return html.body() == null ? "" : html.body().text();
        }

        /** Where a redirect leads, when this answer is one. */
        public Optional<URI> redirect() {
            return status / 100 == 3 ? Optional.of(url) : Optional.empty();
        }

        /** The query parameter {@code name} of this answer's address (e.g. the callback's {@code code}). */
        public Optional<String> query(String name) {
            String raw = url.getRawQuery();
            if (raw == null) {
                return Optional.empty();
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }

        public String describe() {
            return status + " " + url + " \"" + heading() + "\" " + text().substring(0, Math.min(300, text().length()));
        }
    }

    /** A form as found on a page; fields can be changed before it is sent. */
    public record Form(URI action, Map<String, String> fields) {

        public Form with(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Form without(String name) {
            fields.remove(name);
            return this;
        }
    }

    /** Cookies by name and path. Keycloak marks its cookies Secure, which real browsers honour on http://localhost too. */
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private final HttpClient client;
    private final String keycloakAuthority;
    private final UnaryOperator<URI> route;
    private String acceptLanguage = "en-US";

    /** @param keycloakUrl any address of the Keycloak server; redirects elsewhere are not followed */
    public HttpBrowser(String keycloakUrl) {
        this(keycloakUrl, UnaryOperator.identity());
    }

    /**
     * A browser in front of a load balancer that the test plays: pages, forms, redirects and cookies name
     * {@code keycloakUrl}, and {@code route} turns each request's address into the address of the server that really
     * receives it (one node of a cluster, chosen request by request). The answer reads as if from {@code keycloakUrl}.
     */
    public HttpBrowser(String keycloakUrl, UnaryOperator<URI> route) {
        this.keycloakAuthority = URI.create(keycloakUrl).getAuthority();
        this.route = route;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpBrowser language(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /** The value of the cookie {@code name}, if this browser holds one. */
    public synchronized Optional<String> cookie(String name) {
        return cookies.values().stream().filter(c -> c.name().equals(name)).map(Cookie::value).findFirst();
    }

    /** Sets a cookie as if the server had, e.g. one copied from another browser or forged. */
    public synchronized void putCookie(String name, String value, String path) {
        cookies.put(name + "|" + path, new Cookie(name, value, path));
    }

    /** Forgets every cookie, as a fresh browser would have none. */
    public synchronized void clearCookies() {
        cookies.clear();
    }

    private record Cookie(String name, String value, String path) {
    }

    /**
     * Keeps the cookies of an answer this browser did not receive itself (e.g. the admin API's impersonation answer,
     * which signs the browser in), as a browser that received it would.
     */
    public void acceptCookies(List<String> setCookieHeaders) {
        remember(setCookieHeaders);
    }

    public Page open(String url) throws IOException, InterruptedException {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Sends {@code form} as a browser would (URL-encoded POST to its action). */
    public Page submit(Form form) throws IOException, InterruptedException {
        return follow(post(form));
    }

    /** Finds the form on {@code page}, sets {@code values} on it and sends it. */
    public Page submit(Page page, String formSelector, Map<String, String> values) throws IOException, InterruptedException {
        Form form = page.form(formSelector);
        values.forEach(form::with);
        return submit(form);
    }

    /** Sends {@code form} and returns the first answer, without following a redirect. */
    public Page post(Form form) throws IOException, InterruptedException {
        String body = form.fields().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page follow(Page answer) throws IOException, InterruptedException {
        Page current = answer;
        for (int hops = 0; hops < 10 && current.status() / 100 == 3; hops++) {
            if (!keycloakAuthority.equals(current.url().getAuthority())) {
                return current;
            }
            current = send(HttpRequest.newBuilder(current.url()).GET());
        }
        return current;
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // What a browser sends: Keycloak answers an error with its themed page only to a client that accepts HTML.
        HttpRequest unsent = request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(30)).build();
        URI address = unsent.uri();
        String cookieHeader = cookieHeaderFor(address);
        HttpRequest.Builder routed = HttpRequest.newBuilder(unsent, (name, value) -> true).uri(route.apply(address));
        HttpRequest built = (cookieHeader.isEmpty() ? routed : routed.header("Cookie", cookieHeader)).build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        remember(response.headers().allValues("Set-Cookie"));
        if (response.statusCode() / 100 == 3) {
            URI location = address.resolve(response.headers().firstValue("Location").orElseThrow());
            return new Page(response.statusCode(), location, "", Jsoup.parse(""));
        }
        Document html = Jsoup.parse(response.body(), address.toString());
        // Keycloak shows recovery codes once, on its setup page: the leak check must know them.
        html.select(LoginPages.RECOVERY_CODES)
                .forEach(item -> SensitiveValues.record(SensitiveValues.Kind.RECOVERY_CODE, LoginPages.recoveryCode(item.text())));
        return new Page(response.statusCode(), address, response.body(), html);
    }

    private synchronized String cookieHeaderFor(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        List<String> pairs = new ArrayList<>();
        for (Cookie cookie : cookies.values()) {
            if (path.startsWith(cookie.path()) || (path + "/").equals(cookie.path())) {
                pairs.add(cookie.name() + "=" + cookie.value());
            }
        }
        return String.join("; ", pairs);
    }

    private synchronized void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            String path = "/";
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip();
                String lower = attribute.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = attribute.substring(5);
                } else if (lower.equals("max-age=0") || lower.startsWith("max-age=-") || lower.contains("expires=thu, 01 jan 1970")) {
                    expired = true;
                }
            }
            String key = name + "|" + path;
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(name, value, path));
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
