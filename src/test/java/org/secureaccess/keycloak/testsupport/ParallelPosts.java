package org.secureaccess.keycloak.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.secureaccess.keycloak.testsupport.HttpBrowser.Form;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;

/**
 * Forms posted at the same moment, as an attacker with a script would: one thread per post, all released by one
 * latch once every thread is ready. Through one {@link HttpBrowser} the posts share one cookie jar, so one
 * authentication session; through several, one each. The answers are the first responses, redirects unfollowed.
 */
public final class ParallelPosts {

    private ParallelPosts() {
    }

    /** {@code times} copies of {@code form}, posted at once by one browser (one authentication session). */
    public static List<Page> send(HttpBrowser browser, Form form, int times) throws Exception {
        return send(Collections.nCopies(times, browser), Collections.nCopies(times, form));
    }

    /** Form {@code i} posted by browser {@code i}, all at once; the answers in the same order. */
    public static List<Page> send(List<HttpBrowser> browsers, List<Form> forms) throws Exception {
        if (browsers.size() != forms.size()) {
            throw new IllegalArgumentException("one browser per form");
        }
        int n = forms.size();
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Page>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpBrowser browser = browsers.get(i);
                Form copy = new Form(forms.get(i).action(), new LinkedHashMap<>(forms.get(i).fields()));
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return browser.post(copy);
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The posting threads did not start");
            }
            go.countDown();
            List<Page> pages = new ArrayList<>();
            for (Future<Page> answer : answers) {
                pages.add(answer.get(120, TimeUnit.SECONDS));
            }
            return pages;
        } finally {
            threads.shutdownNow();
        }
    }
}
