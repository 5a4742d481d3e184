package org.secureaccess.keycloak.sitephrase;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * Throttles the username step per source address and per username, in database counters shared
 * by every node. A name is counted by what was typed, before anyone looks it up, so an unknown
 * name uses its quota exactly like a known one and a refusal tells nothing about the account. The
 * units a sign-in takes are given back when it reaches the right password.
 *
 * <p>Windows are aligned to Keycloak's clock (with 15 minutes: :00, :15, :30, :45), each its own
 * counter row. A counter that starts its window at its first hit keeps counting into a window that
 * lies in the future once the clock has been set back, as tests do with a time offset; these are not
 * affected, and every node agrees on when a window ends.
 */
final class UsernameStepThrottle {

    /** Which limit refused. */
    enum Limit {
        ADDRESS, USERNAME;

        String eventValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A refused username step, and when it may be tried again (epoch millis). */
    record Refusal(Limit limit, long retryAt) {
    }

    static final String ADDRESS_COUNTER = "username-step-address";
    static final String USERNAME_COUNTER = "username-step-username";
    /** The counter subjects whose unit this sign-in holds, to give back at the right password. */
    static final String ADDRESS_UNIT_NOTE = "sa.site.unit.address";
    static final String USERNAME_UNIT_NOTE = "sa.site.unit.username";
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private UsernameStepThrottle() {
    }

    /** Takes a unit of the source address's quota. */
    static Optional<Refusal> takeAddressUnit(AuthenticationFlowContext context, Quota quota) {
        String address = addressKey(context.getConnection() == null ? null : context.getConnection().getRemoteAddr());
        return take(context, ADDRESS_COUNTER, ADDRESS_UNIT_NOTE, address, quota, Limit.ADDRESS);
    }

    /** Takes a unit of the typed username's quota. */
    static Optional<Refusal> takeUsernameUnit(AuthenticationFlowContext context, String typedUsername, Quota quota) {
        return take(context, USERNAME_COUNTER, USERNAME_UNIT_NOTE, usernameKey(typedUsername), quota, Limit.USERNAME);
    }

    /** The right password: this sign-in's units did not go to a guess, so they go back (both in one transaction). */
    static void giveBackUnits(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession) {
        List<SecurityCounters.Unit> units = new ArrayList<>();
        takeNote(authSession, ADDRESS_COUNTER, ADDRESS_UNIT_NOTE).ifPresent(units::add);
        takeNote(authSession, USERNAME_COUNTER, USERNAME_UNIT_NOTE).ifPresent(units::add);
        SecurityCounters.releaseAll(session, realm, units);
    }

    /** A new username step replaces the last one: the earlier attempt keeps its units (it never reached a right password). */
    static void forgetUnits(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(ADDRESS_UNIT_NOTE);
        authSession.removeAuthNote(USERNAME_UNIT_NOTE);
    }

    private static Optional<Refusal> take(AuthenticationFlowContext context, String counter, String note, String key, Quota quota,
                                          Limit limit) {
        long windowMillis = quota.window().toMillis();
        long window = Time.currentTimeMillis() / windowMillis;
        String subject = key + "@" + window;
        Outcome outcome = SecurityCounters.consume(context.getSession(), context.getRealm(), counter, subject, quota);
        if (!outcome.allowed()) {
            return Optional.of(new Refusal(limit, (window + 1) * windowMillis));
        }
        context.getAuthenticationSession().setAuthNote(note, subject);
        return Optional.empty();
    }

    private static Optional<SecurityCounters.Unit> takeNote(AuthenticationSessionModel authSession, String counter, String note) {
        String subject = authSession.getAuthNote(note);
        if (subject == null) {
            return Optional.empty();
        }
        authSession.removeAuthNote(note);
        return Optional.of(new SecurityCounters.Unit(counter, subject));
    }

    /** Usernames are matched without regard to case or surrounding spaces, as Keycloak looks them up. */
    static String usernameKey(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The address a quota belongs to: an IPv4 address as is, an IPv6 address by its /64 (one household or device
     * usually holds a whole /64, so counting single IPv6 addresses would count nothing). Never a DNS lookup: only
     * address literals are parsed.
     */
    static String addressKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String address = remoteAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') < 0 || !ADDRESS_LITERAL.matcher(address).matches()) {
            return address.toLowerCase(Locale.ROOT);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException notALiteral) {
            return address.toLowerCase(Locale.ROOT);
        }
    }
}
