package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NinjaTrader bridge's {@code POST /executions} body (issue 20), validated whole before anything
 * enters the ring: the account and its executions, each journaled as one EXECUTION event. Execution and
 * order ids travel as SHA-256 hashes (128 and 64 bits): the engine only needs to recognise them.
 */
public record ExecutionsReport(String account, List<Execution> executions) {
    /** The most executions one request may carry. */
    public static final int MAX_EXECUTIONS = 64;
    /** The longest execution or order id taken (NinjaTrader's are 32 hex digits). */
    public static final int MAX_ID_LENGTH = 64;

    /** One validated execution; price fixed-point on the contract's tick grid, commission in cents. */
    public record Execution(long idHigh, long idLow, long orderDigest, int instrument, byte side, long quantity,
                            long price, long timeNanos, long commissionCents) {
    }

    public static ExecutionsReport parse(byte[] body) {
        JsonInput json = JsonInput.parse(body).only("account", "executions");
        return new ExecutionsReport(PositionsUpdate.account(json), items(json, false));
    }

    /**
     * The {@code executions} array of {@code json}, each validated; an id listed twice is refused. Empty only
     * when {@code emptyAllowed} (inside a positions push, where most pushes carry none).
     */
    static List<Execution> items(JsonInput json, boolean emptyAllowed) {
        List<Execution> executions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonInput> items = json.objects("executions", MAX_EXECUTIONS);
        if (items.isEmpty() && !emptyAllowed) {
            throw new BadRequest(json.name("executions"), "executions must list at least one execution");
        }
        for (JsonInput item : items) {
            item.only("execution_id", "order_id", "instrument", "side", "quantity", "price", "time", "commission");
            String id = id(item, "execution_id");
            if (!ids.add(id)) {
                throw new BadRequest(item.name("execution_id"), "execution " + id + " is listed twice");
            }
            String order = id(item, "order_id");
            Instrument instrument = item.instrument("instrument");
            byte side = switch (item.text("side")) {
                case "BUY" -> EngineEvent.SIDE_LONG;
                case "SELL" -> EngineEvent.SIDE_SHORT;
                default -> throw new BadRequest(item.name("side"), item.name("side") + " must be BUY or SELL, in capitals");
            };
            long quantity = item.positiveQuantity("quantity");
            long price = item.tickPrice("price", instrument);
            Instant time = item.instant("time");
            long commission = item.has("commission") ? item.dollarsAsCents("commission") : 0;
            if (commission < 0) {
                throw new BadRequest(item.name("commission"), item.name("commission") + " must not be negative");
            }
            ByteBuffer idHash = ByteBuffer.wrap(sha256(id));
            long high = idHash.getLong();
            long low = idHash.getLong();
            executions.add(new Execution(high, low, ByteBuffer.wrap(sha256(order)).getLong(), instrument.index(), side,
                    quantity, price, time.getEpochSecond() * 1_000_000_000L + time.getNano(), commission));
        }
        return List.copyOf(executions);
    }

    private static String id(JsonInput item, String field) {
        String id = item.text(field);
        if (id.length() > MAX_ID_LENGTH || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadRequest(item.name(field), item.name(field) + " must be 1 to " + MAX_ID_LENGTH + " visible ASCII characters");
        }
        return id;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Fills a cleared ring slot with execution {@code n}. */
    public void fill(int n, EngineEvent event) {
        Execution e = executions.get(n);
        event.type = EventType.EXECUTION;
        event.setAccount(account);
        event.requestKeyHigh = e.idHigh();
        event.requestKeyLow = e.idLow();
        event.requestDigest = e.orderDigest();
        event.instrument = e.instrument();
        event.side = e.side();
        event.quantity = e.quantity();
        event.price = e.price();
        event.eventTimeNanos = e.timeNanos();
        event.amount = e.commissionCents();
    }
}
