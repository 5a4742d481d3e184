package org.secureaccess.keycloak.letters.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.secureaccess.keycloak.shared.http.HttpOptions;

/**
 * The letter webhook's options, the ones every webhook sender shares ({@link HttpOptions}), parsed defensively:
 * a bad value becomes a {@linkplain #problems() problem} and the sender then refuses every letter with
 * MISCONFIGURED. Holds no secret; the auth header value is resolved per letter.
 *
 * @param url            where letters are POSTed (null when missing or refused)
 * @param authHeaderName the header that carries the secret, when one is configured
 * @param timeout        the whole exchange's deadline
 * @param problems       configuration errors; empty when the sender may send
 */
record LetterWebhookSettings(URI url, String authHeaderName, Duration timeout, List<String> problems) {

    static final List<String> OPTIONS = List.of(HttpOptions.OPT_URL, HttpOptions.OPT_AUTH_HEADER_NAME,
            HttpOptions.OPT_AUTH_HEADER_VALUE, HttpOptions.OPT_TIMEOUT);

    LetterWebhookSettings {
        problems = List.copyOf(problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    /**
     * Reads the options through {@code option} (an SPI {@code Config.Scope::get} in the server).
     * {@code warnings} receives notes about values that were adjusted but still work (e.g. a clamped timeout).
     */
    static LetterWebhookSettings parse(Function<String, String> option, List<String> warnings) {
        List<String> problems = new ArrayList<>();
        URI url = HttpOptions.parseUrl(option.apply(HttpOptions.OPT_URL), problems);
        String headerName = HttpOptions.parseAuthHeaderName(option.apply(HttpOptions.OPT_AUTH_HEADER_NAME), problems);
        Duration timeout = HttpOptions.parseTimeout(option.apply(HttpOptions.OPT_TIMEOUT), warnings);
        return new LetterWebhookSettings(url, headerName, timeout, problems);
    }
}
