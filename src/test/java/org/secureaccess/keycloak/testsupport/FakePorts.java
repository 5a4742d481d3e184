package org.secureaccess.keycloak.testsupport;

/**
 * Where this test JVM's loopback fakes listen. The server suites (production mode, two nodes) run in a JVM of their
 * own, which shifts its fakes' fixed ports by {@code -Dsecureaccess.fakePortOffset} (0 for the shared server's suite;
 * set per failsafe execution in pom.xml), so that the two JVMs never take each other's ports, even when they overlap.
 */
public final class FakePorts {

    public static final int OFFSET = Integer.getInteger("secureaccess.fakePortOffset", 0);

    private FakePorts() {
    }

    /** The port a fake whose home port is {@code port} listens on in this JVM. */
    public static int shifted(int port) {
        return port + OFFSET;
    }
}
