package com.fks.copilot.gateway.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.SummaryText;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An external tool's audit record ({@code POST /audit/risk}, {@code /audit/orb}; TASK-705), validated whole
 * at the edge: unknown fields, wrong types and out-of-range values are a 400 naming the field. What is
 * journaled is the record as canonical JSON (only the known fields, each of its type; {@code time}
 * always set), which the drain stores as an 'external' row.
 */
public final class AuditNoteRequest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final int MAX_REASON = 500;
    private static final String[] SHARED = {"time", "symbol", "session", "metadata"};
    private static final String[] RISK = {"event_type", "side", "blocked", "reason", "daily_pnl", "open_trades",
            "account_size", "risk_pct"};
    private static final String[] ORB = {"status", "or_high", "or_low", "atr_value", "long_trigger", "short_trigger",
            "breakout", "direction", "trigger_price", "bar_count"};

    private final byte kind;
    private final Instant time;
    private final String json;

    private AuditNoteRequest(byte kind, Instant time, String json) {
        this.kind = kind;
        this.time = time;
        this.json = json;
    }

    /** A risk record: {@code event_type} required; the rest optional. {@code now} stamps a record without a {@code time}. */
    public static AuditNoteRequest risk(byte[] body, Instant now) {
        JsonInput in = JsonInput.parse(body).only(fields(RISK));
        ObjectNode out = shared(in, now, false);
        out.put("event_type", name(in, "event_type"));
        if (in.has("side")) {
            out.put("side", in.side("side", false) == EngineEvent.SIDE_LONG ? "LONG" : "SHORT");
        }
        out.put("blocked", in.flag("blocked"));
        if (in.has("reason")) {
            String reason = in.text("reason");
            if (reason.length() > MAX_REASON) {
                throw new BadRequest("reason", "reason is " + reason.length() + " characters; at most " + MAX_REASON);
            }
            out.put("reason", reason);
        }
        if (in.has("daily_pnl")) {
            out.put("daily_pnl", in.dollarsAsCents("daily_pnl") / 100.0);
        }
        if (in.has("open_trades")) {
            out.put("open_trades", whole(in, "open_trades", 1_000));
        }
        if (in.has("account_size")) {
            out.put("account_size", positive(in, "account_size", JsonInput.MAX_DOLLARS));
        }
        if (in.has("risk_pct")) {
            out.put("risk_pct", between(in, "risk_pct", 0, 100));
        }
        return finish(EventType.NOTE_RISK, in, out);
    }

    /** An ORB record: {@code symbol} required; {@code status} defaults to EXTERNAL; the rest optional. */
    public static AuditNoteRequest orb(byte[] body, Instant now) {
        JsonInput in = JsonInput.parse(body).only(fields(ORB));
        ObjectNode out = shared(in, now, true);
        out.put("status", in.has("status") ? name(in, "status") : "EXTERNAL");
        for (String price : new String[] {"or_high", "or_low", "long_trigger", "short_trigger", "trigger_price"}) {
            if (in.has(price)) {
                out.put(price, positive(in, price, JsonInput.MAX_PRICE_POINTS));
            }
        }
        if (in.has("atr_value")) {
            out.put("atr_value", between(in, "atr_value", 0, JsonInput.MAX_PRICE_POINTS));
        }
        out.put("breakout", in.flag("breakout"));
        if (in.has("direction")) {
            out.put("direction", in.side("direction", false) == EngineEvent.SIDE_LONG ? "LONG" : "SHORT");
        }
        if (in.has("bar_count")) {
            out.put("bar_count", whole(in, "bar_count", 1_440));
        }
        return finish(EventType.NOTE_ORB, in, out);
    }

    private static String[] fields(String[] own) {
        String[] all = new String[SHARED.length + own.length];
        System.arraycopy(SHARED, 0, all, 0, SHARED.length);
        System.arraycopy(own, 0, all, SHARED.length, own.length);
        return all;
    }

    private static ObjectNode shared(JsonInput in, Instant now, boolean symbolRequired) {
        ObjectNode out = JSON.createObjectNode();
        out.put("time", (in.has("time") ? in.instant("time") : now).toString());
        if (symbolRequired || in.has("symbol")) {
            out.put("symbol", in.instrument("symbol").symbol());
        }
        if (in.has("session")) {
            out.put("session", name(in, "session"));
        }
        if (in.has("metadata")) {
            JsonNode metadata = in.raw("metadata");
            if (!metadata.isObject()) {
                throw new BadRequest("metadata", "metadata must be a JSON object");
            }
            out.set("metadata", metadata);
        }
        return out;
    }

    private static AuditNoteRequest finish(byte kind, JsonInput in, ObjectNode out) {
        String json = out.toString();
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SummaryText.CAPACITY) {
            throw new BadRequest(in.has("metadata") ? "metadata" : "body", "the record is " + bytes
                    + " bytes as JSON; at most " + SummaryText.CAPACITY + " are kept");
        }
        return new AuditNoteRequest(kind, Instant.parse(out.get("time").asText()), json);
    }

    /** A short name: letters, digits, {@code _ . -}, 1 to 40 characters. */
    private static String name(JsonInput in, String field) {
        String text = in.text(field);
        if (!NAME.matcher(text).matches()) {
            throw new BadRequest(field, field + " must be 1 to 40 letters, digits, '_', '.' or '-'");
        }
        return text;
    }

    private static int whole(JsonInput in, String field, int max) {
        JsonNode value = in.raw(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0 || value.asInt() > max) {
            throw new BadRequest(field, field + " must be a whole number from 0 to " + max);
        }
        return value.asInt();
    }

    private static double positive(JsonInput in, String field, double max) {
        double value = in.number(field);
        if (value <= 0 || value > max) {
            throw new BadRequest(field, field + " must be positive and at most " + (long) max);
        }
        return value;
    }

    private static double between(JsonInput in, String field, double min, double max) {
        double value = in.number(field);
        if (value < min || value > max) {
            throw new BadRequest(field, field + " must be from " + (long) min + " to " + (long) max);
        }
        return value;
    }

    /** Fills the ring slot: an AUDIT_NOTE carrying the canonical record. */
    public void fill(EngineEvent event) {
        event.type = EventType.AUDIT_NOTE;
        event.summaryKind = kind;
        event.eventTimeNanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
        event.summaryLength = SummaryText.encode(json, event.summary);
    }

    public String json() {
        return json;
    }
}
