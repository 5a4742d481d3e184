package org.secureaccess.keycloak.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.production.TwoNodeCluster.Counter;
import org.secureaccess.keycloak.production.TwoNodeCluster.Node;
import org.secureaccess.keycloak.production.TwoNodeCluster.Route;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Form;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.ParallelPosts;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two production-mode nodes sharing PostgreSQL ({@link TwoNodeCluster}), with the test as their load balancer: it
 * sends each request to the node it chooses. One cluster start; the tests run in order and build on each other (node 1
 * is killed in the fifth and comes back with a rebuilt JAR in the sixth). Each count comes from the texts the gateway
 * received, the database's rows or the nodes' logs, never from timing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String CODE_PAGE = "Enter your security code";
    private static final String PAUSED = "Sign-in is paused";
    private static final String SEND_LIMIT = "Too many codes requested";
    private static final int PARALLEL = 20;
    /** Texts sent one at a time on alternate nodes before a cap is raced for with {@link #PARALLEL} posts at once. */
    private static final int SENT_FIRST = 4;
    private static final Pattern RETENTION_RUN = Pattern.compile("Retention run at (\\d+):");

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private final FakeLetterService letters = FakeLetterService.get();
    private TwoNodeCluster cluster;
    private Node one;
    private Node two;
    /** Texts of identity proofing's phone step, which the login history does not list as a sent code. */
    private int proofingTexts;
    private Instant classStarted;
    private CompletableFuture<KeycloakDistribution> upgrade;

    @BeforeAll
    void startCluster() throws Exception {
        classStarted = Instant.now();
        cluster = TwoNodeCluster.start();
        one = cluster.one();
        two = cluster.two();
        // For the rolling restart at the end, built while the tests before it run.
        upgrade = cluster.buildUpgrade(TwoNodeCluster.rebuiltExtensionJar());
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
            cluster.timings().put("whole class", Duration.between(classStarted, Instant.now()));
            StringBuilder report = new StringBuilder("Two-node cluster timings:\n");
            cluster.timings().forEach((stage, took) -> report.append(String.format("  %-55s %6.1f s%n", stage, took.toMillis() / 1000.0)));
            System.out.print(report);
        }
    }

    @Test
    @Order(1)
    void theNodesFormOneClusterThroughJdbcPingOnLoopback() throws Exception {
        for (Node node : List.of(one, two)) {
            String log = node.log();
            assertTrue(log.contains("ISPN000078: Starting JGroups channel `ISPN` with stack `jdbc-ping`"), node + ": " + log);
            assertTrue(log.contains("physical addresses are `[127.0.0.1:" + node.cachePort + "]`"), node + ": " + log);
            assertEquals(2, cluster.viewSize(node), node + " sees both members");
            assertFalse(log.lines().anyMatch(line -> line.contains(" ERROR ") && line.contains("org.secureaccess")), node + ": " + log);
        }
        assertTrue(cluster.count("SELECT COUNT(*) FROM JGROUPS_PING") >= 1, "discovery went through the shared database");
    }

    /**
     * Node 1 takes the username and password and sends the text; node 2 takes everything after: the code, Online
     * Security Information and every step of identity proofing, to the application's code and its token.
     */
    @Test
    @Order(2)
    void aSignInStartedOnNodeOneContinuesOnNodeTwoThroughIdentityProofing() throws Exception {
        ProofingPerson person = ProofingPerson.number(71, "Casey", "Cluster", "MOBILE");
        cluster.mergeReferenceRecords(person.csvRow());
        String id = cluster.createUser("cluster-continue", false);
        cluster.setPhone(id, person.mobile());

        Route route = cluster.route().via(one);
        HttpBrowser browser = cluster.browser(route);
        HttpSignIn signIn = new HttpSignIn(browser);
        try (DemoApp app = cluster.app(route)) {
            Page page = signIn.signIn(app.authorizationUrl(), "cluster-continue", TestUsers.PASSWORD);
            assertEquals(CODE_PAGE, page.heading(), page.describe());
            String code = awaitNewCode(person.mobile(), 0);
            int servedByOne = route.served(one);

            route.via(two);
            page = signIn.continueFromSecurityInformation(signIn.smsCode(page, code));
            assertEquals("Verify your identity", page.heading(), page.describe());
            page = browser.submit(page.form("#sa-proof-start-form").with("action", "start"));
            assertEquals("Your personal information", page.heading(), page.describe());
            page = browser.submit(identityForm(page, person));
            assertEquals("Verify a financial account", page.heading(), page.describe());
            page = browser.submit(page.form("#sa-proof-account-form").with("action", "continue")
                    .with("account_type", "CREDIT_CARD").with("account_number", person.card()));
            assertEquals("Verify your mobile phone", page.heading(), page.describe());
            page = browser.submit(page.form("#sa-proof-phone-form").with("phoneNumber", person.mobile()));
            proofingTexts++;
            page = browser.submit(page.form("#sa-proof-phone-code-form").with("code", awaitNewCode(person.mobile(), 1)));
            assertEquals("Your identity is verified", page.heading(), page.describe());
            page = browser.submit(page.form("#sa-proof-done-form").with("action", "continue"));

            JsonNode claims = DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(page)).get("id_token").asText());
            assertTrue(claims.path("amr").toString().contains("\"sms\""), claims.toString());
            assertEquals(servedByOne, route.served(one), "after the password, node 1 received nothing");
            assertTrue(route.served(two) >= 8, "node 2 served the rest: " + route.served(two) + " requests");
        }
        // The node that finished the sign-in recorded it: node 2.
        assertTrue(two.log().contains("Login history: SIGN_IN for user " + id), two.log());
        assertFalse(one.log().contains("Login history: SIGN_IN for user " + id), one.log());
        assertEquals(1, historyRows(id, "SIGN_IN"));
        assertEquals(1, historyRows(id, "IDENTITY_PROOFING"));
        assertEquals(2, sms.messagesTo(person.mobile()).size(), "the sign-in code and the activation code");
    }

    /**
     * Ten wrong codes in a row, each posted to the other node than the one before and spread over two sign-ins (a code
     * is void after 5): the ninth leaves the person on the code page, the tenth locks, and the right code after it is
     * refused on either node.
     */
    @Test
    @Order(3)
    void wrongCodesPostedToAlternatingNodesLockAtExactlyTen() throws Exception {
        String number = "+12025550681";
        String id = cluster.createUser("cluster-wrong-codes", true);
        cluster.setPhone(id, number);

        Route first = cluster.route().via(one);
        HttpSignIn firstSignIn = new HttpSignIn(cluster.browser(first));
        try (DemoApp app = cluster.app(first)) {
            Page page = firstSignIn.signIn(app.authorizationUrl(), "cluster-wrong-codes", TestUsers.PASSWORD);
            String wrong = wrongCode(awaitNewCode(number, 0));
            for (int n = 1; n <= 5; n++) {
                first.via(n % 2 == 1 ? one : two);
                page = firstSignIn.smsCode(page, wrong);
                assertEquals(CODE_PAGE, page.heading(), "wrong code " + n + ": " + page.describe());
            }
            assertTrue(page.text().contains("can no longer be used"), "5 wrong entries void a code: " + page.describe());
        }

        Route second = cluster.route().via(two);
        HttpSignIn secondSignIn = new HttpSignIn(cluster.browser(second));
        try (DemoApp app = cluster.app(second)) {
            Page page = secondSignIn.signIn(app.authorizationUrl(), "cluster-wrong-codes", TestUsers.PASSWORD);
            String right = awaitNewCode(number, 1);
            String wrong = wrongCode(right);
            for (int n = 6; n <= 9; n++) {
                second.via(n % 2 == 1 ? one : two);
                page = secondSignIn.smsCode(page, wrong);
                assertEquals(CODE_PAGE, page.heading(), "wrong code " + n + " does not lock: " + page.describe());
            }
            Counter afterNine = cluster.counter("second-factor-wrong-codes", id).orElseThrow();
            assertEquals(9, afterNine.runTotal(), "nine wrong codes counted in the shared database: " + afterNine);
            assertEquals(0, afterNine.lockedUntil(), afterNine.toString());

            Form codeForm = page.form("#sa-sms-code-form");
            second.via(two);
            page = secondSignIn.smsCode(page, wrong);
            assertEquals(PAUSED, page.heading(), "the tenth wrong code locks: " + page.describe());
            Counter afterTen = cluster.counter("second-factor-wrong-codes", id).orElseThrow();
            assertEquals(10, afterTen.runTotal(), afterTen.toString());
            long lockLeft = afterTen.lockedUntil() - System.currentTimeMillis();
            assertTrue(lockLeft > 590_000 && lockLeft <= 600_000, "a 10-minute lock: " + lockLeft + " ms left");

            second.via(one);
            page = secondSignIn.browser().submit(codeForm.with("code", right));
            assertEquals(PAUSED, page.heading(), "the right code is refused on the other node while locked: " + page.describe());
            assertEquals(10, cluster.counter("second-factor-wrong-codes", id).orElseThrow().runTotal(), "nothing past the tenth counts");
        }

        for (Node node : List.of(one, two)) {
            Route route = cluster.route().via(node);
            try (DemoApp app = cluster.app(route)) {
                Page page = new HttpSignIn(cluster.browser(route)).signIn(app.authorizationUrl(), "cluster-wrong-codes", TestUsers.PASSWORD);
                assertEquals(PAUSED, page.heading(), "a new sign-in on " + node + " is paused too: " + page.describe());
            }
        }
        assertEquals(2, sms.messagesTo(number).size(), "no text while locked");
        System.out.println("History of cluster-wrong-codes: " + historyKinds(id));
        assertEquals(loginEventsAsHistoryKinds(id), historyRowsOfEventKinds(id), "one history row per login event");
        assertEquals(0, historyRows(id, "SIGN_IN"), "never signed in");
    }

    /**
     * Every cap on texts with texts sent from both nodes and the last ones raced for by 20 posts at once, 10 to each
     * node: texts per person (10 in 10 minutes), texts per number across accounts (10 in 10 minutes), and the wait
     * between two texts of one sign-in (one per 30 s).
     */
    @Test
    @Order(4)
    void eachTextCapHoldsExactlyWithPostsSpreadOverBothNodes() throws Exception {
        // The wait between texts: this sign-in's first text goes out now; "Send a new code" is tried at once and again
        // once the wait is over, after the other caps (which take longer than the wait).
        String resendNumber = "+12025550682";
        cluster.setPhone(cluster.createUser("cluster-resend", true), resendNumber);
        Route resendRoute = cluster.route().alternating();
        HttpBrowser resendBrowser = cluster.browser(resendRoute);
        Form resend;
        long firstTextAt;
        try (DemoApp app = cluster.app(resendRoute)) {
            Page page = new HttpSignIn(resendBrowser).signIn(app.authorizationUrl(), "cluster-resend", TestUsers.PASSWORD);
            assertEquals(CODE_PAGE, page.heading(), page.describe());
            awaitNewCode(resendNumber, 0);
            firstTextAt = System.currentTimeMillis();
            resend = page.form("#sa-resend-form");
        }
        List<Page> tooSoon = ParallelPosts.send(resendBrowser, resend, PARALLEL);
        assertTrue(tooSoon.stream().anyMatch(a -> a.text().contains("before asking for another code")), "refused: " + headings(tooSoon));
        assertEquals(1, sms.messagesTo(resendNumber).size(), "no new text within the wait, from either node");

        // Per person: one person enters 24 different numbers from 24 sign-ins, the first 4 one after the other on
        // alternate nodes, then 20 at once, 10 on each node.
        String perUser = cluster.createUser("cluster-per-person", true);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < SENT_FIRST + PARALLEL; i++) {
            numbers.add(String.format("+1202555%04d", 610 + i));
        }
        // Prepared one sign-in after the other: two first sign-ins of one person without a phone at the same moment
        // clash in Keycloak's table of required actions (see enrol).
        Sent perPerson = enrol(i -> "cluster-per-person", i -> numbers.get(i), 1);
        long texted = sms.messages().stream().filter(m -> numbers.contains(m.to())).count();
        assertEquals(10, texted, "10 texts per person: " + perPerson.headings());
        assertTrue(numbers.stream().allMatch(n -> sms.messagesTo(n).size() <= 1), "one text per number at most");
        assertEquals(SENT_FIRST + PARALLEL - 10, perPerson.refused(), perPerson.headings());
        assertEquals(10, cluster.counter("sms-sends-per-user", perUser).orElseThrow().hits());

        // Per number: 24 people enter the same number, the first 4 one after the other on alternate nodes, then 20 at
        // once, 10 on each node.
        String shared = "+12025550699";
        for (int i = 0; i < SENT_FIRST + PARALLEL; i++) {
            cluster.createUser(String.format("cluster-per-number-%02d", i), true);
        }
        Sent perNumber = enrol(i -> String.format("cluster-per-number-%02d", i), i -> shared, 4);
        assertEquals(10, sms.messagesTo(shared).size(), "10 texts per number across accounts: " + perNumber.headings());
        assertEquals(SENT_FIRST + PARALLEL - 10, perNumber.refused(), perNumber.headings());
        assertEquals(10, cluster.counter("sms-sends-per-number", shared).orElseThrow().hits());

        // The wait is over: 20 "Send a new code" at once through both nodes send one text.
        long waitLeft = firstTextAt + 31_000 - System.currentTimeMillis();
        if (waitLeft > 0) {
            Thread.sleep(waitLeft);
        }
        // The form as the page shows it now: the posts above used up its action code.
        Page current = resendBrowser.open(resend.action().toString().replaceAll("session_code=[^&]*&?", ""));
        assertEquals(CODE_PAGE, current.heading(), current.describe());
        List<Page> answers = ParallelPosts.send(resendBrowser, current.form("#sa-resend-form"), PARALLEL);
        awaitTexts(resendNumber, 2);
        Thread.sleep(1000);
        assertEquals(2, sms.messagesTo(resendNumber).size(), "one new text per wait, however many ask on both nodes: " + headings(answers));
        assertTrue(resendRoute.served(one) >= PARALLEL && resendRoute.served(two) >= PARALLEL, "the resends went to both nodes");
    }

    /**
     * Every login event so far (sign-ins, wrong codes, refused texts, locks, on either node, in parallel too) has exactly
     * one login-history row, and every text sent at sign-in or enrolment one "code sent" row. Then retention: rows past
     * 180 days go, rows short of it stay, and over several intervals the job runs once per interval in the cluster.
     */
    @Test
    @Order(5)
    void eachLoginEventWritesOneHistoryRowAndRetentionRunsOncePerIntervalInTheCluster() throws Exception {
        Map<String, Long> fromEvents = loginEventsAsHistoryKinds(null);
        Map<String, Long> fromRows = historyRowsOfEventKinds(null);
        assertEquals(fromEvents, fromRows, "one row per login event (user|kind -> count)");
        System.out.println("Login events as history kinds: " + fromEvents);
        assertTrue(fromEvents.values().stream().mapToLong(Long::longValue).sum() >= 10, "a real sample: " + fromEvents);
        assertEquals(sms.messages().size() - proofingTexts,
                cluster.count("SELECT COUNT(*) FROM SA_LOGIN_HISTORY WHERE KIND = 'CODE_SENT'"), "one row per text sent");

        // Two rows of one person: one a minute past the 180 days, one two minutes short of them.
        String id = userId("cluster-wrong-codes");
        List<String> rows = historyRowIds(id);
        assertTrue(rows.size() >= 2, rows.toString());
        long cutOff = System.currentTimeMillis() - Duration.ofDays(180).toMillis();
        cluster.update("UPDATE SA_LOGIN_HISTORY SET EVENT_TIME = ? WHERE ID = ?", cutOff - 60_000, rows.get(0));
        cluster.update("UPDATE SA_LOGIN_HISTORY SET EVENT_TIME = ? WHERE ID = ?", cutOff + 120_000, rows.get(1));

        Instant from = Instant.now();
        long deadline = System.currentTimeMillis() + 4L * TwoNodeCluster.RETENTION_INTERVAL_SECONDS * 1000;
        while (cluster.count("SELECT COUNT(*) FROM SA_LOGIN_HISTORY WHERE ID = ?", rows.get(0)) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, cluster.count("SELECT COUNT(*) FROM SA_LOGIN_HISTORY WHERE ID = ?", rows.get(0)), "past 180 days: removed");
        assertEquals(1, cluster.count("SELECT COUNT(*) FROM SA_LOGIN_HISTORY WHERE ID = ?", rows.get(1)), "short of 180 days: kept");

        Thread.sleep(Math.max(0, from.toEpochMilli() + 5L * TwoNodeCluster.RETENTION_INTERVAL_SECONDS * 1000 - System.currentTimeMillis()));
        Instant to = Instant.now();
        Map<Long, List<String>> runsByInterval = new TreeMap<>();
        for (Node node : List.of(one, two)) {
            Matcher run = RETENTION_RUN.matcher(node.log());
            while (run.find()) {
                long at = Long.parseLong(run.group(1));
                if (at >= from.toEpochMilli() && at < to.toEpochMilli()) {
                    runsByInterval.computeIfAbsent(at / (TwoNodeCluster.RETENTION_INTERVAL_SECONDS * 1000L), k -> new ArrayList<>()).add(node.name);
                }
            }
        }
        assertTrue(runsByInterval.size() >= 3, "the job ran in (nearly) every interval of the " + Duration.between(from, to).toSeconds()
                + " s watched: " + runsByInterval);
        assertTrue(runsByInterval.values().stream().allMatch(ran -> ran.size() == 1),
                "once per interval in the cluster, not once per node (interval -> nodes that ran it): " + runsByInterval);
    }

    /**
     * Node 1 sends the text and dies (SIGKILL) before the code is typed: the person types it on node 2 and is signed in
     * with nothing lost or doubled.
     */
    @Test
    @Order(6)
    void whenNodeOneIsKilledAfterThePasswordThePersonFinishesOnNodeTwo() throws Exception {
        String number = "+12025550685";
        String id = cluster.createUser("cluster-crash", true);
        cluster.setPhone(id, number);

        Route route = cluster.route().via(one);
        HttpSignIn signIn = new HttpSignIn(cluster.browser(route));
        try (DemoApp app = cluster.app(route)) {
            Page page = signIn.signIn(app.authorizationUrl(), "cluster-crash", TestUsers.PASSWORD);
            assertEquals(CODE_PAGE, page.heading(), page.describe());
            String code = awaitNewCode(number, 0);

            cluster.kill(one);
            route.via(two);
            Instant typed = Instant.now();
            page = signIn.smsCode(page, code);
            cluster.timings().put("first answer from node 2 after node 1 was killed", Duration.between(typed, Instant.now()));
            page = signIn.continueFromSecurityInformation(page);
            JsonNode claims = DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(page)).get("id_token").asText());
            assertTrue(claims.path("amr").toString().contains("\"sms\""), claims.toString());
        }
        assertEquals(1, sms.messagesTo(number).size(), "no second text");
        assertEquals(1, historyRows(id, "SIGN_IN"), historyKinds(id));
        assertEquals(1, historyRows(id, "CODE_SENT"), historyKinds(id));
        assertEquals(loginEventsAsHistoryKinds(id), historyRowsOfEventKinds(id));
        assertEquals(1, cluster.counter("sms-sends-per-user", id).orElseThrow().hits(), "one text counted for the person");
        assertEquals(1, cluster.counter("sms-sends-per-number", number).orElseThrow().hits(), "one text counted for the number");
        Optional<Counter> wrongCodes = cluster.counter("second-factor-wrong-codes", id);
        assertTrue(wrongCodes.isEmpty() || wrongCodes.get().runTotal() == 0, "no wrong code counted: " + wrongCodes);
        cluster.awaitClusterOf(1, Duration.ofSeconds(30));
    }

    /**
     * A rolling restart onto a rebuilt JAR while people sign in without pause, each request to the next node in
     * rotation: node 1 (killed above) comes back on the new build while node 2 serves alone, then node 2 is drained,
     * stopped and started on the new build while node 1 serves alone. No sign-in fails.
     */
    @Test
    @Order(7)
    void aRollingRestartOntoARebuiltJarLosesNoSignIn() throws Exception {
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            String username = String.format("cluster-rolling-%02d", i);
            String number = String.format("+1202555%04d", 720 + i);
            cluster.setPhone(cluster.createUser(username, true), number);
            people.add(new String[] {username, number});
        }
        SignInsWithoutPause signIns = new SignInsWithoutPause(people);
        signIns.phase("node 2 alone, node 1 down");
        signIns.start();
        try {
            KeycloakDistribution rebuilt = upgrade.get(5, TimeUnit.MINUTES);
            cluster.restartOn(one, rebuilt);
            signIns.phase("both nodes, node 1 upgraded");
            signIns.awaitMore(3);
            cluster.restartOn(two, rebuilt);
            signIns.phase("both nodes upgraded");
            signIns.awaitMore(3);
        } finally {
            signIns.stop();
        }
        System.out.println("Sign-ins during the rolling restart: " + signIns.completed.get() + " completed, by phase " + signIns.byPhase
                + "; failed: " + signIns.failures);
        assertEquals(List.of(), signIns.failures, "no sign-in failed; completed by phase: " + signIns.byPhase);
        assertTrue(signIns.byPhase.keySet().containsAll(List.of("node 2 alone, node 1 down", "node 1 alone while node 2 restarts",
                "both nodes upgraded")), "sign-ins completed in every phase: " + signIns.byPhase);
        assertTrue(signIns.route.served(one) > 0 && signIns.route.served(two) > 0);
        long signedIn = 0;
        for (String[] person : people) {
            signedIn += historyRows(userId(person[0]), "SIGN_IN");
        }
        assertEquals(signIns.completed.get(), signedIn, "one history row per completed sign-in");
    }

    // ---- sign-ins ----------------------------------------------------------------------------------------------------

    /** What the enrolment posts got: the first answers. */
    private record Sent(List<Page> answers) {

        long refused() {
            return answers.stream().filter(a -> SEND_LIMIT.equals(a.heading())).count();
        }

        String headings() {
            return TwoNodeClusterIT.headings(answers);
        }
    }

    private interface Pick {
        String of(int i);
    }

    /**
     * {@link #SENT_FIRST} + {@link #PARALLEL} sign-ins of {@code username(i)} to the phone-enrolment page, the even ones
     * on node 1 and the odd ones on node 2, {@code preparedAtOnce} at a time. Then their numbers {@code number(i)}: the
     * first {@link #SENT_FIRST} posted one after the other, each sending a text (so both nodes have sent some, whatever
     * the race below does), then the other {@link #PARALLEL} all at once, 10 to each node.
     *
     * <p>The sign-ins of one person are prepared one at a time: when two sign-ins of a person who has no second factor
     * reach the end of the flow at the same moment, both have Keycloak add the phone-enrolment required action to the
     * user (the authenticator's {@code setRequiredActions}), and the second insert into USER_REQUIRED_ACTION fails on
     * its unique key: that sign-in ends on a 409 "Duplicate resource error". Seen here on two nodes; it is a race
     * between parallel requests, not one of the cluster (reported with this suite).
     */
    private Sent enrol(Pick username, Pick number, int preparedAtOnce) throws Exception {
        int total = SENT_FIRST + PARALLEL;
        List<HttpBrowser> browsers = new ArrayList<>(Collections.nCopies(total, null));
        List<Form> forms = new ArrayList<>(Collections.nCopies(total, null));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            nodes.add(i % 2 == 0 ? one : two);
        }
        ExecutorService preparing = Executors.newFixedThreadPool(preparedAtOnce);
        try (DemoApp app = cluster.app(cluster.route().alternating())) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int n = i;
                done.add(preparing.submit(() -> {
                    HttpBrowser browser = cluster.browser(cluster.route().via(nodes.get(n)));
                    HttpSignIn signIn = new HttpSignIn(browser);
                    Page page = signIn.continueFromSecurityInformation(signIn.signIn(app.authorizationUrl(), username.of(n), TestUsers.PASSWORD));
                    if (!page.has("#sa-phone-form")) {
                        throw new AssertionError("Expected the phone enrolment page: " + page.describe());
                    }
                    browsers.set(n, browser);
                    forms.set(n, page.form("#sa-phone-form").with("phoneNumber", number.of(n)));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            preparing.shutdownNow();
        }
        List<Page> answers = new ArrayList<>();
        for (int i = 0; i < SENT_FIRST; i++) {
            Page sent = browsers.get(i).post(forms.get(i));
            assertEquals("Confirm your mobile phone", sent.heading(), "text " + (i + 1) + " from " + nodes.get(i) + ": " + sent.describe());
            answers.add(sent);
        }
        answers.addAll(ParallelPosts.send(browsers.subList(SENT_FIRST, total), forms.subList(SENT_FIRST, total)));
        return new Sent(answers);
    }

    /**
     * Full sign-ins (password, texted code, Online Security Information, token) one after the other, each request to
     * the next node in rotation, on a thread of their own; failures are kept with what the person saw.
     */
    private final class SignInsWithoutPause {

        /**
         * A sign-in starts every 1.5 s (one takes about half a second to two seconds): with 45 people taking turns, each
         * signs in every 67 s, fewer than the 10 texts per person and number in 10 minutes however long the restart takes.
         */
        static final long START_EVERY_MS = 1500;

        private final List<String[]> people;
        private final Route route = cluster.route().alternating();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Integer> byPhase = new ConcurrentHashMap<>();
        private final AtomicInteger completed = new AtomicInteger();
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private volatile String phase;
        private volatile boolean stopping;
        private Future<?> running;

        SignInsWithoutPause(List<String[]> people) {
            this.people = people;
        }

        void phase(String name) {
            phase = name;
        }

        void start() {
            running = thread.submit(() -> {
                for (int i = 0; !stopping; i++) {
                    String[] person = people.get(i % people.size());
                    String during = currentPhase();
                    long startedAt = System.currentTimeMillis();
                    try {
                        signIn(person[0], person[1]);
                        completed.incrementAndGet();
                        byPhase.merge(currentPhase(), 1, Integer::sum);
                    } catch (Exception | AssertionError e) {
                        failures.add(Instant.now() + " " + person[0] + " (" + during + "): " + e);
                    }
                    Thread.sleep(Math.max(0, startedAt + START_EVERY_MS - System.currentTimeMillis()));
                }
                return null;
            });
        }

        /** The phase as the load balancer sees it: a node out of rotation is being restarted. */
        private String currentPhase() {
            if (!two.inRotation && one.inRotation) {
                return "node 1 alone while node 2 restarts";
            }
            return phase;
        }

        void awaitMore(int signIns) throws InterruptedException {
            int target = completed.get() + signIns;
            long deadline = System.currentTimeMillis() + 120_000;
            while (completed.get() < target && System.currentTimeMillis() < deadline && failures.isEmpty()) {
                Thread.sleep(200);
            }
        }

        void stop() throws Exception {
            stopping = true;
            running.get(2, TimeUnit.MINUTES);
            thread.shutdownNow();
        }

        private void signIn(String username, String number) throws Exception {
            HttpBrowser browser = new HttpBrowser(TwoNodeCluster.FRONT_URL, route);
            HttpSignIn signIn = new HttpSignIn(browser);
            try (DemoApp app = cluster.app(route)) {
                assertTokenNamesTheText(app, signInByText(signIn, app, username, number));
            }
        }
    }

    /**
     * PostgreSQL cut off for 10 s (the nodes reach it through the test's {@link DatabaseLink}, which drops every open
     * connection and refuses new ones) while people stand between their password and their code: each types the right
     * code during the cut, and others start signing in; another, enrolling a phone, types the texted confirmation code.
     * Every answer meanwhile is one of our pages without a stack trace. Afterwards, with no restart, each signs in (the
     * enrolling person enrols again); what was counted and recorded is exactly what happened, and no phone is half made.
     */
    @Test
    @Order(8)
    void whileTheDatabaseIsCutOffSignInsFailWithAClearPageAndAfterwardsEverythingWorks() throws Exception {
        int people = 4;
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<HttpSignIn> signIns = new ArrayList<>();
        List<Page> codePages = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<DemoApp> apps = new ArrayList<>();
        try {
            for (int i = 0; i < people; i++) {
                String username = "cluster-db-cut-" + i;
                String number = String.format("+1202555%04d", 780 + i);
                String id = cluster.createUser(username, true);
                cluster.setPhone(id, number);
                Route route = cluster.route().alternating();
                HttpSignIn signIn = new HttpSignIn(cluster.browser(route));
                DemoApp app = cluster.app(route);
                apps.add(app);
                Page page = signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
                assertEquals(CODE_PAGE, page.heading(), page.describe());
                ids.add(id);
                numbers.add(number);
                signIns.add(signIn);
                codePages.add(page);
                codes.add(awaitNewCode(number, 0));
            }
            String enrolling = cluster.createUser(ENROLLING_IN_CUT, true);
            HttpSignIn enrolment = new HttpSignIn(cluster.browser(cluster.route().alternating()));
            Page confirmPage = enrolPhoneUntilConfirmation(enrolment, apps.get(0), ENROLLING_IN_CUT_NUMBER);
            ProofingPerson matching = ProofingPerson.number(73, "Quinn", "Cutoff", "MOBILE");
            ProofingPerson writing = ProofingPerson.number(74, "Lee", "Cutoff", "MOBILE");
            cluster.mergeReferenceRecords(matching.csvRow(), writing.csvRow());
            String matchingId = cluster.createUser(PROOFING_IN_CUT, false);
            cluster.setPhone(matchingId, matching.mobile());
            String writingId = cluster.createUser(LETTER_IN_CUT, false);
            cluster.setPhone(writingId, writing.mobile());
            HttpBrowser matchingBrowser = cluster.browser(cluster.route().alternating());
            Page identityPage = proofUntil(matchingBrowser, signInByText(new HttpSignIn(matchingBrowser), apps.get(0), PROOFING_IN_CUT, matching.mobile()),
                    matching, "Your personal information");
            HttpBrowser writingBrowser = cluster.browser(cluster.route().alternating());
            Page letterPage = proofUntil(writingBrowser, signInByText(new HttpSignIn(writingBrowser), apps.get(0), LETTER_IN_CUT, writing.mobile()),
                    writing, "Get an activation code by mail");

            List<Page> duringTheCut = new ArrayList<>();
            Instant cut = Instant.now();
            cluster.databaseLink().cut();
            try {
                for (int i = 0; i < people; i++) {
                    duringTheCut.add(signIns.get(i).smsCode(codePages.get(i), codes.get(i)));
                }
                duringTheCut.add(enrolment.browser().post(confirmPage.form("#sa-phone-verify-form")
                        .with("code", awaitNewCode(ENROLLING_IN_CUT_NUMBER, 0))));
                duringTheCut.add(matchingBrowser.submit(identityForm(identityPage, matching)));
                duringTheCut.add(writingBrowser.submit(letterPage.form("#sa-send-letter-form").with("action", "send-letter")));
                // Newcomers until 10 s have passed, one at least (the posts above may take that long).
                do {
                    HttpSignIn newcomer = new HttpSignIn(cluster.browser(cluster.route().alternating()));
                    Page first = newcomer.open(apps.get(0).authorizationUrl());
                    duringTheCut.add(first);
                    if (first.has("#kc-form-login")) {
                        duringTheCut.add(newcomer.username(first, "cluster-db-cut-0"));
                    }
                    Thread.sleep(500);
                } while (Duration.between(cut, Instant.now()).toSeconds() < 10);
            } finally {
                cluster.databaseLink().restore();
            }
            cluster.timings().put("database cut off", Duration.between(cut, Instant.now()));
            System.out.println("Answers while the database was cut off: " + headings(duringTheCut));
            for (Page page : duringTheCut) {
                assertFalse(page.body().contains("Exception") || page.body().contains("\tat ") || page.body().contains("at org."),
                        "no stack trace: " + page.describe() + "\n" + page.body());
                assertTrue(page.has("#sa-product-name"), "one of our pages: " + page.describe() + "\n" + page.body());
                if (page.status() >= 500) {
                    assertTrue(page.text().contains("Something went wrong on our side, so you could not sign in just now."),
                            "says what happened and what to do: " + page.text());
                }
                assertFalse(page.query("code").isPresent(), "no sign-in completed without its database: " + page.describe());
            }

            // No restart: each person signs in from the start, on alternating nodes.
            Instant restored = Instant.now();
            for (int i = 0; i < people; i++) {
                Route route = cluster.route().alternating();
                HttpSignIn signIn = new HttpSignIn(cluster.browser(route));
                try (DemoApp app = cluster.app(route)) {
                    assertTokenNamesTheText(app, signInByText(signIn, app, "cluster-db-cut-" + i, numbers.get(i)));
                }
            }
            assertEquals(0, phoneRowsOf(enrolling), "no phone, nor a keyed lookup of it, from the enrolment the cut stopped");
            try (DemoApp app = cluster.app(cluster.route().alternating())) {
                HttpSignIn again = new HttpSignIn(cluster.browser(cluster.route().alternating()));
                Page page = enrolPhoneUntilConfirmation(again, app, ENROLLING_IN_CUT_NUMBER);
                page = again.browser().post(page.form("#sa-phone-verify-form").with("code", awaitNewCode(ENROLLING_IN_CUT_NUMBER, 1)));
                app.exchange(HttpSignIn.authorizationCode(page));
            }
            assertEquals(2, phoneRowsOf(enrolling), "one phone credential and its keyed lookup, from the enrolment after the cut");
            assertEquals(2, sms.messagesTo(ENROLLING_IN_CUT_NUMBER).size(), "one confirmation text before the cut, one after");
            Optional<Counter> failedMatches = cluster.counter("proofing-failed-matches", matchingId);
            assertTrue(failedMatches.isEmpty() || failedMatches.get().runTotal() == 0, "the match the cut stopped is not counted failed: " + failedMatches);
            assertEquals(0, historyRows(matchingId, "IDENTITY_PROOFING"), historyKinds(matchingId));
            assertEquals(List.of(), letters.lettersTo("Lee Cutoff"), "no letter from the request the cut stopped");
            try (DemoApp app = cluster.app(cluster.route().alternating())) {
                HttpBrowser browser = cluster.browser(cluster.route().alternating());
                Page page = proofUntil(browser, signInByText(new HttpSignIn(browser), app, PROOFING_IN_CUT, matching.mobile()), matching, "Verify your mobile phone");
                int before = sms.messagesTo(matching.mobile()).size();
                page = browser.submit(page.form("#sa-proof-phone-form").with("phoneNumber", matching.mobile()));
                page = browser.submit(page.form("#sa-proof-phone-code-form").with("code", awaitNewCode(matching.mobile(), before)));
                assertEquals("Your identity is verified", page.heading(), page.describe());
            }
            assertEquals(1, historyRows(matchingId, "IDENTITY_PROOFING"), historyKinds(matchingId));
            try (DemoApp app = cluster.app(cluster.route().alternating())) {
                HttpBrowser browser = cluster.browser(cluster.route().alternating());
                Page page = proofUntil(browser, signInByText(new HttpSignIn(browser), app, LETTER_IN_CUT, writing.mobile()), writing, "Get an activation code by mail");
                page = browser.submit(page.form("#sa-send-letter-form").with("action", "send-letter"));
                assertEquals("Your activation letter", page.heading(), page.describe());
            }
            assertEquals(1, letters.lettersTo("Lee Cutoff").size(), "one letter, from the request after the cut");
            cluster.timings().put("four sign-ins, an enrolment, a proofing and a letter after the database came back", Duration.between(restored, Instant.now()));

            for (int i = 0; i < people; i++) {
                String id = ids.get(i);
                int texts = sms.messagesTo(numbers.get(i)).size();
                assertEquals(2, texts, "one text before the cut, one after: " + numbers.get(i));
                assertEquals(texts, cluster.counter("sms-sends-per-user", id).orElseThrow().hits(), "texts counted for the person");
                assertEquals(texts, cluster.counter("sms-sends-per-number", numbers.get(i)).orElseThrow().hits(), "texts counted for the number");
                Optional<Counter> wrongCodes = cluster.counter("second-factor-wrong-codes", id);
                assertTrue(wrongCodes.isEmpty() || wrongCodes.get().runTotal() == 0, "the right code typed during the cut is not counted wrong: " + wrongCodes);
                assertEquals(1, historyRows(id, "SIGN_IN"), "one sign-in, the one after the cut: " + historyKinds(id));
                assertEquals(0, historyRows(id, "CODE_WRONG"), historyKinds(id));
            }
        } finally {
            for (DemoApp app : apps) {
                app.close();
            }
        }
    }

    private static final String ENROLLING_IN_CUT = "cluster-db-cut-enrolling";
    private static final String ENROLLING_IN_CUT_NUMBER = "+12025550789";
    private static final String PROOFING_IN_CUT = "cluster-db-cut-proofing";
    private static final String LETTER_IN_CUT = "cluster-db-cut-letter";

    /**
     * Username and password, the code texted to {@code phone} on the code page, then Online Security Information: the
     * page after it (the application's callback, or the first page of identity proofing).
     */
    private Page signInByText(HttpSignIn signIn, DemoApp app, String username, String phone) throws Exception {
        int before = sms.messagesTo(phone).size();
        Page page = signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
        assertEquals(CODE_PAGE, page.heading(), page.describe());
        return signIn.continueFromSecurityInformation(signIn.smsCode(page, awaitNewCode(phone, before)));
    }

    /** The application's ID token for the sign-in that ended on {@code callback} names the texted code in its amr. */
    private static void assertTokenNamesTheText(DemoApp app, Page callback) throws Exception {
        JsonNode claims = DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(callback)).get("id_token").asText());
        assertTrue(claims.path("amr").toString().contains("\"sms\""), "signed in with the texted code: " + claims);
    }

    /**
     * Through identity proofing by the page each answer shows, until the page headed {@code until}: start, identity,
     * account, and at the phone step the letter.
     */
    private static Page proofUntil(HttpBrowser browser, Page page, ProofingPerson person, String until) throws Exception {
        for (int step = 0; step < 8 && !until.equals(page.heading()); step++) {
            page = switch (page.heading()) {
                case "Verify your identity" -> browser.submit(page.form("#sa-proof-start-form").with("action", "start"));
                case "Your personal information" -> browser.submit(identityForm(page, person));
                case "Verify a financial account" -> browser.submit(page.form("#sa-proof-account-form").with("action", "continue")
                        .with("account_type", "CREDIT_CARD").with("account_number", person.card()));
                case "Verify your mobile phone" -> browser.submit(page.form("#sa-letter-form").with("action", "letter"));
                default -> throw new AssertionError("Unexpected page on the way to \"" + until + "\": " + page.describe());
            };
        }
        assertEquals(until, page.heading(), page.describe());
        return page;
    }

    private static Form identityForm(Page page, ProofingPerson person) {
        return page.form("#sa-proof-identity-form").with("action", "continue")
                .with("first_name", person.firstName()).with("last_name", person.lastName()).with("tax_id", person.taxId())
                .with("dob_month", person.dobMonth()).with("dob_day", person.dobDay()).with("dob_year", person.dobYear())
                .with("filing_status", person.filingStatus()).with("address_line1", person.line1()).with("city", person.city())
                .with("state", person.state()).with("zip", person.zip());
    }

    /** Password, Online Security Information, the phone page with {@code e164}: the page asking for the texted code. */
    private static Page enrolPhoneUntilConfirmation(HttpSignIn signIn, DemoApp app, String e164) throws Exception {
        Page page = signIn.continueFromSecurityInformation(signIn.signIn(app.authorizationUrl(), ENROLLING_IN_CUT, TestUsers.PASSWORD));
        assertTrue(page.has("#sa-phone-form"), "the phone enrolment page: " + page.describe());
        page = signIn.browser().post(page.form("#sa-phone-form").with("phoneNumber", e164));
        assertEquals("Confirm your mobile phone", page.heading(), page.describe());
        return page;
    }

    /** The person's phone credentials and keyed phone lookups, together. */
    private long phoneRowsOf(String userId) throws Exception {
        return cluster.count("SELECT COUNT(*) FROM CREDENTIAL WHERE USER_ID = ? AND TYPE = 'secure-access-phone'", userId)
                + cluster.count("SELECT COUNT(*) FROM USER_ATTRIBUTE WHERE USER_ID = ? AND NAME = 'secure-access.phone-lookup'", userId);
    }

    /**
     * The history row of a sign-in cannot be written (the database refuses it): the person is still signed in, and the
     * loss is neither silent nor personal: a warning without the person's name, id or number, and one more on the
     * {@code secure_access_login_history_write_failures_total} counter of the node that handled it.
     */
    @Test
    @Order(9)
    void whenASignInsHistoryRowCannotBeWrittenThePersonIsSignedInAndTheLossIsLoggedAndCounted() throws Exception {
        String username = "cluster-history-refused";
        String number = "+12025550790";
        String id = cluster.createUser(username, true);
        cluster.setPhone(id, number);
        String refuse = "sa_test_refuse_history";
        cluster.update("CREATE FUNCTION " + refuse + "() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql");
        try {
            cluster.update("CREATE TRIGGER " + refuse + " BEFORE INSERT ON SA_LOGIN_HISTORY FOR EACH ROW"
                    + " WHEN (NEW.USER_ID = '" + id + "' AND NEW.KIND = 'SIGN_IN') EXECUTE FUNCTION " + refuse + "()");
            double failuresBefore = historyWriteFailures(one) + historyWriteFailures(two);
            int warningsBefore = historyWarnings(one) + historyWarnings(two);

            Route route = cluster.route().alternating();
            HttpSignIn signIn = new HttpSignIn(cluster.browser(route));
            try (DemoApp app = cluster.app(route)) {
                assertTokenNamesTheText(app, signInByText(signIn, app, username, number));
            }

            assertEquals(0, historyRows(id, "SIGN_IN"), "the database refused the row: " + historyKinds(id));
            assertEquals(1, historyRows(id, "CODE_SENT"), "the person's other rows are written: " + historyKinds(id));
            assertEquals(failuresBefore + 1, historyWriteFailures(one) + historyWriteFailures(two), 0.0,
                    "one failure on the nodes' secure_access_login_history_write_failures_total{kind=\"sign_in\",outcome=\"database_error\",provider=\"postgresql\"}");
            assertEquals(warningsBefore + 1, historyWarnings(one) + historyWarnings(two), "one warning in the nodes' logs");
            String logs = one.log() + two.log();
            String warnings = warningLines(logs);
            assertTrue(warnings.contains(HISTORY_WARNING), warnings);
            for (String personal : List.of(username, id, number, number.substring(2))) {
                assertFalse(warnings.contains(personal), "the warning names no one (" + personal + "): " + warnings);
            }
        } finally {
            cluster.update("DROP TRIGGER IF EXISTS " + refuse + " ON SA_LOGIN_HISTORY");
            cluster.update("DROP FUNCTION IF EXISTS " + refuse + "()");
        }
    }

    private static final String HISTORY_WARNING = "Login history: could not record a SIGN_IN event";

    private static int historyWarnings(Node node) throws Exception {
        return (int) node.log().lines().filter(line -> line.contains(HISTORY_WARNING)).count();
    }

    private static String warningLines(String log) {
        return log.lines().filter(line -> line.contains(" WARN ") && line.contains("Login history:")).collect(Collectors.joining("\n"));
    }

    /**
     * The node's {@code secure_access_login_history_write_failures_total} for a sign-in the database refused: kind
     * {@code sign_in}, outcome {@code database_error}, provider {@code postgresql}; declared at 0 before the first.
     */
    private double historyWriteFailures(Node node) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + node.managementPort + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), "metrics of " + node.name);
        return metrics.body().lines()
                .filter(line -> line.startsWith("secure_access_login_history_write_failures_total{") && line.contains("kind=\"sign_in\"")
                        && line.contains("outcome=\"database_error\"") && line.contains("provider=\"postgresql\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The newest code texted to {@code e164} once more than {@code before} texts have gone there. */
    private String awaitNewCode(String e164, int before) throws InterruptedException {
        awaitTexts(e164, before + 1);
        return sms.lastCodeTo(e164);
    }

    private void awaitTexts(String e164, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (sms.messagesTo(e164).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        if (sms.messagesTo(e164).size() < count) {
            throw new AssertionError("Expected " + count + " texts to " + e164 + ", got " + sms.messagesTo(e164).size());
        }
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    private static String headings(List<Page> answers) {
        return answers.stream().map(a -> a.status() + " " + (a.redirect().isPresent() ? "-> " + a.url().getPath() : a.heading()))
                .collect(Collectors.joining(", "));
    }

    // ---- the database -------------------------------------------------------------------------------------------------

    private String userId(String username) throws Exception {
        try (Connection db = cluster.db(); PreparedStatement statement = db.prepareStatement(
                "SELECT ID FROM USER_ENTITY WHERE USERNAME = ? AND REALM_ID = ?")) {
            statement.setString(1, username);
            statement.setString(2, cluster.realmId());
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), username);
                return row.getString(1);
            }
        }
    }

    private long historyRows(String userId, String kind) throws Exception {
        return cluster.count("SELECT COUNT(*) FROM SA_LOGIN_HISTORY WHERE USER_ID = ? AND KIND = ?", userId, kind);
    }

    private List<String> historyRowIds(String userId) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = cluster.db(); PreparedStatement statement = db.prepareStatement(
                "SELECT ID FROM SA_LOGIN_HISTORY WHERE USER_ID = ? ORDER BY EVENT_TIME")) {
            statement.setString(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private String historyKinds(String userId) throws Exception {
        List<String> kinds = new ArrayList<>();
        try (Connection db = cluster.db(); PreparedStatement statement = db.prepareStatement(
                "SELECT KIND FROM SA_LOGIN_HISTORY WHERE USER_ID = ? ORDER BY EVENT_TIME")) {
            statement.setString(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
        }
        return kinds.toString();
    }

    /** The history kinds that Keycloak's login events stand for. */
    private static final Set<String> EVENT_KINDS = Set.of("SIGN_IN", "PASSWORD_WRONG", "CODE_WRONG", "CODE_EXPIRED", "CODE_NOT_SENT",
            "CODE_LIMIT_REACHED", "LOCKED_OUT", "SIGN_IN_FAILED");

    /**
     * Keycloak's stored LOGIN and LOGIN_ERROR events of the realm (of one user, or all when null) as the history kinds
     * they stand for, counted per {@code user|kind}; the same reading of an event as the history listener's.
     */
    private Map<String, Long> loginEventsAsHistoryKinds(String onlyUser) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = cluster.db(); PreparedStatement statement = db.prepareStatement(
                "SELECT USER_ID, TYPE, ERROR, COALESCE(DETAILS_JSON_LONG_VALUE, DETAILS_JSON) FROM EVENT_ENTITY "
                        + "WHERE REALM_ID = ? AND USER_ID IS NOT NULL AND TYPE IN ('LOGIN', 'LOGIN_ERROR')")) {
            statement.setString(1, cluster.realmId());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (onlyUser != null && !onlyUser.equals(rows.getString(1))) {
                        continue;
                    }
                    String kind = "LOGIN".equals(rows.getString(2)) ? "SIGN_IN" : kindOfLoginError(rows.getString(3), rows.getString(4));
                    if (kind != null) {
                        counts.merge(rows.getString(1) + "|" + kind, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static String kindOfLoginError(String error, String detailsJson) throws Exception {
        if (error == null || "user_not_found".equals(error)) {
            return null;
        }
        return switch (error) {
            case "invalid_user_credentials" -> detailsJson != null && JsonSerialization.mapper.readTree(detailsJson).has("second_factor")
                    ? "CODE_WRONG" : "PASSWORD_WRONG";
            case "expired_code" -> "CODE_EXPIRED";
            case "sms_send_failed" -> "CODE_NOT_SENT";
            case "sms_send_limit_reached" -> "CODE_LIMIT_REACHED";
            case "second_factor_locked", "user_temporarily_disabled" -> "LOCKED_OUT";
            default -> "SIGN_IN_FAILED";
        };
    }

    /** Login-history rows of the kinds login events make, counted per {@code user|kind}. */
    private Map<String, Long> historyRowsOfEventKinds(String onlyUser) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = cluster.db(); PreparedStatement statement = db.prepareStatement(
                "SELECT USER_ID, KIND, COUNT(*) FROM SA_LOGIN_HISTORY WHERE REALM_ID = ? GROUP BY USER_ID, KIND")) {
            statement.setString(1, cluster.realmId());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (EVENT_KINDS.contains(rows.getString(2)) && (onlyUser == null || onlyUser.equals(rows.getString(1)))) {
                        counts.put(rows.getString(1) + "|" + rows.getString(2), rows.getLong(3));
                    }
                }
            }
        }
        return counts;
    }
}
