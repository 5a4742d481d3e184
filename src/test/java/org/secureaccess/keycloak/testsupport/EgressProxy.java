package org.secureaccess.keycloak.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A loopback stand-in for the egress proxy a production Keycloak reaches its gateways through, and for the gateways'
 * TLS endpoints behind it. The shared test server maps the test-only hosts {@code *.proxied.test} (which no resolver
 * knows) to this proxy ({@link #proxyMapping()}) and trusts its certificate through {@code --truststore-paths}
 * ({@link #certificateFile()}); the gateway URLs it is configured with name those hosts. For each
 * {@code CONNECT <name>.proxied.test:<port>} the proxy connects to the loopback fake on {@code 127.0.0.1:<port>} (and
 * answers 502 when nothing listens there, as a real proxy does), then ends the tunnel's TLS with a certificate for
 * those hosts and relays plain HTTP to the fake. It records every tunnel asked for and every request relayed through
 * one (method and path, never headers or bodies), so that a test can tell the gateway was reached through it.
 */
public final class EgressProxy {

    /** The hosts only this proxy can route; the server config's gateway URLs use them. */
    public static final String DOMAIN = "proxied.test";
    public static final List<String> GATEWAY_HOSTS = List.of("sms." + DOMAIN, "letters." + DOMAIN, "bureau." + DOMAIN);
    /** A test-only key for a test-only name; the file holding it is written under target/ at start. */
    private static final char[] KEYSTORE_PASSWORD = "egress-proxy-test-only".toCharArray();
    private static final String KEY_ALIAS = "gateways";
    private static EgressProxy instance;

    /** One request relayed through a tunnel to {@code authority} ({@code host:port}). */
    public record Relayed(String authority, String method, String path, long atMillis) {
    }

    /** One tunnel asked for, and whether it was opened (false: refused or nothing listened behind it). */
    public record Tunnel(String authority, boolean opened) {
    }

    private final ServerSocket listener;
    private final SSLContext tls;
    private final Path certificate;
    private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "egress-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Tunnel> tunnels = new CopyOnWriteArrayList<>();
    private final List<Relayed> relayed = new CopyOnWriteArrayList<>();

    private EgressProxy(ServerSocket listener, SSLContext tls, Path certificate) {
        this.listener = listener;
        this.tls = tls;
        this.certificate = certificate;
    }

    /** The proxy of this test JVM, started on first use on a free loopback port. */
    public static synchronized EgressProxy get() {
        if (instance == null) {
            // A folder per JVM: each server must trust the certificate of its own JVM's proxy, also when the server
            // suites' JVM and the shared server's overlap.
            instance = start(BuildInfo.buildDirectory().resolve("egress-proxy").resolve("jvm-" + ProcessHandle.current().pid()));
        }
        return instance;
    }

    /** A proxy of its own, its key and certificate in {@code directory} (for tests of the proxy route outside the server). */
    public static EgressProxy start(Path directory) {
        ServerSocket listener;
        try {
            // Port 0: the system picks a free one, so the proxy never clashes with another run's or another service.
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("The egress proxy found no free loopback port to listen on", e);
        }
        try {
            KeyStore keys = gatewayKeys(directory);
            Path certificate = directory.resolve("gateways.pem");
            Files.writeString(certificate, pem(keys.getCertificate(KEY_ALIAS)));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, KEYSTORE_PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            EgressProxy proxy = new EgressProxy(listener, tls, certificate);
            Thread acceptor = new Thread(proxy::accept, "egress-proxy-acceptor");
            acceptor.setDaemon(true);
            acceptor.start();
            return proxy;
        } catch (IOException | GeneralSecurityException e) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
            throw new IllegalStateException("The egress proxy could not set up its TLS key in " + directory, e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The value of {@code --spi-connections-http-client--default--proxy-mappings}: the test-only hosts, and nothing else. */
    public String proxyMapping() {
        return ".*[.]proxied[.]test;http://127.0.0.1:" + port();
    }

    /** The PEM certificate of the gateways' TLS endpoints, for {@code --truststore-paths}. */
    public Path certificateFile() {
        return certificate;
    }

    public List<Tunnel> tunnels() {
        return new ArrayList<>(tunnels);
    }

    public List<Relayed> relayed() {
        return new ArrayList<>(relayed);
    }

    public List<Relayed> relayedTo(String authority) {
        return relayed.stream().filter(r -> r.authority().equals(authority)).toList();
    }

    /** Forgets what was recorded; tunnels already open stay open. */
    public void clearRecords() {
        tunnels.clear();
        relayed.clear();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            List<String> head = readHead(client.getInputStream());
            if (head == null || head.isEmpty()) {
                return;
            }
            String[] requestLine = head.get(0).split(" ");
            if (requestLine.length != 3 || !requestLine[0].equals("CONNECT")) {
                answer(client, "501 Not Implemented");
                return;
            }
            String authority = requestLine[1].toLowerCase(Locale.ROOT);
            int colon = authority.lastIndexOf(':');
            String host = colon < 0 ? authority : authority.substring(0, colon);
            int port = colon < 0 ? -1 : parsePort(authority.substring(colon + 1));
            if (!GATEWAY_HOSTS.contains(host) || port < 1) {
                tunnels.add(new Tunnel(authority, false));
                answer(client, "403 Forbidden");
                return;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            } catch (IOException e) {
                upstream.close();
                tunnels.add(new Tunnel(authority, false));
                answer(client, "502 Bad Gateway");
                return;
            }
            tunnels.add(new Tunnel(authority, true));
            answer(client, "200 Connection established");
            relay(client, upstream, authority, host);
        } catch (IOException e) {
            // the client or the fake went away; the tunnel ends with them
        }
    }

    private void relay(Socket client, Socket upstream, String authority, String host) throws IOException {
        try (upstream; SSLSocket decrypted = (SSLSocket) tls.getSocketFactory().createSocket(client, host, client.getPort(), false)) {
            decrypted.setUseClientMode(false);
            decrypted.startHandshake();
            connections.execute(() -> {
                try {
                    upstream.getInputStream().transferTo(decrypted.getOutputStream());
                } catch (IOException e) {
                    // the other direction notices and closes both
                } finally {
                    closeQuietly(decrypted);
                    closeQuietly(upstream);
                }
            });
            InputStream fromClient = decrypted.getInputStream();
            OutputStream toFake = upstream.getOutputStream();
            while (true) {
                ByteArrayOutputStream rawHead = new ByteArrayOutputStream();
                List<String> head = readHead(fromClient, rawHead);
                if (head == null || head.isEmpty()) {
                    return;
                }
                String[] requestLine = head.get(0).split(" ");
                relayed.add(new Relayed(authority, requestLine[0], requestLine.length > 1 ? requestLine[1] : "",
                        System.currentTimeMillis()));
                toFake.write(rawHead.toByteArray());
                long length = contentLength(head);
                if (length < 0) {
                    // Not a length-delimited body (the gateways' clients always send one): relay the rest as it comes.
                    fromClient.transferTo(toFake);
                    return;
                }
                copy(fromClient, toFake, length);
                toFake.flush();
            }
        } finally {
            closeQuietly(client);
        }
    }

    private static long contentLength(List<String> head) {
        long length = 0;
        for (String line : head.subList(1, head.size())) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:")) {
                return -1;
            }
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return length;
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the client closed the tunnel mid-request");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        return readHead(in, new ByteArrayOutputStream());
    }

    /** Reads one head byte by byte (nothing past its blank line: the TLS or the body that follows is not ours to take). */
    private static List<String> readHead(InputStream in, ByteArrayOutputStream raw) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            raw.write(b);
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
            if (raw.size() > 64 * 1024) {
                throw new IOException("request head over 64 KB");
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    private static void answer(Socket client, String status) throws IOException {
        String connection = status.startsWith("200") ? "" : "Content-Length: 0\r\nConnection: close\r\n";
        client.getOutputStream().write(("HTTP/1.1 " + status + "\r\n" + connection + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        client.getOutputStream().flush();
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /**
     * A key pair and a self-signed certificate for the gateway hosts, made by the JDK's keytool: no private key in
     * the repository, a new one per test run.
     */
    private static KeyStore gatewayKeys(Path directory) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        Path keystore = directory.resolve("gateways.p12");
        Files.deleteIfExists(keystore);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = List.of(keytool, "-genkeypair", "-alias", KEY_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + GATEWAY_HOSTS.get(0), "-ext", "SAN=" + String.join(",", GATEWAY_HOSTS.stream().map(h -> "dns:" + h).toList()),
                "-validity", "7", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(KEYSTORE_PASSWORD), "-keypass", new String(KEYSTORE_PASSWORD));
        Process keytoolRun = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(keytoolRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytoolRun.waitFor(60, TimeUnit.SECONDS) || keytoolRun.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool made the egress proxy's key", e);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, KEYSTORE_PASSWORD);
        }
        return keys;
    }

    private static String pem(Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
