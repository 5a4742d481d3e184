package org.secureaccess.keycloak.evidence.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.secureaccess.keycloak.evidence.records.ImportReport.Mode;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.hashing.KeyedHashUnavailableException;

/**
 * The realm's records of record, for the {@code reference-records} evidence verifier.
 *
 * <ul>
 *   <li>{@code POST import?mode=replace|merge} with {@code text/csv} or {@code application/json}: streamed, stored in
 *       batches of {@value RecordImporter#DEFAULT_BATCH_SIZE} rows, answered with a per-row report that never holds a
 *       value.</li>
 *   <li>{@code GET summary}: how many people, accounts and phones; counts only, never a value.</li>
 *   <li>{@code DELETE records}: removes them all.</li>
 * </ul>
 * Importing and removing need the realm role {@value ReferenceRecordsAdminResourceProviderFactory#ROLE_NAME} (see
 * {@link org.secureaccess.keycloak.shared.admin.DutyRole}): what proofing matches people against is not the helpdesk's
 * to change, so {@code manage-users} is not enough. The summary needs that role or {@code view-users}.
 * Every import and removal is one admin event (resource type {@value #RESOURCE_TYPE}) holding counts only.
 * One import or removal runs per realm at a time on each server node.
 */
public class ReferenceRecordsAdminResource {

    static final String RESOURCE_TYPE = "SECURE_ACCESS_REFERENCE_RECORDS";
    static final String CSV = "text/csv";
    static final String CSV_ALTERNATIVE = "application/csv";

    private static final Logger LOG = Logger.getLogger(ReferenceRecordsAdminResource.class);
    /** Realms with an import or removal running on this node. */
    private static final Set<String> BUSY = ConcurrentHashMap.newKeySet();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    ReferenceRecordsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    private interface SourceOpener {
        RecordSource open(InputStream in) throws IOException, ImportFileException;
    }

    @POST
    @Path("import")
    @Consumes({CSV, CSV_ALTERNATIVE})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(@QueryParam("mode") String mode, InputStream body) {
        return importRecords(mode, body, CsvRecordSource::new);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importJson(@QueryParam("mode") String mode, InputStream body) {
        return importRecords(mode, body, JsonRecordSource::new);
    }

    /**
     * Any other body type: a clear 415 of our own. (Left to the framework, an unmatched sub-resource method ends
     * in a 500 on Keycloak 26.7.)
     */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importOther(@QueryParam("mode") String mode) {
        ReferenceRecordsAdminResourceProviderFactory.ROLE.require(session, realm, auth);
        return json(Response.Status.UNSUPPORTED_MEDIA_TYPE, Map.of("error", "unsupported_media_type",
                "accepted", List.of(CSV, CSV_ALTERNATIVE, MediaType.APPLICATION_JSON)));
    }

    private Response importRecords(String modeParameter, InputStream body, SourceOpener opener) {
        ReferenceRecordsAdminResourceProviderFactory.ROLE.require(session, realm, auth);
        Mode mode = Mode.parse(modeParameter);
        if (mode == null) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid_mode", "modes", List.of("replace", "merge")));
        }
        KeyedHashProvider hash = session.getProvider(KeyedHashProvider.class);
        try {
            hash.hash(RecordHashes.TAX_ID, "availability");
        } catch (KeyedHashUnavailableException e) {
            LOG.warnf("Reference records cannot be imported into realm %s: %s", realm.getName(), e.getMessage());
            return json(Response.Status.SERVICE_UNAVAILABLE, Map.of("error", RecordImporter.FAILED_HASHING));
        }
        if (!BUSY.add(realm.getId())) {
            return json(Response.Status.CONFLICT, Map.of("error", "busy"));
        }
        try (RecordSource source = opener.open(body)) {
            String importId = KeycloakModelUtils.generateId();
            RecordImporter importer = new RecordImporter(new ImportRowParser(today()), new RecordHashes(hash::hash, realm.getId()),
                    new JpaRecordWriter(session.getKeycloakSessionFactory(), realm.getId(), importId, RecordImporter.DEFAULT_BATCH_SIZE),
                    RecordImporter.DEFAULT_BATCH_SIZE);
            ImportReport report = importer.run(source, mode);
            LOG.infof("Reference records %s import %s into realm %s: %d rows, %d imported, %d rejected, %d removed%s", mode.value(),
                    importId, realm.getName(), report.rows(), report.imported(), report.rejected(), report.removed(),
                    report.failure() == null ? "" : ", stopped: " + report.failure());
            event(OperationType.ACTION, report.counts());
            return json(statusOf(report), report.toJson());
        } catch (ImportFileException e) {
            return json(Response.Status.BAD_REQUEST, e.toJson());
        } catch (IOException e) {
            // Reading the header failed; the message may quote the input, so it is not used.
            String reason = e instanceof CharacterCodingException ? RecordImporter.ENCODING
                    : e instanceof CsvReader.CsvFormatException ? ImportReport.MALFORMED : RecordImporter.UNREADABLE;
            return json(Response.Status.BAD_REQUEST, Map.of("error", reason));
        } finally {
            BUSY.remove(realm.getId());
        }
    }

    private static Response.Status statusOf(ImportReport report) {
        if (report.failure() == null) {
            return Response.Status.OK;
        }
        return switch (report.failure()) {
            case RecordImporter.FAILED_UNREADABLE -> Response.Status.BAD_REQUEST;
            case RecordImporter.FAILED_HASHING -> Response.Status.SERVICE_UNAVAILABLE;
            default -> Response.Status.INTERNAL_SERVER_ERROR;
        };
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(Time.currentTimeMillis()), ZoneOffset.UTC);
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> summary() {
        ReferenceRecordsAdminResourceProviderFactory.ROLE.requireOrViewUsers(session, realm, auth);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        ReferenceRecordStore.Summary summary = new ReferenceRecordStore(em).summary(realm.getId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("people", summary.people());
        body.put("accounts", summary.accounts());
        body.put("phones", summary.phones());
        return body;
    }

    @DELETE
    @Path("records")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteAll() {
        ReferenceRecordsAdminResourceProviderFactory.ROLE.require(session, realm, auth);
        if (!BUSY.add(realm.getId())) {
            return json(Response.Status.CONFLICT, Map.of("error", "busy"));
        }
        try {
            long removed = JpaRecordWriter.removeAll(session.getKeycloakSessionFactory(), realm.getId(), RecordImporter.DEFAULT_BATCH_SIZE);
            LOG.infof("Reference records of realm %s removed: %d people", realm.getName(), removed);
            event(OperationType.DELETE, Map.of("removed", removed));
            return json(Response.Status.OK, Map.of("removed", removed));
        } finally {
            BUSY.remove(realm.getId());
        }
    }

    private void event(OperationType operation, Map<String, Object> counts) {
        AdminEventBuilder event = adminEvent.operation(operation).resource(RESOURCE_TYPE).resourcePath(session.getContext().getUri())
                .representation(counts);
        counts.forEach((key, value) -> event.detail(key, String.valueOf(value)));
        event.success();
    }

    private static Response json(Response.Status status, Object body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).build();
    }
}
