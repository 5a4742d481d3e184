package org.secureaccess.keycloak.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.secureaccess.keycloak.permissions.PermissionMatrix.Body;
import org.secureaccess.keycloak.permissions.PermissionMatrix.Endpoint;

/**
 * The permission matrix cannot drift: docs/security.md prints exactly {@link PermissionMatrix}'s table, and the table
 * has a row for every REST method of every resource the extension registers (found through its service files), and
 * no row for a method that does not exist.
 */
class PermissionMatrixTest {

    static final String BEGIN = "<!-- permission-matrix:begin (generated from PermissionMatrix.java; PermissionMatrixTest checks it) -->";
    static final String END = "<!-- permission-matrix:end -->";

    @Test
    void docsSecurityMdShowsTheTestedTable() throws IOException {
        Path docs = project().resolve("docs/security.md");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, docs + " has the generated block between\n" + BEGIN + "\nand\n" + END);
        String documented = text.substring(begin + BEGIN.length(), end).strip() + "\n";
        assertEquals(PermissionMatrix.markdown(), documented,
                "docs/security.md's permission table differs from PermissionMatrix; put this between the markers:\n" + PermissionMatrix.markdown());
    }

    @Test
    void theTableHasOneRowPerRestMethodTheExtensionRegisters() throws Exception {
        Set<String> registered = new TreeSet<>();
        for (String factoryClass : services(AdminRealmResourceProviderFactory.class)) {
            AdminRealmResourceProviderFactory factory = (AdminRealmResourceProviderFactory) Class.forName(factoryClass).getDeclaredConstructor()
                    .newInstance();
            AdminRealmResourceProvider provider = factory.create(null);
            // Our providers only keep their arguments here; the resource's methods are what matters.
            Class<?> resource = provider.getResource(null, null, null, null).getClass();
            registered.addAll(methods("/admin/realms/{realm}/" + factory.getId(), resource));
        }
        for (String factoryClass : services(RealmResourceProviderFactory.class)) {
            RealmResourceProviderFactory factory = (RealmResourceProviderFactory) Class.forName(factoryClass).getDeclaredConstructor().newInstance();
            Class<?> resource = factory.create(null).getResource().getClass();
            registered.addAll(methods("/realms/{realm}/" + factory.getId(), resource));
        }
        Set<String> tabled = new TreeSet<>();
        for (Endpoint endpoint : PermissionMatrix.ENDPOINTS) {
            String path = endpoint.path().replaceAll("\\?.*", "");
            String absolute = path.startsWith("/realms/") ? path : "/admin/realms/{realm}/" + path;
            tabled.add(endpoint.method() + " " + absolute + " " + consumes(endpoint.body()));
        }
        assertTrue(registered.size() >= 15, "found the extension's REST methods: " + registered);
        assertEquals(registered, tabled, "every REST method needs a row in PermissionMatrix (and every row a method)");
    }

    private static String consumes(Body body) {
        return switch (body) {
            case NONE -> "-";
            case PLAIN_TEXT -> MediaType.WILDCARD;
            case RECORDS_CSV -> "text/csv";
            default -> MediaType.APPLICATION_JSON;
        };
    }

    /**
     * Addresses that take no token by design: the cancel links of the lost-second-factor route (the unguessable token
     * in the address is the authority) and the administrators' page (static; its script signs the reader in).
     */
    private static final Set<String> NO_TOKEN_BY_DESIGN = Set.of("/realms/{realm}/secure-access/recovery", "/realms/{realm}/secure-access/admin");

    private static List<String> methods(String base, Class<?> resource) {
        List<String> found = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            String http = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                    : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
            String full = base + (path == null ? "" : "/" + path.value().replace("{userId}", "{id}"));
            if (http == null) {
                // A sub-resource locator: its resource's methods are endpoints too, except those that take no token by
                // design (docs/security.md lists them below the table).
                if (path != null && !NO_TOKEN_BY_DESIGN.contains(full)) {
                    found.addAll(methods(full, method.getReturnType()));
                }
                continue;
            }
            Consumes consumes = method.getAnnotation(Consumes.class);
            // A method taking several types (text/csv and application/csv) is one row, under the first.
            found.add(http + " " + full + " " + (consumes == null ? "-" : consumes.value()[0]));
        }
        return found;
    }

    /** Our own service file (not a dependency's of the same name). */
    private static List<String> services(Class<?> spi) throws IOException {
        Path file = project().resolve("src/main/resources/META-INF/services/" + spi.getName());
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static Path project() {
        return Path.of(System.getProperty("basedir", "."));
    }
}
