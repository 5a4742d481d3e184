package org.secureaccess.keycloak.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an IP address literal by its text alone. {@link java.net.InetAddress#getByName} looks up anything
 * that is not a literal, and stored addresses come from requests (behind a proxy, from a forwarded header),
 * so a history page that used it could be made to query DNS while it renders. Only the strict forms are
 * accepted: IPv4 as four decimal parts without leading zeros, IPv6 as in RFC 4291 (with "::" and a trailing
 * IPv4 part), optionally in brackets; no zone ids, no shortened or octal IPv4, ASCII digits only.
 */
final class IpLiteral {

    private IpLiteral() {
    }

    /** The address's 4 or 16 bytes, or empty when {@code text} is not an address literal. */
    static Optional<byte[]> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String literal = text;
        if (literal.length() > 2 && literal.charAt(0) == '[' && literal.charAt(literal.length() - 1) == ']') {
            literal = literal.substring(1, literal.length() - 1);
        }
        return literal.indexOf(':') >= 0 ? ipv6(literal) : ipv4(literal);
    }

    /** Loopback, private (RFC 1918, RFC 4193) or link-local: the "local network" the pages mention. */
    static boolean isLocal(byte[] address) {
        if (address.length == 4) {
            int first = address[0] & 0xff;
            int second = address[1] & 0xff;
            return first == 127 || first == 10 || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168) || (first == 169 && second == 254);
        }
        if (address.length != 16) {
            return false;
        }
        if (isMappedIpv4(address)) {
            return isLocal(new byte[] {address[12], address[13], address[14], address[15]});
        }
        boolean loopback = address[15] == 1;
        for (int i = 0; i < 15 && loopback; i++) {
            loopback = address[i] == 0;
        }
        int first = address[0] & 0xff;
        int second = address[1] & 0xff;
        return loopback || (first == 0xfe && (second & 0xc0) == 0x80) || (first & 0xfe) == 0xfc;
    }

    private static boolean isMappedIpv4(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return (address[10] & 0xff) == 0xff && (address[11] & 0xff) == 0xff;
    }

    private static Optional<byte[]> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return Optional.empty();
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                char c = part.charAt(j);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                value = value * 10 + (c - '0');
            }
            if (value > 255) {
                return Optional.empty();
            }
            address[i] = (byte) value;
        }
        return Optional.of(address);
    }

    private static Optional<byte[]> ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        List<Integer> head;
        List<Integer> tail;
        if (gap < 0) {
            head = words(text, true);
            tail = List.of();
            if (head == null || head.size() != 8) {
                return Optional.empty();
            }
        } else {
            head = words(text.substring(0, gap), false);
            tail = words(text.substring(gap + 2), true);
            // "::" stands for at least one group of zeros.
            if (head == null || tail == null || head.size() + tail.size() > 7) {
                return Optional.empty();
            }
        }
        byte[] address = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            address[2 * i] = (byte) (head.get(i) >> 8);
            address[2 * i + 1] = head.get(i).byteValue();
        }
        int offset = 8 - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            address[2 * (offset + i)] = (byte) (tail.get(i) >> 8);
            address[2 * (offset + i) + 1] = tail.get(i).byteValue();
        }
        return Optional.of(address);
    }

    /** The 16-bit words of one side of "::" (an IPv4 part at its end counts as two), or null when malformed. */
    private static List<Integer> words(String side, boolean ipv4AtEndAllowed) {
        List<Integer> words = new ArrayList<>();
        if (side.isEmpty()) {
            return words;
        }
        String[] groups = side.split(":", -1);
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.indexOf('.') >= 0) {
                if (!ipv4AtEndAllowed || i != groups.length - 1) {
                    return null;
                }
                Optional<byte[]> ipv4 = ipv4(group);
                if (ipv4.isEmpty()) {
                    return null;
                }
                byte[] b = ipv4.get();
                words.add(((b[0] & 0xff) << 8) | (b[1] & 0xff));
                words.add(((b[2] & 0xff) << 8) | (b[3] & 0xff));
                continue;
            }
            if (group.isEmpty() || group.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < group.length(); j++) {
                int digit = hexDigit(group.charAt(j));
                if (digit < 0) {
                    return null;
                }
                value = (value << 4) | digit;
            }
            words.add(value);
        }
        return words.size() > 8 ? null : words;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
