package org.secureaccess.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback proxy between Keycloak and PostgreSQL that counts the statements Keycloak executes, by kind and table
 * ("insert EVENT_ENTITY", "commit"). The machine's PostgreSQL does not preload {@code pg_stat_statements} (that takes a
 * restart of a server this benchmark does not own), and {@code pg_stat_database} counts rows and transactions but not
 * statements; the wire protocol names every one. Each Execute message is one statement run, whatever the JDBC driver's
 * statement caching: the SQL comes from the Parse message of the statement the portal was bound to. Connections must
 * not use TLS ({@code sslmode=disable}): an encrypted connection is forwarded uncounted and reported.
 */
final class StatementCounter implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;
    private static final Pattern WRITE = Pattern.compile(
            "(?is)^\\s*(insert\\s+into|update|delete\\s+from)\\s+\"?([\\w.]+)\"?");
    private static final Pattern SELECT_FROM = Pattern.compile("(?is)^\\s*select\\b.*?\\bfrom\\s+\"?([\\w.]+)\"?");

    private final ServerSocket listener;
    private final int databasePort;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong encryptedConnections = new AtomicLong();

    StatementCounter(int port, int databasePort) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.databasePort = databasePort;
        Thread acceptor = new Thread(this::accept, "statement-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The counts so far, by "kind TABLE" (kinds: insert, update, delete, select, begin, commit, rollback, other). */
    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    long encryptedConnections() {
        return encryptedConnections.get();
    }

    /** The key a statement is counted under. */
    static String classify(String sql) {
        Matcher write = WRITE.matcher(sql);
        if (write.find()) {
            String verb = write.group(1).toLowerCase().split("\\s+")[0];
            return verb + " " + write.group(2).toUpperCase();
        }
        Matcher select = SELECT_FROM.matcher(sql);
        if (select.find()) {
            return "select " + select.group(1).toUpperCase();
        }
        String first = sql.strip().split("\\s+", 2)[0].toLowerCase();
        return switch (first) {
            case "begin", "commit", "rollback", "select" -> first;
            case "" -> "empty";
            default -> "other " + first;
        };
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket database = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                InputStream fromDatabase = database.getInputStream();
                OutputStream toClient = client.getOutputStream();
                start("pg-to-keycloak", () -> copy(fromDatabase, toClient, client, database));
                start("keycloak-to-pg", () -> countAndForward(client, database));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("[statement counter] " + e);
                }
            }
        }
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void copy(InputStream in, OutputStream out, Socket a, Socket b) {
        byte[] buffer = new byte[16384];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // either side went away
        } finally {
            closeQuietly(a);
            closeQuietly(b);
        }
    }

    /** Keycloak's messages to the database, forwarded one by one and counted at each Execute. */
    private void countAndForward(Socket client, Socket database) {
        Map<String, String> statements = new HashMap<>();
        Map<String, String> portals = new HashMap<>();
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream(), 16384));
            OutputStream out = new BufferedOutputStream(database.getOutputStream(), 16384);
            // Untyped start-up messages until the startup message itself (after an SSL or GSS request, whose
            // refusal the server answers with one byte, the client sends another).
            while (true) {
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                writeInt(out, length);
                out.write(body);
                out.flush();
                int code = length >= 8 ? ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff) : 0;
                if (code == SSL_REQUEST || code == GSS_ENCRYPTION_REQUEST) {
                    // Whether the server agreed is in its one-byte answer, which this side does not see: only a
                    // refused request is followed by a plain startup message, which has this protocol's version.
                    continue;
                }
                if (code >> 16 != 3) {
                    encryptedConnections.incrementAndGet();
                    copy(in, out, client, database);
                    return;
                }
                break;
            }
            while (true) {
                int type = in.read();
                if (type < 0) {
                    throw new EOFException();
                }
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                out.write(type);
                writeInt(out, length);
                out.write(body);
                switch (type) {
                    case 'P' -> {
                        int[] at = {0};
                        String name = cString(body, at);
                        statements.put(name, cString(body, at));
                    }
                    case 'B' -> {
                        int[] at = {0};
                        String portal = cString(body, at);
                        portals.put(portal, statements.getOrDefault(cString(body, at), ""));
                    }
                    case 'E' -> {
                        int[] at = {0};
                        count(classify(portals.getOrDefault(cString(body, at), "")));
                    }
                    case 'Q' -> {
                        int[] at = {0};
                        for (String sql : cString(body, at).split(";")) {
                            if (!sql.isBlank()) {
                                count(classify(sql));
                            }
                        }
                    }
                    default -> {
                        // Describe, Sync, Flush, Close, Terminate: no statement runs
                    }
                }
                if (in.available() == 0) {
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // either side went away
        } finally {
            closeQuietly(client);
            closeQuietly(database);
        }
    }

    private void count(String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private static String cString(byte[] body, int[] at) {
        int start = at[0];
        int end = start;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        at[0] = end + 1;
        return new String(body, start, end - start, StandardCharsets.UTF_8);
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
