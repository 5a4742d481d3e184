package org.secureaccess.keycloak.letters;

import java.time.Instant;
import java.util.List;

import org.secureaccess.keycloak.shared.address.MailingAddress;

/** Letters for the providers' unit tests: an English one and a Spanish one with every accented character we promise. */
public final class TestLetters {

    public static final String CODE = "7K3M9QXR2D";
    public static final String GROUPED_CODE = "7K3M9-QXR2D";
    public static final Instant ISSUED = Instant.parse("2026-05-01T14:30:00Z");
    public static final Instant EXPIRES = Instant.parse("2026-05-31T14:30:00Z");

    private TestLetters() {
    }

    public static MailingAddress address() {
        return new MailingAddress("Jane Q. Doe", "742 Evergreen Terrace", "Apt 2B", "Springfield", "IL", "62704-1234");
    }

    public static LetterContent english() {
        return new LetterContent("en-US", "Your activation code", "Dear Jane Q. Doe,",
                List.of("You asked to confirm your identity with a letter to your address of record. Letters take 5 to 10 days "
                                + "to arrive; this is that letter.",
                        "Sign in and enter the code below when asked for your activation code. Nobody from us will ever ask "
                                + "you to read it out over the phone."),
                "Your activation code:", "This code expires on May 31, 2026.", "Sincerely,\nThe Secure Access team",
                "If you did not ask for this letter, contact support: someone may be trying to use your identity.");
    }

    public static LetterContent spanish() {
        return new LetterContent("es-US", "Su código de activación", "Estimada señora Núñez:",
                List.of("¿Solicitó confirmar su identidad por correo postal? La carta tarda de 5 a 10 días en llegar.",
                        "¡Importante! Inicie sesión e introduzca el código. Pingüino, acción, número, análisis."),
                "Su código de activación:", "Este código vence el 31 de mayo de 2026.", "Atentamente,\nEl equipo de Secure Access",
                "Si usted no pidió esta carta, comuníquese con nosotros.");
    }

    public static ActivationLetter letter(String letterId) {
        return new ActivationLetter(letterId, "demo", address(), CODE, english(), ISSUED, EXPIRES);
    }

    public static ActivationLetter spanishLetter(String letterId) {
        return new ActivationLetter(letterId, "demo",
                new MailingAddress("María José Núñez", "1200 Calle del Sol", null, "San Juan", "PR", "00907"),
                CODE, spanish(), ISSUED, EXPIRES);
    }
}
