package org.secureaccess.keycloak.leakcheck;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secureaccess.keycloak.testsupport.SensitiveValues.Kind;

/**
 * The ways one sensitive value can be written down: the spellings people and systems use for it (an SSN with or
 * without dashes, a phone number as E.164 or as (202) 555-0143, a date of birth as 1985-04-28 or 04/28/1985, ...),
 * each as plain text, URL-encoded and JSON-escaped. Pure, so that it is unit-tested.
 */
public final class SensitiveForms {

    /** Values with fewer letters and digits than this are not searched for: too many unrelated hits. */
    public static final int MINIMUM_SIGNIFICANT_CHARACTERS = 6;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})[/ -](\\d{1,2})[/ -](\\d{4})");

    private SensitiveForms() {
    }

    /** Which spelling and which encoding, for the failure message ("ddd-dd-dddd, URL-encoded"). */
    public record Form(String text, String description) {
    }

    /** Every form of {@code value} to search for, without duplicates; empty for values too short to search. */
    public static List<Form> of(Kind kind, String value) {
        if (significantCharacters(value) < MINIMUM_SIGNIFICANT_CHARACTERS) {
            return List.of();
        }
        Map<String, String> forms = new LinkedHashMap<>();
        for (Map.Entry<String, String> spelling : spellings(kind, value.strip()).entrySet()) {
            String text = spelling.getKey();
            String name = spelling.getValue();
            forms.putIfAbsent(text, name);
            forms.putIfAbsent(URLEncoder.encode(text, StandardCharsets.UTF_8), name + ", URL-encoded");
            forms.putIfAbsent(URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"), name + ", URL-encoded");
            forms.putIfAbsent(jsonEscaped(text, false), name + ", JSON-escaped");
            forms.putIfAbsent(jsonEscaped(text, true), name + ", JSON-escaped");
        }
        List<Form> result = new ArrayList<>();
        forms.forEach((text, name) -> {
            if (significantCharacters(text) >= MINIMUM_SIGNIFICANT_CHARACTERS) {
                result.add(new Form(text, name));
            }
        });
        return result;
    }

    /** The spellings of a value (spelling -> its name), the value as recorded first. */
    static Map<String, String> spellings(Kind kind, String value) {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put(value, "as recorded");
        String digits = value.replaceAll("\\D", "");
        switch (kind) {
            case TAX_ID -> {
                if (digits.length() == 9) {
                    spellings.putIfAbsent(digits, "ddddddddd");
                    spellings.putIfAbsent(digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5), "ddd-dd-dddd");
                    spellings.putIfAbsent(digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5), "ddd dd dddd");
                }
            }
            case PHONE_NUMBER -> phoneSpellings(value, digits, spellings);
            case DATE_OF_BIRTH -> dateSpellings(value, spellings);
            case ACCOUNT_NUMBER, ONE_TIME_CODE, RECOVERY_CODE -> {
                String compact = value.replaceAll("[\\s-]", "");
                spellings.putIfAbsent(compact, "without separators");
                if (compact.matches("\\d{6,}")) {
                    spellings.putIfAbsent(grouped(compact, " "), "digits in groups of 4 (space)");
                    spellings.putIfAbsent(grouped(compact, "-"), "digits in groups of 4 (dash)");
                    if (compact.length() == 6) {
                        spellings.putIfAbsent(compact.substring(0, 3) + " " + compact.substring(3), "ddd ddd");
                        spellings.putIfAbsent(compact.substring(0, 3) + "-" + compact.substring(3), "ddd-ddd");
                    }
                }
            }
            case TOTP_SECRET -> {
                // Keycloak keeps the raw secret and shows it base32-encoded, in groups of 4, on the setup page.
                String base32 = base32(value.getBytes(StandardCharsets.UTF_8));
                spellings.putIfAbsent(base32, "base32");
                spellings.putIfAbsent(grouped(base32, " "), "base32 in groups of 4");
                spellings.putIfAbsent(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)).replace("=", ""), "base64");
            }
            case GATEWAY_TOKEN -> {
                // "Bearer abc": the credential is the part after the scheme.
                int space = value.indexOf(' ');
                if (space > 0 && space < value.length() - 1) {
                    spellings.putIfAbsent(value.substring(space + 1).strip(), "credential without its scheme");
                }
            }
            case KEYED_HASH_SECRET, CONTROL -> {
                // as recorded only
            }
        }
        return spellings;
    }

    private static void phoneSpellings(String value, String digits, Map<String, String> spellings) {
        String national = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits.length() == 10 ? digits : null;
        if (national == null) {
            spellings.putIfAbsent(digits, "digits");
            spellings.putIfAbsent("+" + digits, "E.164");
            return;
        }
        String area = national.substring(0, 3);
        String exchange = national.substring(3, 6);
        String line = national.substring(6);
        spellings.putIfAbsent("+1" + national, "E.164");
        spellings.putIfAbsent("1" + national, "1 and 10 digits");
        spellings.putIfAbsent(national, "10 digits");
        spellings.putIfAbsent("(" + area + ") " + exchange + "-" + line, "(ddd) ddd-dddd");
        spellings.putIfAbsent("(" + area + ")" + exchange + "-" + line, "(ddd)ddd-dddd");
        spellings.putIfAbsent(area + "-" + exchange + "-" + line, "ddd-ddd-dddd");
        spellings.putIfAbsent(area + " " + exchange + " " + line, "ddd ddd dddd");
        spellings.putIfAbsent(area + "." + exchange + "." + line, "ddd.ddd.dddd");
        spellings.putIfAbsent("+1 " + area + " " + exchange + " " + line, "+1 ddd ddd dddd");
        spellings.putIfAbsent("+1 " + area + "-" + exchange + "-" + line, "+1 ddd-ddd-dddd");
        spellings.putIfAbsent("+1 (" + area + ") " + exchange + "-" + line, "+1 (ddd) ddd-dddd");
        spellings.putIfAbsent("+1-" + area + "-" + exchange + "-" + line, "+1-ddd-ddd-dddd");
        spellings.putIfAbsent("1-" + area + "-" + exchange + "-" + line, "1-ddd-ddd-dddd");
    }

    private static void dateSpellings(String value, Map<String, String> spellings) {
        String year;
        int month;
        int day;
        Matcher iso = ISO_DATE.matcher(value);
        Matcher us = US_DATE.matcher(value);
        if (iso.matches()) {
            year = iso.group(1);
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (us.matches()) {
            year = us.group(3);
            month = Integer.parseInt(us.group(1));
            day = Integer.parseInt(us.group(2));
        } else {
            return;
        }
        String mm = String.format("%02d", month);
        String dd = String.format("%02d", day);
        spellings.putIfAbsent(year + "-" + mm + "-" + dd, "yyyy-mm-dd");
        spellings.putIfAbsent(year + "/" + mm + "/" + dd, "yyyy/mm/dd");
        spellings.putIfAbsent(year + mm + dd, "yyyymmdd");
        spellings.putIfAbsent(mm + "/" + dd + "/" + year, "mm/dd/yyyy");
        spellings.putIfAbsent(month + "/" + day + "/" + year, "m/d/yyyy");
        spellings.putIfAbsent(mm + "-" + dd + "-" + year, "mm-dd-yyyy");
        spellings.putIfAbsent(month + "-" + day + "-" + year, "m-d-yyyy");
        spellings.putIfAbsent(mm + " " + dd + " " + year, "mm dd yyyy");
        spellings.putIfAbsent(mm + dd + year, "mmddyyyy");
    }

    /** Letters and digits: what makes a value distinctive. */
    static int significantCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (LeakScanner.isTokenCharacter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String grouped(String text, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += 4) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(text, i, Math.min(text.length(), i + 4));
        }
        return out.toString();
    }

    /** As a JSON string's content: quotes, backslashes and control characters escaped, optionally {@code /} too. */
    static String jsonEscaped(String text, boolean escapeSlash) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(escapeSlash ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** RFC 4648 base32 without padding, as Keycloak shows TOTP secrets. */
    static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** Every distinct form text of a set of values (for tests and counts). */
    static Set<String> texts(Kind kind, String value) {
        Set<String> texts = new LinkedHashSet<>();
        of(kind, value).forEach(form -> texts.add(form.text()));
        return texts;
    }
}
