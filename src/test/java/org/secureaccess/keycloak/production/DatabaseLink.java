package org.secureaccess.keycloak.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test's own TCP relay between Keycloak and its database, which the test can cut: {@link #cut()} drops every open
 * connection and refuses new ones (the port no longer listens), as when the database host goes away;
 * {@link #restore()} listens again on the same port.
 */
final class DatabaseLink implements AutoCloseable {

    private final int databasePort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private DatabaseLink(int databasePort, ServerSocket listener) {
        this.databasePort = databasePort;
        this.listener = listener;
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    /** A link to the database on {@code 127.0.0.1:databasePort}, listening on a free loopback port. */
    static DatabaseLink to(int databasePort) {
        try {
            return new DatabaseLink(databasePort, new ServerSocket(0, 100, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the database link", e);
        }
    }

    int port() {
        return port;
    }

    /** Drops every open connection and stops listening. */
    synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Listens again on the same port. */
    synchronized void restore() throws IOException {
        if (!listener.isClosed()) {
            return;
        }
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
        listener = again;
        startAccepting(again);
    }

    private void startAccepting(ServerSocket on) {
        Thread acceptor = new Thread(() -> {
            while (!on.isClosed()) {
                try {
                    Socket client = on.accept();
                    Socket database = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                    client.setTcpNoDelay(true);
                    database.setTcpNoDelay(true);
                    open.add(client);
                    open.add(database);
                    relay(client, database);
                    relay(database, client);
                } catch (IOException e) {
                    // closed by cut() or close(), or the database refused: the client sees its connection end
                }
            }
        }, "database-link-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(Socket from, Socket to) {
        Thread relay = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: end both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-link-relay");
        relay.setDaemon(true);
        relay.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public synchronized void close() throws IOException {
        cut();
    }
}
