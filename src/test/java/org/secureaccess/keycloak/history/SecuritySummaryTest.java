package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SecuritySummaryTest {

    private static LoginHistoryEntity row(String id, HistoryKind kind, long time) {
        LoginHistoryEntity row = new LoginHistoryEntity();
        row.setId(id);
        row.setKind(kind.name());
        row.setEventTime(time);
        return row;
    }

    @Test
    void thePreviousSignInAmongTheNewestRowsBoundsTheFailures() {
        LoginHistoryEntity wrongCode = row("5", HistoryKind.CODE_WRONG, 500);
        LoginHistoryEntity codeSent = row("4", HistoryKind.CODE_SENT, 400);
        LoginHistoryEntity wrongPassword = row("3", HistoryKind.PASSWORD_WRONG, 300);
        LoginHistoryEntity previous = row("2", HistoryKind.SIGN_IN, 200);
        LoginHistoryEntity olderFailure = row("1", HistoryKind.PASSWORD_WRONG, 100);

        SecuritySummary summary = SecuritySummary.fromNewest(List.of(wrongCode, codeSent, wrongPassword, previous, olderFailure), 10).orElseThrow();

        assertSame(previous, summary.previous());
        assertEquals(List.of(wrongCode, wrongPassword), summary.failures(), "failed attempts after the previous sign-in, newest first");
    }

    @Test
    void aFailureInTheSameMillisecondAsThePreviousSignInIsNotAfterIt() {
        LoginHistoryEntity sameMillisecond = row("b", HistoryKind.PASSWORD_WRONG, 200);
        LoginHistoryEntity previous = row("a", HistoryKind.SIGN_IN, 200);

        SecuritySummary summary = SecuritySummary.fromNewest(List.of(sameMillisecond, previous), 10).orElseThrow();

        assertSame(previous, summary.previous());
        assertTrue(summary.failures().isEmpty(), "as the database query, which asks for later times only");
    }

    @Test
    void aShortHistoryWithoutASignInIsTheWholeHistory() {
        LoginHistoryEntity wrongPassword = row("2", HistoryKind.PASSWORD_WRONG, 200);
        LoginHistoryEntity proofing = row("1", HistoryKind.IDENTITY_PROOFING, 100);

        SecuritySummary summary = SecuritySummary.fromNewest(List.of(wrongPassword, proofing), 10).orElseThrow();

        assertNull(summary.previous());
        assertEquals(List.of(wrongPassword), summary.failures());
    }

    @Test
    void aFullPageWithoutASignInLeavesTheQuestionToTheDatabase() {
        List<LoginHistoryEntity> failures = List.of(row("3", HistoryKind.CODE_WRONG, 300), row("2", HistoryKind.CODE_WRONG, 200),
                row("1", HistoryKind.CODE_WRONG, 100));

        assertTrue(SecuritySummary.fromNewest(failures, 3).isEmpty());
    }

    @Test
    void noHistoryAtAllHasNoPreviousSignInAndNoFailures() {
        SecuritySummary summary = SecuritySummary.fromNewest(List.of(), 10).orElseThrow();

        assertNull(summary.previous());
        assertTrue(summary.failures().isEmpty());
    }
}
