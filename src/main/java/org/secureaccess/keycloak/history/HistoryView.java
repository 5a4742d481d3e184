package org.secureaccess.keycloak.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A history row as pages and APIs show it: plain values, nothing internal (no session ids, no realm). */
final class HistoryView {

    private HistoryView() {
    }

    static Map<String, Object> of(LoginHistoryEntity row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("time", Instant.ofEpochMilli(row.getEventTime()).toString());
        view.put("kind", row.getKind());
        view.put("success", row.isSuccess());
        view.put("failedAttempt", isFailedAttempt(row));
        view.put("client", row.getClientId() == null ? "" : row.getClientId());
        view.put("ipAddress", row.getIpAddress() == null ? "" : row.getIpAddress());
        view.put("location", location(row.getIpAddress()));
        view.put("device", row.getDevice() == null ? "" : row.getDevice());
        view.put("userAgent", row.getUserAgent() == null ? "" : row.getUserAgent());
        view.put("factor", row.getFactor() == null ? "" : row.getFactor());
        view.put("attempts", attempts(row));
        return view;
    }

    /** How many attempts a row stands for: its sum for {@link HistoryKind#MORE_FAILED_ATTEMPTS}, otherwise 1. */
    static int attempts(LoginHistoryEntity row) {
        return row.getAttempts() == null || row.getAttempts() < 1 ? 1 : row.getAttempts();
    }

    static boolean isFailedAttempt(LoginHistoryEntity row) {
        try {
            return HistoryKind.valueOf(row.getKind()).isFailedAttempt();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * What we can say about where an address is without a geolocation database: "local" for
     * loopback and private networks, otherwise nothing (the address itself is shown). Read from the
     * text alone: a stored value that is not an address literal is never looked up.
     */
    static String location(String ip) {
        return IpLiteral.parse(ip).filter(IpLiteral::isLocal).map(address -> "local").orElse("");
    }
}
