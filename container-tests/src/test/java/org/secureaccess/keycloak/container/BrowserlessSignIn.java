package org.secureaccess.keycloak.container;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Our sign-in pages over plain HTTP, with cookies, as a browser without JavaScript sends them: each form's hidden
 * fields plus the ones filled in. Redirects are followed by hand so that the final one, to the application's
 * callback, is seen rather than fetched.
 */
final class BrowserlessSignIn {

    /** One answer: where it came from, its status, and the page (empty for a redirect away from Keycloak). */
    record Page(URI uri, int status, Document html) {

        boolean has(String selector) {
            return html != null && html.selectFirst(selector) != null;
        }

        Optional<String> query(String name) {
            String query = uri.getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return Optional.of(java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }

        String describe() {
            if (html == null) {
                return status + " " + uri;
            }
            Element heading = html.selectFirst("h1");
            Element alert = html.selectFirst("[role=alert], .alert-error, .sa-alert");
            return status + " " + uri + " \"" + (heading == null ? html.title() : heading.text()) + "\""
                    + (alert == null ? "" : " alert: \"" + alert.text() + "\"");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /**
     * Cookies by name and path, sent back whatever their Secure attribute: Keycloak marks its cookies Secure, which
     * browsers honour on http://localhost too, but Java's CookieManager does not.
     */
    private final Map<String, String[]> cookies = new LinkedHashMap<>();
    private final String keycloakOrigin;

    BrowserlessSignIn(String keycloakUrl) {
        URI uri = URI.create(keycloakUrl);
        this.keycloakOrigin = uri.getScheme() + "://" + uri.getAuthority();
    }

    Page open(String url) throws IOException, InterruptedException {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    Page submit(Page page, String formSelector, Map<String, String> fields) throws IOException, InterruptedException {
        Element form = page.html() == null ? null : page.html().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on " + page.describe());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden][name]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        values.putAll(fields);
        String body = values.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(form.attr("action"));
        return follow(send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI uri = request.copy().build().uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String header = cookies.values().stream()
                .filter(cookie -> path.startsWith(cookie[1]))
                .map(cookie -> cookie[0] + "=" + cookie[2])
                .collect(Collectors.joining("; "));
        if (!header.isEmpty()) {
            request.header("Cookie", header);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String[] parts = setCookie.split(";");
            int equals = parts[0].indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = parts[0].substring(0, equals).strip();
            String value = parts[0].substring(equals + 1).strip();
            String cookiePath = "/";
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip();
                String lower = attribute.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("path=")) {
                    cookiePath = attribute.substring(5);
                } else if (lower.equals("max-age=0") || lower.startsWith("expires=thu, 01 jan 1970") || lower.startsWith("expires=thu, 01-jan-1970")) {
                    expired = true;
                }
            }
            if (expired) {
                cookies.remove(name + "|" + cookiePath);
            } else {
                cookies.put(name + "|" + cookiePath, new String[] {name, cookiePath, value});
            }
        }
        return response;
    }

    private Page follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 10; hops++) {
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Page(response.uri(), response.statusCode(), Jsoup.parse(response.body(), response.uri().toString()));
            }
            URI next = response.uri().resolve(location.get());
            if (!(next.getScheme() + "://" + next.getAuthority()).equals(keycloakOrigin)) {
                return new Page(next, response.statusCode(), null);
            }
            response = send(HttpRequest.newBuilder(next).GET());
        }
        throw new AssertionError("More than 10 redirects, last: " + response.uri());
    }
}
