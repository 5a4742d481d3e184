package org.secureaccess.keycloak.evidence.http;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.secureaccess.keycloak.shared.http.HttpOptions;

/**
 * The {@code http} evidence verifier's options, the ones every JSON-POST integration shares ({@link HttpOptions}),
 * parsed defensively: a bad value becomes a {@linkplain #problems() problem} and the verifier then answers every
 * question with "unavailable (misconfigured)". Holds no secret; the auth header value is resolved per request.
 *
 * @param url            where every question is POSTed (null when missing or refused)
 * @param authHeaderName the header that carries the secret, when one is configured
 * @param timeout        the whole exchange's deadline
 * @param problems       configuration errors; empty when the verifier may ask
 */
record HttpVerifierSettings(URI url, String authHeaderName, Duration timeout, List<String> problems) {

    static final List<String> OPTIONS = List.of(HttpOptions.OPT_URL, HttpOptions.OPT_AUTH_HEADER_NAME,
            HttpOptions.OPT_AUTH_HEADER_VALUE, HttpOptions.OPT_TIMEOUT);

    HttpVerifierSettings {
        problems = List.copyOf(problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    /**
     * Reads the options through {@code option} (an SPI {@code Config.Scope::get} in the server).
     * {@code warnings} receives notes about values that were adjusted but still work (e.g. a clamped timeout).
     */
    static HttpVerifierSettings parse(Function<String, String> option, List<String> warnings) {
        List<String> problems = new ArrayList<>();
        URI url = HttpOptions.parseUrl(option.apply(HttpOptions.OPT_URL), problems);
        String headerName = HttpOptions.parseAuthHeaderName(option.apply(HttpOptions.OPT_AUTH_HEADER_NAME), problems);
        Duration timeout = HttpOptions.parseTimeout(option.apply(HttpOptions.OPT_TIMEOUT), warnings);
        return new HttpVerifierSettings(url, headerName, timeout, problems);
    }
}
