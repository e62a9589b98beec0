package com.fks.copilot.gateway.feed;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a Massive WebSocket text frame (a JSON array of event objects, or one object) into
 * {@link FeedEvent}s, handing each to a listener as soon as its object is complete.
 *
 * <p>Hand-rolled over bytes because this runs for every trade: no tree, no boxed numbers, no
 * strings except for status events' text. Numbers are read as decimal digits straight into
 * fixed-point (8 decimals, exact for any quoted price) or whole longs, never through a double.
 * Keys are packed into a long (every Massive key is at most 7 ASCII characters) and compared as
 * numbers. A malformed frame stops at the first error: events already handed over stay handed
 * over, the rest of the frame is dropped and {@link #decode} returns false.
 *
 * <p>Not thread-safe: one decoder per connection (its event loop).
 */
public final class FeedMessageDecoder {
    private static final long PRICE_SCALE_DIGITS = 8;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static final long EV = key("ev");
    private static final long SYM = key("sym");
    private static final long P = key("p");
    private static final long S = key("s");
    private static final long T = key("t");
    private static final long Q = key("q");
    private static final long BP = key("bp");
    private static final long BS = key("bs");
    private static final long BT = key("bt");
    private static final long AP = key("ap");
    private static final long AS = key("as");
    private static final long AT = key("at");
    private static final long V = key("v");
    private static final long DV = key("dv");
    private static final long O = key("o");
    private static final long C = key("c");
    private static final long H = key("h");
    private static final long L = key("l");
    private static final long N = key("n");
    private static final long E = key("e");
    private static final long STATUS = key("status");
    private static final long MESSAGE = key("message");
    private static final long UNKNOWN_KEY = -1;

    private final FeedEvent event = new FeedEvent();
    private byte[] bytes = new byte[4096];
    private int pos;
    private int end;
    /** The number just read: {@code mantissa × 10^-fractionDigits}. */
    private long mantissa;
    private int fractionDigits;
    /** {@code s} means size on a trade but start time on a bar; kept raw until {@code ev} is known. */
    private long rawS;

    /** Decodes a frame's readable bytes without moving its reader index. */
    public boolean decode(ByteBuf frame, FeedEventListener listener) {
        int length = frame.readableBytes();
        if (bytes.length < length) {
            bytes = new byte[Math.max(length, bytes.length * 2)];
        }
        frame.getBytes(frame.readerIndex(), bytes, 0, length);
        return decodeCopied(length, listener);
    }

    /** Decodes {@code length} bytes of {@code frame} from {@code offset}. */
    public boolean decode(byte[] frame, int offset, int length, FeedEventListener listener) {
        if (bytes.length < length) {
            bytes = new byte[Math.max(length, bytes.length * 2)];
        }
        System.arraycopy(frame, offset, bytes, 0, length);
        return decodeCopied(length, listener);
    }

    private boolean decodeCopied(int length, FeedEventListener listener) {
        pos = 0;
        end = length;
        try {
            skipWhitespace();
            if (peek() == '[') {
                pos++;
                skipWhitespace();
                if (peek() == ']') {
                    return true;
                }
                while (true) {
                    readEvent(listener);
                    skipWhitespace();
                    byte next = take();
                    if (next == ']') {
                        return true;
                    }
                    if (next != ',') {
                        return false;
                    }
                    skipWhitespace();
                }
            }
            readEvent(listener);
            return true;
        } catch (MalformedFrame e) {
            return false;
        }
    }

    private void readEvent(FeedEventListener listener) {
        event.clear();
        rawS = 0;
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                long key = readKey();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                readValue(key);
                skipWhitespace();
                byte next = take();
                if (next == '}') {
                    break;
                }
                if (next != ',') {
                    throw MalformedFrame.INSTANCE;
                }
                skipWhitespace();
            }
        }
        if (event.type == FeedEvent.TRADE) {
            event.size = rawS;
        } else if (event.type == FeedEvent.MINUTE_BAR || event.type == FeedEvent.SECOND_BAR) {
            event.startMillis = rawS;
        }
        listener.onEvent(event);
    }

    private void readValue(long key) {
        if (key == EV) {
            readType();
        } else if (key == SYM) {
            readSymbol();
        } else if (key == STATUS) {
            event.status = readText();
        } else if (key == MESSAGE) {
            event.message = readText();
        } else if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
            readNumber();
            storeNumber(key);
        } else {
            skipValue();
        }
    }

    private void storeNumber(long key) {
        if (key == P) {
            event.price = fixed();
        } else if (key == S) {
            rawS = whole();
        } else if (key == T) {
            event.timeMillis = whole();
        } else if (key == Q) {
            event.sequence = whole();
        } else if (key == BP) {
            event.bidPrice = fixed();
        } else if (key == BS) {
            event.bidSize = whole();
        } else if (key == BT) {
            event.bidTimeMillis = whole();
        } else if (key == AP) {
            event.askPrice = fixed();
        } else if (key == AS) {
            event.askSize = whole();
        } else if (key == AT) {
            event.askTimeMillis = whole();
        } else if (key == V) {
            event.volume = whole();
        } else if (key == DV) {
            event.dollarVolume = mantissa / (double) POW10[fractionDigits];
        } else if (key == O) {
            event.open = fixed();
        } else if (key == C) {
            event.close = fixed();
        } else if (key == H) {
            event.high = fixed();
        } else if (key == L) {
            event.low = fixed();
        } else if (key == N) {
            event.transactions = whole();
        } else if (key == E) {
            event.endMillis = whole();
        }
    }

    /** {@code "ev"}: T, Q, AM, A or status; anything else is kept as {@link FeedEvent#UNKNOWN} and ignored downstream. */
    private void readType() {
        expect('"');
        int start = pos;
        skipStringBody();
        int length = pos - 1 - start;
        byte first = length > 0 ? bytes[start] : 0;
        if (length == 1 && first == 'T') {
            event.type = FeedEvent.TRADE;
        } else if (length == 1 && first == 'Q') {
            event.type = FeedEvent.QUOTE;
        } else if (length == 2 && first == 'A' && bytes[start + 1] == 'M') {
            event.type = FeedEvent.MINUTE_BAR;
        } else if (length == 1 && first == 'A') {
            event.type = FeedEvent.SECOND_BAR;
        } else if (length == 6 && first == 's') {
            event.type = FeedEvent.STATUS;
        } else {
            event.type = FeedEvent.UNKNOWN;
        }
    }

    private void readSymbol() {
        expect('"');
        int start = pos;
        skipStringBody();
        int length = pos - 1 - start;
        if (length > FeedEvent.SYMBOL_CAPACITY) {
            throw MalformedFrame.INSTANCE;
        }
        System.arraycopy(bytes, start, event.symbol, 0, length);
        event.symbolLength = length;
    }

    /** Status text; the only place a string is made. Escapes other than \" and \\ are kept as written. */
    private String readText() {
        if (peek() != '"') {
            skipValue();
            return null;
        }
        pos++;
        int start = pos;
        skipStringBody();
        return new String(bytes, start, pos - 1 - start, StandardCharsets.UTF_8).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private long readKey() {
        expect('"');
        long key = 0;
        int length = 0;
        while (true) {
            byte b = take();
            if (b == '"') {
                return length > 7 ? UNKNOWN_KEY : key;
            }
            if (b == '\\') {
                take();
                length = 8;
            }
            key = (key << 8) | (b & 0xFF);
            length++;
        }
    }

    private void readNumber() {
        boolean negative = false;
        if (peek() == '-') {
            negative = true;
            pos++;
        }
        long value = 0;
        int digits = 0;
        int fraction = 0;
        boolean inFraction = false;
        while (pos < end) {
            byte b = bytes[pos];
            if (b >= '0' && b <= '9') {
                if (digits < 18) {
                    value = value * 10 + (b - '0');
                    digits++;
                    if (inFraction) {
                        fraction++;
                    }
                } else if (!inFraction) {
                    throw MalformedFrame.INSTANCE; // more than 18 integer digits: no field of Massive's is that big
                }
                pos++;
            } else if (b == '.' && !inFraction) {
                inFraction = true;
                pos++;
            } else if (b == 'e' || b == 'E') {
                pos++;
                fraction -= readExponent();
                break;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw MalformedFrame.INSTANCE;
        }
        while (fraction < 0) { // 1.5e2 → 150: scale the mantissa up
            value *= 10;
            fraction++;
        }
        mantissa = negative ? -value : value;
        fractionDigits = Math.min(fraction, 18);
    }

    private int readExponent() {
        boolean negative = false;
        if (peek() == '-' || peek() == '+') {
            negative = take() == '-';
        }
        int exponent = 0;
        int digits = 0;
        while (pos < end && bytes[pos] >= '0' && bytes[pos] <= '9') {
            exponent = exponent * 10 + (bytes[pos++] - '0');
            if (++digits > 2) {
                throw MalformedFrame.INSTANCE;
            }
        }
        if (digits == 0) {
            throw MalformedFrame.INSTANCE;
        }
        return negative ? -exponent : exponent;
    }

    /** The number as fixed-point with 8 decimals; a 9th decimal and beyond rounds half up. */
    private long fixed() {
        if (fractionDigits <= PRICE_SCALE_DIGITS) {
            return mantissa * POW10[(int) (PRICE_SCALE_DIGITS - fractionDigits)];
        }
        long divisor = POW10[(int) (fractionDigits - PRICE_SCALE_DIGITS)];
        return Math.floorDiv(mantissa + divisor / 2, divisor);
    }

    /** The number's whole part (Massive's sizes, counts and times are whole). */
    private long whole() {
        return mantissa / POW10[fractionDigits];
    }

    private void skipValue() {
        byte b = peek();
        if (b == '"') {
            pos++;
            skipStringBody();
        } else if (b == '{' || b == '[') {
            skipNested();
        } else if (b == '-' || (b >= '0' && b <= '9')) {
            readNumber();
        } else if (matches("true") || matches("null")) {
            pos += 4;
        } else if (matches("false")) {
            pos += 5;
        } else {
            throw MalformedFrame.INSTANCE;
        }
    }

    private void skipNested() {
        int depth = 0;
        do {
            byte b = take();
            if (b == '"') {
                skipStringBody();
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        } while (depth > 0);
    }

    /** Moves past the closing quote of a string whose opening quote was consumed. */
    private void skipStringBody() {
        while (true) {
            byte b = take();
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                take();
            }
        }
    }

    private boolean matches(String word) {
        if (pos + word.length() > end) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (bytes[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = bytes[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    private void expect(char c) {
        if (take() != c) {
            throw MalformedFrame.INSTANCE;
        }
    }

    private byte peek() {
        if (pos >= end) {
            throw MalformedFrame.INSTANCE;
        }
        return bytes[pos];
    }

    private byte take() {
        if (pos >= end) {
            throw MalformedFrame.INSTANCE;
        }
        return bytes[pos++];
    }

    private static long key(String name) {
        long key = 0;
        for (int i = 0; i < name.length(); i++) {
            key = (key << 8) | name.charAt(i);
        }
        return key;
    }

    /** Control flow out of a bad frame; preallocated and stackless, so a malformed frame costs no allocation either. */
    private static final class MalformedFrame extends RuntimeException {
        static final MalformedFrame INSTANCE = new MalformedFrame();

        private MalformedFrame() {
            super("malformed frame", null, false, false);
        }
    }
}
