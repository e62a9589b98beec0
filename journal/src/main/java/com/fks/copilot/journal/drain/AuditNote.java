package com.fks.copilot.journal.drain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * An AUDIT_NOTE's record as the edge journaled it: canonical JSON the gateway validated, so a field
 * is either absent (stored NULL) or of its type. A BACKTEST record is read the same way. Drain thread only.
 */
final class AuditNote {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode node;

    private AuditNote(JsonNode node) {
        this.node = node;
    }

    static AuditNote parse(String json) {
        return parse(json, "an AUDIT_NOTE in the input journal");
    }

    /** {@code what}: the record, for the message when it is not JSON. */
    static AuditNote parse(String json, String what) {
        try {
            return new AuditNote(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(what + " is not JSON", e);
        }
    }

    /** A time as ISO-8601 with offset, or null. */
    java.time.OffsetDateTime time(String field) {
        String value = text(field);
        return value == null ? null : java.time.OffsetDateTime.parse(value);
    }

    /** The nested object {@code field} (absent: an empty one). */
    AuditNote object(String field) {
        JsonNode value = value(field);
        return new AuditNote(value == null ? JSON.createObjectNode() : value);
    }

    /** The whole record as JSON text. */
    String json() {
        return node.toString();
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
