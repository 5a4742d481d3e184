package org.secureaccess.keycloak.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image the Containerfile builds on. By default the one it names itself (its {@code ARG KEYCLOAK_IMAGE=...}
 * default, the official Keycloak image), so that where a Docker engine can pull that image the suite builds the
 * file exactly as an administrator does. A machine that cannot reach the official image's registry names a
 * locally built stand-in with {@value #PROPERTY} (or the environment variable {@value #ENVIRONMENT}); the suite
 * then passes it as the KEYCLOAK_IMAGE build argument and says plainly, once, that it is a stand-in.
 *
 * @param name     the image to build on
 * @param official the Containerfile's own base, the official image
 */
record BaseImage(String name, String official) {

    static final String PROPERTY = "secureaccess.baseImage";
    static final String ENVIRONMENT = "SECUREACCESS_BASE_IMAGE";
    static final String BUILD_ARG = "KEYCLOAK_IMAGE";
    private static final Pattern DEFAULT = Pattern.compile("(?m)^\\s*ARG\\s+" + BUILD_ARG + "=(\\S+)\\s*$");

    boolean standIn() {
        return !name.equals(official);
    }

    /** The base image for this run, announced on standard output when it is a stand-in. */
    static BaseImage choose(Path containerfile) {
        String official = officialImage(containerfile);
        Optional<String> standIn = nonBlank(System.getProperty(PROPERTY)).or(() -> nonBlank(System.getenv(ENVIRONMENT)));
        if (standIn.isEmpty()) {
            return new BaseImage(official, official);
        }
        String repository = official.substring(0, official.lastIndexOf(':'));
        if (standIn.get().equals(official) || standIn.get().startsWith(repository + ":") || standIn.get().startsWith(repository + "@")) {
            throw new IllegalStateException(PROPERTY + "=" + standIn.get() + " names the official image's repository: a stand-in must"
                    + " have a name of its own, so that nobody mistakes it for the official image");
        }
        System.out.println("[container suite] using stand-in base image " + standIn.get() + " instead of the official " + official
                + " (set by " + PROPERTY + " / " + ENVIRONMENT + "; this machine cannot pull the official image)");
        return new BaseImage(standIn.get(), official);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The Containerfile's {@code ARG KEYCLOAK_IMAGE=...} default. */
    static String officialImage(Path containerfile) {
        try {
            Matcher line = DEFAULT.matcher(Files.readString(containerfile));
            if (!line.find()) {
                throw new IllegalStateException(containerfile + " has no 'ARG " + BUILD_ARG + "=<image>' line");
            }
            return line.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
