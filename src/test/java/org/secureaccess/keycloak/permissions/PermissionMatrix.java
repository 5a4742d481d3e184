package org.secureaccess.keycloak.permissions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every REST endpoint the extension adds, and the HTTP status each kind of caller gets from it: one table, run
 * against a real server by {@link PermissionMatrixIT} and printed in docs/security.md (checked equal by
 * {@link PermissionMatrixDocsTest}). A new endpoint is one more row here.
 *
 * <p>Paths are under {@code /admin/realms/{realm}/} unless they start with {@code /realms/}; {@code {id}} is the
 * person's user id.
 */
final class PermissionMatrix {

    /** Who calls, each with a real token of their own (none for the anonymous caller). */
    enum Caller {
        ANONYMOUS("anonymous"),
        THE_PERSON("the person"),
        ANOTHER_PERSON("another person"),
        VIEW_USERS("view-users"),
        MANAGE_USERS("manage-users"),
        RECORDS_ADMIN("records-admin"),
        PROOFING_ADMIN("proofing-admin"),
        PROOFING_ADMIN_AND_MANAGE_USERS("proofing-admin + manage-users"),
        REALM_ADMIN("realm-admin"),
        MASTER_MANAGE_USERS("master: manage-users of the realm"),
        MASTER_ADMIN("master: admin"),
        OTHER_REALM_ADMIN("admin of another realm");

        final String heading;

        Caller(String heading) {
            this.heading = heading;
        }
    }

    /** What must be true of the person (or the realm) before each call, so that a permitted call can succeed. */
    enum Before {
        NOTHING, PERSON_HAS_NO_PHONE, PERSON_HAS_A_PHONE, PERSON_VERIFIED_BY_EXCEPTION, ONE_PERSON_OF_RECORD
    }

    enum Body {
        NONE(null, null),
        PHONE_JSON("application/json", "{\"phoneNumber\":\"" + PermissionMatrix.PERSON_PHONE + "\"}"),
        EXCEPTION_JSON("application/json", "{\"method\":\"telephone\",\"reason\":\"identity confirmed by a call-back\"}"),
        RECORDS_CSV("text/csv", AdminApi.MADE_UP_PERSON_CSV),
        RECORDS_JSON("application/json", AdminApi.MADE_UP_PERSON_JSON),
        PLAIN_TEXT("text/plain", "not a supported body");

        final String contentType;
        final String content;

        Body(String contentType, String content) {
            this.contentType = contentType;
            this.content = content;
        }
    }

    /**
     * One endpoint: method, path, body, what must hold before the call, whether a permitted call changes something
     * (then it must be an admin event naming the caller), and the status for each {@link Caller}, in their order.
     */
    record Endpoint(String method, String path, Body body, Before before, boolean changes, List<Integer> expected, String note) {

        Endpoint withNote(String text) {
            return new Endpoint(method, path, body, before, changes, expected, text);
        }

        int expected(Caller caller) {
            return expected.get(caller.ordinal());
        }

        String label() {
            String content = switch (body) {
                case NONE -> "";
                case PLAIN_TEXT -> " (any other body)";
                case RECORDS_CSV -> " (CSV)";
                default -> " (JSON)";
            };
            return "`" + method + " " + path + "`" + content;
        }
    }

    static final String PERSON_PHONE = "+12025550179";

    private static final String PHONES = "secure-access-phones/users/{id}";
    private static final String PROOFING = "secure-access-proofing";
    private static final String RECORDS = "secure-access-reference-records";
    private static final String HISTORY = "secure-access-login-history/users/{id}";

    // @formatter:off
    static final List<Endpoint> ENDPOINTS = List.of(
            //                                                                                          anon  the  other view manage rec proof p+mu realm m-mu m-adm other
            //                                                                                                person person users users admin admin       admin           realm
            reads("GET", PHONES, Before.PERSON_HAS_A_PHONE,                                              401, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403),
            changes("PUT", PHONES, Body.PHONE_JSON, Before.PERSON_HAS_NO_PHONE,                          401, 403, 403, 403, 200, 403, 403, 200, 200, 200, 200, 403),
            refuses("PUT", PHONES, Body.PLAIN_TEXT,                                                      401, 403, 403, 403, 415, 403, 403, 415, 415, 415, 415, 403),
            changes("DELETE", PHONES, Body.NONE, Before.PERSON_HAS_A_PHONE,                              401, 403, 403, 403, 204, 403, 403, 204, 204, 204, 204, 403),
            reads("GET", PHONES + "/second-factor-lock", Before.NOTHING,                                 401, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403),
            changes("DELETE", PHONES + "/second-factor-lock", Body.NONE, Before.NOTHING,                 401, 403, 403, 403, 204, 403, 403, 204, 204, 204, 204, 403),
            reads("GET", PROOFING + "/users/{id}", Before.NOTHING,                                       401, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403),
            changes("POST", PROOFING + "/users/{id}/exception", Body.EXCEPTION_JSON, Before.NOTHING,     401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200, 403),
            refuses("POST", PROOFING + "/users/{id}/exception", Body.PLAIN_TEXT,                         401, 403, 403, 403, 403, 403, 403, 415, 403, 403, 415, 403),
            changes("DELETE", PROOFING + "/users/{id}", Body.NONE, Before.PERSON_VERIFIED_BY_EXCEPTION,  401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200, 403),
            reads("GET", PROOFING + "/funnel", Before.NOTHING,                                           401, 403, 403, 200, 200, 403, 200, 200, 200, 200, 200, 403),
            changes("POST", RECORDS + "/import?mode=merge", Body.RECORDS_CSV, Before.NOTHING,            401, 403, 403, 403, 403, 200, 403, 403, 403, 403, 200, 403),
            changes("POST", RECORDS + "/import?mode=replace", Body.RECORDS_CSV, Before.NOTHING,          401, 403, 403, 403, 403, 200, 403, 403, 403, 403, 200, 403),
            changes("POST", RECORDS + "/import?mode=merge", Body.RECORDS_JSON, Before.NOTHING,           401, 403, 403, 403, 403, 200, 403, 403, 403, 403, 200, 403),
            refuses("POST", RECORDS + "/import?mode=merge", Body.PLAIN_TEXT,                             401, 403, 403, 403, 403, 415, 403, 403, 403, 403, 415, 403),
            reads("GET", RECORDS + "/summary", Before.NOTHING,                                           401, 403, 403, 200, 200, 200, 403, 200, 200, 200, 200, 403),
            changes("DELETE", RECORDS + "/records", Body.NONE, Before.ONE_PERSON_OF_RECORD,              401, 403, 403, 403, 403, 200, 403, 403, 403, 403, 200, 403),
            reads("GET", HISTORY, Before.NOTHING,                                                        401, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403),
            reads("GET", HISTORY + "/export.csv", Before.NOTHING,                                        401, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403),
            reads("GET", "/realms/{realm}/secure-access/login-history", Before.NOTHING,                  401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401, 401)
                    .withNote("Each caller of the realm gets their own history only, never the person's; a token of another realm, "
                            + "the administration realm's included, is not accepted."),
            reads("GET", "/realms/{realm}/secure-access/proofing-status", Before.NOTHING,                401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401, 401)
                    .withNote("Each caller of the realm gets their own identity-verification status only."));
    // @formatter:on

    private PermissionMatrix() {
    }

    private static Endpoint reads(String method, String path, Before before, Integer... expected) {
        return endpoint(method, path, Body.NONE, before, false, expected);
    }

    private static Endpoint changes(String method, String path, Body body, Before before, Integer... expected) {
        return endpoint(method, path, body, before, true, expected);
    }

    /** A body type the endpoint does not take: a permitted caller gets 415 and nothing changes. */
    private static Endpoint refuses(String method, String path, Body body, Integer... expected) {
        return endpoint(method, path, body, Before.NOTHING, false, expected);
    }

    private static Endpoint endpoint(String method, String path, Body body, Before before, boolean changes, Integer... expected) {
        if (expected.length != Caller.values().length) {
            throw new IllegalArgumentException(method + " " + path + ": " + expected.length + " statuses for " + Caller.values().length + " callers");
        }
        return new Endpoint(method, path, body, before, changes, List.of(expected), null);
    }

    /** The table as docs/security.md shows it. */
    static String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("| Endpoint | " + Arrays.stream(Caller.values()).map(c -> c.heading).collect(Collectors.joining(" | ")) + " |");
        lines.add("|---|" + "---|".repeat(Caller.values().length));
        List<String> notes = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String label = endpoint.label();
            if (endpoint.note() != null) {
                notes.add(endpoint.note());
                label += " [" + notes.size() + "]";
            }
            lines.add("| " + label + " | " + endpoint.expected().stream().map(String::valueOf).collect(Collectors.joining(" | ")) + " |");
        }
        lines.add("");
        for (int i = 0; i < notes.size(); i++) {
            lines.add("[" + (i + 1) + "] " + notes.get(i));
        }
        return String.join("\n", lines) + "\n";
    }
}
