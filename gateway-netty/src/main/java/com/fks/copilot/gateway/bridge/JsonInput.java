package com.fks.copilot.gateway.bridge;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON object field by field, refusing anything off with a {@link BadRequest} that names
 * the field. Numbers must be finite: NaN and Infinity are not JSON, but a C# or JavaScript client
 * writes them for a missing value, so they are read as numbers and refused by the field that holds
 * them rather than as an unreadable body.
 */
public final class JsonInput {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    /** A root, optionally followed by NinjaTrader's contract month: "MGC" or "MGC 02-27". */
    private static final Pattern CONTRACT = Pattern.compile("([A-Z]{2,3})(?: (?:0[1-9]|1[0-2])-[0-9]{2})?");
    /** The earliest timestamp taken at the edge. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The first timestamp no longer taken at the edge. */
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** Far above any contract's price, far below where fixed-point prices ({@link Prices#SCALE}) overflow. */
    static final double MAX_PRICE_POINTS = 10_000_000;
    /** Far above any account's P&L on a contract, far below where sums of cents overflow. */
    static final double MAX_DOLLARS = 1_000_000_000;
    private final JsonNode node;
    private final String path;

    private JsonInput(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static JsonInput parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("body", "request body is empty; a JSON object is expected");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadRequest("body", "request body must be a JSON object");
            }
            return new JsonInput(node, "");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
            if (duplicate.find()) {
                throw new BadRequest(duplicate.group(1), duplicate.group(1) + " is given twice; send each field once");
            }
            throw new BadRequest("body", "request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("body", "request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Refuses any field but {@code known}: a misspelt {@code "stpo"} must not silently mean "no stop".
     * Returns this input, for chaining.
     */
    public JsonInput only(String... known) {
        java.util.Set<String> allowed = java.util.Set.of(known);
        var names = node.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw new BadRequest(name(field), "unknown field " + name(field) + "; this request takes "
                        + String.join(", ", known));
            }
        }
        return this;
    }

    /** The field's full path, e.g. {@code positions[1].quantity}. */
    public String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadRequest(name(field), name(field) + " is required");
        }
        return value;
    }

    public String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new BadRequest(name(field), name(field) + " must be a non-empty string");
        }
        return value.asText();
    }

    public double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new BadRequest(name(field), name(field) + " must be a finite number");
        }
        return value.asDouble();
    }

    public long positiveQuantity(String field) {
        JsonNode value = required(field);
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() <= 0 || value.asLong() > 10_000) {
            throw new BadRequest(name(field), name(field) + " must be a whole number of contracts from 1 to 10000");
        }
        return value.asLong();
    }

    public long nonNegativeQuantity(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > 10_000) {
            throw new BadRequest(name(field), name(field) + " must be a whole number of contracts from 0 to 10000");
        }
        return value.asLong();
    }

    /**
     * A contract exactly as documented: its root ({@code MGC}; {@code HG} is read as MHG, as
     * {@link Instruments} and the NinjaTrader bridge read it) or NinjaTrader's name for one of its
     * months, root, one space, {@code MM-YY}
     * ({@code MGC 02-27}). Lower case, padding, other separators and months outside 01–12 are refused,
     * not guessed at.
     */
    public Instrument instrument(String field) {
        String text = text(field);
        Matcher name = CONTRACT.matcher(text);
        return (name.matches() ? Instruments.bySymbol(name.group(1)) : Optional.<Instrument>empty())
                .orElseThrow(() -> new BadRequest(name(field), name(field) + " must be a contract root (MGC, MNQ, MES, MCL,"
                        + " SIL, MHG) or NinjaTrader's \"ROOT MM-YY\" (MGC 02-27), exactly so; got " + (text.length() > 40 ? text.substring(0, 40) + "…" : text)));
    }

    /** {@code LONG} or {@code SHORT} exactly, as the NinjaTrader bridge sends them; {@code FLAT} only when {@code flatAllowed}. */
    public byte side(String field, boolean flatAllowed) {
        return switch (text(field)) {
            case "LONG" -> EngineEvent.SIDE_LONG;
            case "SHORT" -> EngineEvent.SIDE_SHORT;
            case "FLAT" -> {
                if (!flatAllowed) {
                    throw new BadRequest(name(field), name(field) + " must be LONG or SHORT");
                }
                yield EngineEvent.SIDE_FLAT;
            }
            default -> throw new BadRequest(name(field), name(field) + " must be LONG or SHORT" + (flatAllowed ? " or FLAT" : "")
                    + ", in capitals");
        };
    }

    /**
     * An instant given as ISO-8601 ({@code 2026-11-24T14:31:05Z}) or whole epoch milliseconds, from
     * {@link #EARLIEST} up to (not including) {@link #LATEST}: anything outside is a clock or a unit gone wrong.
     */
    public Instant instant(String field) {
        JsonNode value = required(field);
        Instant instant = null;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            instant = Instant.ofEpochMilli(value.asLong());
        } else if (value.isTextual()) {
            try {
                instant = Instant.parse(value.asText());
            } catch (DateTimeParseException unparseable) {
                // refused below
            }
        }
        if (instant == null) {
            throw new BadRequest(name(field), name(field) + " must be ISO-8601 (2026-11-24T14:31:05Z) or whole epoch milliseconds");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new BadRequest(name(field), name(field) + " " + instant + " is outside " + EARLIEST + " to " + LATEST);
        }
        return instant;
    }

    /** A positive price in points, as fixed-point (not necessarily on the tick grid: a broker's average price is not). */
    public long positivePrice(String field) {
        double points = number(field);
        if (points <= 0 || points > MAX_PRICE_POINTS) {
            throw new BadRequest(name(field), name(field) + " must be a positive price of at most "
                    + (long) MAX_PRICE_POINTS + " points");
        }
        return Prices.toFixed(points);
    }

    /** An amount of dollars (may be negative) as cents, within ±{@link #MAX_DOLLARS}. */
    public long dollarsAsCents(String field) {
        double dollars = number(field);
        if (Math.abs(dollars) > MAX_DOLLARS) {
            throw new BadRequest(name(field), name(field) + " must be within ±" + (long) MAX_DOLLARS + " dollars");
        }
        return Math.round(dollars * 100);
    }

    /** A positive price on the contract's tick grid, as fixed-point. */
    public long tickPrice(String field, Instrument instrument) {
        long fixed = positivePrice(field);
        if (!instrument.isOnTickGrid(fixed)) {
            throw new BadRequest(name(field), name(field) + " " + Prices.toPoints(fixed) + " is not on " + instrument.symbol()
                    + "'s " + instrument.tickSize() + " tick grid");
        }
        return fixed;
    }

    public boolean flag(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadRequest(name(field), name(field) + " must be true or false");
        }
        return value.asBoolean();
    }

    /** The elements of an array field as objects, with their paths ({@code positions[0]}). */
    public java.util.List<JsonInput> objects(String field, int max) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw new BadRequest(name(field), name(field) + " must be an array");
        }
        if (value.size() > max) {
            throw new BadRequest(name(field), name(field) + " has " + value.size() + " entries; at most " + max);
        }
        java.util.List<JsonInput> items = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String itemPath = name(field) + "[" + i + "]";
            if (!value.get(i).isObject()) {
                throw new BadRequest(itemPath, itemPath + " must be an object");
            }
            items.add(new JsonInput(value.get(i), itemPath));
        }
        return items;
    }

    public JsonNode raw(String field) {
        return node.get(field);
    }
}
