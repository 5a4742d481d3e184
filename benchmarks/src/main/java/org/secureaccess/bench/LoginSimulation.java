package org.secureaccess.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * One login per virtual user, modelled on keycloak-benchmark's authorization-code scenario: open the login page,
 * post each page the flow shows, take the code from the redirect and exchange it (with PKCE) for tokens. Closed
 * model: {@code concurrency} people signing in back to back for {@code seconds}, which saturates the server.
 * Every step checks the page it expects, so a wrong password, a refused code or a missing text is a KO. Each lane
 * of the plan is a population of its own, all starting together, each counting its own logins and response times.
 */
public class LoginSimulation extends Simulation {

    static final String PASSWORD = Seeder.PASSWORD;
    private static final String USER_AGENT =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Plan> lanes = Plan.current();

    public LoginSimulation() {
        HttpProtocolBuilder protocol = http.baseUrls(lanes.get(0).baseUrls)
                .disableFollowRedirect()
                .disableCaching()
                .disableWarmUp()
                .userAgentHeader(USER_AGENT)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en");
        List<PopulationBuilder> populations = new ArrayList<>();
        for (Plan plan : lanes) {
            if (plan.flow == Plan.Flow.HISTORY) {
                int each = Math.max(1, plan.concurrency / 2);
                populations.add(population(plan, "people with " + plan.heavyLabel, plan.heavy, plan.heavyLabel, each));
                populations.add(population(plan, "people with " + plan.lightLabel, plan.light, plan.lightLabel, each));
            } else {
                populations.add(population(plan, plan.flow.name().toLowerCase() + " in " + plan.realm, plan.pool, null, plan.concurrency));
            }
        }
        setUp(populations).protocols(protocol).assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        long now = System.nanoTime();
        lanes.forEach(plan -> plan.started(now));
    }

    private PopulationBuilder population(Plan plan, String name, UserPool pool, String label, int users) {
        ScenarioBuilder scenario = scenario(name).exec(
                acquire(plan, pool),
                exitBlockOnFail().on(plan.flow == Plan.Flow.STOCK ? stockLogin(plan) : ourLogin(plan, label)),
                exec(session -> {
                    pool.release(session.get("lease"));
                    if (!session.contains("done")) {
                        plan.failedLogins.incrementAndGet();
                    }
                    return session;
                }));
        return scenario.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(plan.seconds)));
    }

    /** A free person from the pool (waiting in 100 ms pauses when all are busy or used this 30 s step), and PKCE values. */
    private ChainBuilder acquire(Plan plan, UserPool pool) {
        return exec(session -> session.set("leased", false))
                .asLongAs(session -> !session.getBoolean("leased")).on(
                        exec(session -> {
                            UserPool.Lease lease = pool.tryAcquire();
                            if (lease == null) {
                                return session;
                            }
                            if (lease.user().phone != null) {
                                plan.sink.forget(lease.user().phone);
                            }
                            return session.set("leased", true).set("lease", lease)
                                    .set("username", lease.user().username)
                                    .set("appCode", lease.appCode() == null ? "" : lease.appCode());
                        }).doIf(session -> !session.getBoolean("leased")).then(pause(Duration.ofMillis(100))))
                .exec(session -> {
                    String verifier = randomToken(32);
                    return session.set("verifier", verifier).set("challenge", s256(verifier)).set("state", randomToken(12));
                });
    }

    private static String authUrl(Plan plan, String clientId) {
        return "/realms/" + plan.realm + "/protocol/openid-connect/auth?client_id=" + clientId
                + "&response_type=code&scope=openid&redirect_uri=" + Plan.REDIRECT_URI
                + "&state=#{state}&code_challenge=#{challenge}&code_challenge_method=S256";
    }

    private static ChainBuilder token(Plan plan, String clientId) {
        return timed(plan, "token", http("token").post("/realms/" + plan.realm + "/protocol/openid-connect/token")
                .formParam("grant_type", "authorization_code")
                .formParam("code", "#{code}")
                .formParam("redirect_uri", Plan.REDIRECT_URI)
                .formParam("client_id", clientId)
                .formParam("code_verifier", "#{verifier}")
                .check(status().is(200), jsonPath("$.access_token").saveAs("token")));
    }

    /** The request, with its response time recorded under {@code name} when it succeeds (a KO ends the login). */
    private static ChainBuilder timed(Plan plan, String name, HttpRequestActionBuilder request) {
        plan.declareStep(name);
        return exec(session -> session.set("sentAt", System.nanoTime()))
                .exec(request)
                .exec(session -> {
                    plan.record(name, System.nanoTime() - session.getLong("sentAt"));
                    return session;
                });
    }

    /** Keycloak's browser flow: username and password on one page, then Keycloak's OTP form. */
    private static ChainBuilder stockLogin(Plan plan) {
        return timed(plan, "login page", http("login page").get(authUrl(plan, Plan.STOCK_CLIENT))
                        .check(status().is(200), substring("id=\"kc-form-login\""), action()))
                .exec(timed(plan, "username and password", http("username and password").post("#{action}")
                        .formParam("username", "#{username}").formParam("password", PASSWORD).formParam("credentialId", "")
                        .check(status().is(200), substring("name=\"otp\""), action())))
                .exec(timed(plan, "code", http("code").post("#{action}").formParam("otp", "#{appCode}")
                        .check(status().is(302), codeFromRedirect())))
                .exec(token(plan, Plan.STOCK_CLIENT))
                .exec(session -> {
                    plan.loginCompleted();
                    return session.set("done", true);
                });
    }

    /** Ours: username, then password beside the site phrase, then the code, then the security page. */
    private static ChainBuilder ourLogin(Plan plan, String historyLabel) {
        boolean sms = plan.flow == Plan.Flow.SMS;
        ChainBuilder chain = timed(plan, "login page", http("login page").get(authUrl(plan, Plan.OUR_CLIENT))
                        .check(status().is(200), substring("id=\"kc-form-login\""), action()))
                .exec(timed(plan, "username", http("username").post("#{action}").formParam("username", "#{username}")
                        .check(status().is(200), substring("id=\"password\""), action())))
                .exec(timed(plan, "password", http("password").post("#{action}").formParam("password", PASSWORD)
                        .check(status().is(200), substring(sms ? "id=\"sa-sms-code-form\"" : "name=\"otp\""), action())));
        if (sms) {
            chain = chain.exec(session -> {
                UserPool.Lease lease = session.get("lease");
                String code = plan.sink.take(lease.user().phone);
                return session.set("typedCode", code == null ? "no-text-received" : code);
            }).exec(timed(plan, "code", http("code").post("#{action}").formParam("code", "#{typedCode}")
                    .check(status().is(200), substring("id=\"sa-security-form\""), action())));
        } else {
            chain = chain.exec(timed(plan, "code", http("code").post("#{action}").formParam("otp", "#{appCode}")
                    .check(status().is(200), substring("id=\"sa-security-form\""), action())));
        }
        if (historyLabel != null) {
            // The security page again (a reload: the same execution without session_code renders it anew).
            chain = chain.exec(session -> session.set("reload", session.getString("action").replaceAll("session_code=[^&]*&?", "")))
                    .repeat(plan.historyRepeats).on(timed(plan, "security page, " + historyLabel,
                            http("security page, " + historyLabel).get("#{reload}")
                                    .check(status().is(200), substring("id=\"sa-security-form\""))));
        }
        chain = chain.exec(timed(plan, "security page: continue", http("security page: continue").post("#{action}")
                        .formParam("continue", "true").check(status().is(302), codeFromRedirect())))
                .exec(token(plan, Plan.OUR_CLIENT));
        if (historyLabel != null) {
            chain = chain.repeat(plan.historyRepeats).on(timed(plan, "history API, " + historyLabel,
                    http("history API, " + historyLabel).get("/realms/" + plan.realm + "/secure-access/login-history?max=20")
                            .header("Authorization", "Bearer #{token}")
                            .check(status().is(200), jsonPath("$.items").exists())));
        }
        return chain.exec(session -> {
            plan.loginCompleted();
            return session.set("done", true);
        });
    }

    /** The first form's action (every page of the flow posts to login-actions). */
    private static CheckBuilder action() {
        return regex("action=\"([^\"]*/login-actions/[^\"]*)\"").find().transform(a -> a.replace("&amp;", "&")).saveAs("action");
    }

    private static CheckBuilder codeFromRedirect() {
        return headerRegex("Location", "[?&]code=([^&]+)").saveAs("code");
    }

    private static String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
