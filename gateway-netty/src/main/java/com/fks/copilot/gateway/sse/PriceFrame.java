package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.MinuteBar;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live part of a card as one SSE frame ({@code event: mgc-price}), written straight into a
 * buffer from the engine's fixed-point prices: no String, no BigDecimal, nothing allocated per trade.
 * The data is a small JSON object — last price and change as quoted, session high and low (so the
 * price never shows outside them), direction, the feed sequence, the event-time minute the trade
 * falls in (for the card's chart) and when the tick entered the ring (for measuring tick → screen):
 * <pre>{"symbol":"MGC","seq":7,"price":"5212.3","close":5212.3,"change":"+4.0 (+0.08%)","high":"5213.0",
 * "low":"5201.5","direction":"up","minute":1764858600,"t":1764858612345678}</pre>
 * The browser patches the card with it; the rest of the card arrives coalesced as {@code mgc-update}.
 * One instance per writing thread (it keeps a digit scratch buffer).
 */
public final class PriceFrame {
    private static final byte[] PRICE = ascii(",\"price\":\"");
    private static final byte[] CLOSE = ascii("\",\"close\":");
    private static final byte[] CHANGE = ascii(",\"change\":\"");
    private static final byte[] HIGH = ascii("%)\",\"high\":\"");
    private static final byte[] LOW = ascii("\",\"low\":\"");
    private static final byte[] DIRECTION = ascii("\",\"direction\":\"");
    private static final byte[] UP = ascii("up");
    private static final byte[] DOWN = ascii("down");
    private static final byte[] FLAT = ascii("flat");
    private static final byte[] MINUTE = ascii("\",\"minute\":");
    private static final byte[] INGRESS = ascii(",\"t\":");
    private static final byte[] END = ascii("}\n\n");

    /** Per contract: {@code event: mgc-price\ndata: {"symbol":"MGC","seq":}. */
    private final byte[][] heads = new byte[Instruments.count()][];
    private final byte[] digits = new byte[20];

    public PriceFrame() {
        for (Instrument spec : Instruments.all()) {
            heads[spec.index()] = ascii("event: " + eventName(spec) + "\ndata: {\"symbol\":\"" + spec.symbol() + "\",\"seq\":");
        }
    }

    /** {@code mgc-price} …: the SSE event a contract's live price travels as. */
    public static String eventName(Instrument spec) {
        return spec.symbol().toLowerCase(Locale.ROOT) + "-price";
    }

    /**
     * Appends one frame to {@code out}.
     *
     * @param ingressEpochMicros wall-clock time the tick entered the ring, epoch micros (the browser compares it
     *                           with {@code performance.timeOrigin + performance.now()})
     */
    public void write(ByteBuf out, Instrument spec, long last, long open, long high, long low, long sequence,
                      long eventTimeNanos, long ingressEpochMicros) {
        int decimals = spec.decimals();
        long delta = last - open;
        out.writeBytes(heads[spec.index()]);
        writeLong(out, sequence);
        out.writeBytes(PRICE);
        writePrice(out, last, decimals);
        out.writeBytes(CLOSE);
        writePrice(out, last, decimals);
        out.writeBytes(CHANGE);
        if (delta > 0) {
            out.writeByte('+');
        }
        writePrice(out, delta, decimals);
        out.writeByte(' ').writeByte('(');
        if (delta > 0) {
            out.writeByte('+');
        }
        writeFixed(out, Prices.changeBasisPoints(delta, open), 2);
        out.writeBytes(HIGH);
        writePrice(out, high, decimals);
        out.writeBytes(LOW);
        writePrice(out, low, decimals);
        out.writeBytes(DIRECTION);
        out.writeBytes(delta > 0 ? UP : delta < 0 ? DOWN : FLAT);
        out.writeBytes(MINUTE);
        writeLong(out, Math.floorDiv(eventTimeNanos, MinuteBar.NANOS) * 60);
        out.writeBytes(INGRESS);
        writeLong(out, ingressEpochMicros);
        out.writeBytes(END);
    }

    private void writePrice(ByteBuf out, long fixed, int decimals) {
        writeFixed(out, Prices.roundedUnits(fixed, decimals), decimals);
    }

    /** {@code units} of {@code 10^-decimals} as plain decimal text: 52123 at 1 decimal is {@code 5212.3}. */
    private void writeFixed(ByteBuf out, long units, int decimals) {
        if (units < 0) {
            out.writeByte('-');
        }
        long magnitude = Math.abs(units);
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        writeLong(out, magnitude / scale);
        if (decimals > 0) {
            out.writeByte('.');
            long fraction = magnitude % scale;
            for (long d = scale / 10; d > 0; d /= 10) {
                out.writeByte('0' + (int) (fraction / d % 10));
            }
        }
    }

    private void writeLong(ByteBuf out, long value) {
        if (value < 0) {
            out.writeByte('-');
        }
        long rest = Math.abs(value);
        int at = digits.length;
        do {
            digits[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        out.writeBytes(digits, at, digits.length - at);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
