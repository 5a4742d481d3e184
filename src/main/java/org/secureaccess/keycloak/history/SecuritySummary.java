package org.secureaccess.keycloak.history;

import java.util.List;
import java.util.Optional;

/** What the security page reports besides the newest events: the previous sign-in and the failed attempts after it. */
record SecuritySummary(LoginHistoryEntity previous, List<LoginHistoryEntity> failures) {

    /** Failed attempts since the previous sign-in, a sum row counting for all it sums. */
    int failedAttempts() {
        return failures.stream().mapToInt(HistoryView::attempts).sum();
    }

    /**
     * Works the summary out from the newest rows (newest first, {@code asked} requested) when they reach back to the
     * previous sign-in or hold the whole history, which is the usual case: the page then needs one query, not three.
     * Empty when the rows cannot tell; the caller asks the database.
     */
    static Optional<SecuritySummary> fromNewest(List<LoginHistoryEntity> newest, int asked) {
        for (int i = 0; i < newest.size(); i++) {
            LoginHistoryEntity row = newest.get(i);
            if (HistoryKind.SIGN_IN.name().equals(row.getKind())) {
                long since = row.getEventTime();
                return Optional.of(new SecuritySummary(row, failedAttempts(newest.subList(0, i), since)));
            }
        }
        if (newest.size() < asked) {
            return Optional.of(new SecuritySummary(null, failedAttempts(newest, 0)));
        }
        return Optional.empty();
    }

    private static List<LoginHistoryEntity> failedAttempts(List<LoginHistoryEntity> rows, long after) {
        return rows.stream().filter(row -> row.getEventTime() > after && HistoryView.isFailedAttempt(row)).toList();
    }
}
