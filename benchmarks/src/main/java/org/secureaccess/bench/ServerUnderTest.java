package org.secureaccess.bench;

import java.io.IOException;
import java.util.List;

/** What the measuring loop needs of the Keycloak under load: one server, or a cluster of them. */
interface ServerUnderTest {

    /** Where the load client sends its virtual users (Gatling gives each one of them, in turn). */
    List<String> baseUrls();

    /** User plus system CPU time of the server processes so far, in milliseconds. */
    long cpuMillis() throws IOException;

    /** Time the JIT compilers have spent compiling so far, in milliseconds. */
    long jitMillis() throws IOException, InterruptedException;

    boolean alive();

    void start() throws IOException, InterruptedException;

    void stop() throws InterruptedException;
}
