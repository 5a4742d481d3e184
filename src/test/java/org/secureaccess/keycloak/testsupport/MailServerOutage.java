package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The realm's mail server down, until closed: its outgoing mail goes to a loopback port where nothing listens, so
 * every send is refused at once, as when the mail server has stopped. (The test framework's mail server itself can
 * not be stopped and started again within a run.)
 */
public final class MailServerOutage implements AutoCloseable {

    private final ManagedRealm realm;
    private final Map<String, String> working;

    private MailServerOutage(ManagedRealm realm, Map<String, String> working) {
        this.realm = realm;
        this.working = working;
    }

    public static MailServerOutage begin(ManagedRealm realm) {
        Map<String, String> working = realm.admin().toRepresentation().getSmtpServer();
        if (working == null || !working.containsKey("port")) {
            throw new IllegalStateException("The realm has no mail server to take down (inject the MailServer first)");
        }
        Map<String, String> down = new HashMap<>(working);
        down.put("port", String.valueOf(portWhereNothingListens()));
        setMailServer(realm, down);
        return new MailServerOutage(realm, working);
    }

    @Override
    public void close() {
        setMailServer(realm, working);
    }

    private static void setMailServer(ManagedRealm realm, Map<String, String> smtp) {
        RealmRepresentation change = new RealmRepresentation();
        change.setSmtpServer(new HashMap<>(smtp));
        realm.admin().update(change);
    }

    private static int portWhereNothingListens() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
