package org.secureaccess.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seeded people a load run signs in as, each used by one virtual user at a time. An app code can be
 * used once (Keycloak refuses a code used before), so a person signs in by app at most once per 30-second
 * step; a texted code counts against a limit of 10 texts per 10 minutes per person and per number, so a
 * person gets at most {@value #MAX_TEXTS_PER_WINDOW} texts per 10 minutes here. A virtual user that finds
 * nobody free waits (counted in {@link #waits()}: a pool too small for the load would show there).
 */
final class UserPool {

    static final int MAX_TEXTS_PER_WINDOW = 9;
    static final long TEXT_WINDOW_MILLIS = 10 * 60_000 + 5_000;

    /** One seeded person. {@code secret} for app users, {@code phone} (E.164) for text users. */
    static final class User {
        final String username;
        final String id;
        final String secret;
        final String phone;
        long lastStep = -1;
        boolean inUse;
        final Deque<Long> texts = new ArrayDeque<>();

        User(String username, String id, String secret, String phone) {
            this.username = username;
            this.id = id;
            this.secret = secret;
            this.phone = phone;
        }
    }

    /** A person lent to one virtual user, with the app code to use (null for text users). */
    record Lease(User user, String appCode) {
    }

    private final String name;
    private final List<User> users;
    private int next;
    private final AtomicLong waits = new AtomicLong();

    UserPool(String name, List<User> users) {
        this.name = name;
        this.users = new ArrayList<>(users);
    }

    String name() {
        return name;
    }

    int size() {
        return users.size();
    }

    List<User> users() {
        return users;
    }

    /** A free person now, or null (the caller pauses and asks again). */
    synchronized Lease tryAcquire() {
        long now = System.currentTimeMillis();
        long step = now / Totp.STEP_MILLIS;
        for (int i = 0; i < users.size(); i++) {
            User user = users.get((next + i) % users.size());
            if (user.inUse) {
                continue;
            }
            if (user.secret != null) {
                if (user.lastStep >= step) {
                    continue;
                }
                user.lastStep = step;
                user.inUse = true;
                next = (next + i + 1) % users.size();
                return new Lease(user, Totp.code(user.secret, step));
            }
            while (!user.texts.isEmpty() && user.texts.peekFirst() < now - TEXT_WINDOW_MILLIS) {
                user.texts.removeFirst();
            }
            if (user.texts.size() >= MAX_TEXTS_PER_WINDOW) {
                continue;
            }
            user.texts.addLast(now);
            user.inUse = true;
            next = (next + i + 1) % users.size();
            return new Lease(user, null);
        }
        waits.incrementAndGet();
        return null;
    }

    synchronized void release(Lease lease) {
        if (lease != null) {
            lease.user().inUse = false;
        }
    }

    long waits() {
        return waits.get();
    }

    synchronized void resetWaits() {
        waits.set(0);
    }
}
