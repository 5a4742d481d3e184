package org.secureaccess.keycloak.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** What the tests read out of the emails Keycloak sends to the test mail server. */
public final class Mails {

    private static final Pattern ACTION_TOKEN_LINK = Pattern.compile("(http://localhost:8080/realms/[^\\s\"<]+action-token[^\\s\"<]+)");

    private Mails() {
    }

    /** The plain-text body (the first part of a multipart message). */
    public static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
    }

    /** The first Keycloak action-token link in the message (a reset link, "This wasn't me", ...). */
    public static String actionTokenLink(MimeMessage message) throws Exception {
        String text = text(message);
        Matcher link = ACTION_TOKEN_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("No action-token link in: " + text);
        }
        return link.group(1).replace("&amp;", "&");
    }
}
