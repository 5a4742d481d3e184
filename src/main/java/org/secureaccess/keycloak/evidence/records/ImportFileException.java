package org.secureaccess.keycloak.evidence.records;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file cannot be imported at all (no rows were read): empty, a bad CSV header, JSON that is not an array. The
 * details name columns and positions, never a value.
 */
final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String error;
    private final transient Map<String, Object> details;

    ImportFileException(String error, Map<String, Object> details) {
        super(error);
        this.error = error;
        this.details = new LinkedHashMap<>(details);
    }

    ImportFileException(String error) {
        this(error, Map.of());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.putAll(details);
        return json;
    }
}
