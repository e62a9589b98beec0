package com.fks.copilot.journal.drain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * An AUDIT_NOTE's record as the edge journaled it: canonical JSON the gateway validated, so a field
 * is either absent (stored NULL) or of its type. Drain thread only.
 */
final class AuditNote {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode node;

    private AuditNote(JsonNode node) {
        this.node = node;
    }

    static AuditNote parse(String json) {
        try {
            return new AuditNote(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("an AUDIT_NOTE in the input journal is not JSON", e);
        }
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String text(String field) {
        JsonNode value = value(field);
        return value == null ? null : value.asText();
    }

    BigDecimal decimal(String field) {
        JsonNode value = value(field);
        return value == null ? null : value.decimalValue();
    }

    Integer integer(String field) {
        JsonNode value = value(field);
        return value == null ? null : value.intValue();
    }

    boolean flag(String field) {
        JsonNode value = value(field);
        return value != null && value.asBoolean();
    }

    /** The field as JSON text (an object), or null. */
    String json(String field) {
        JsonNode value = value(field);
        return value == null ? null : value.toString();
    }
}
