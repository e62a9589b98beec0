package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.gateway.bridge.BadRequest;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpRequest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A trade request's {@code Idempotency-Key} header as the engine keeps it: 128 bits of the key's
 * SHA-256, and 64 bits of a SHA-256 of the request (method, target, body) so the engine can tell
 * a faithful resend from a different request under a used key. Both travel in the journaled event.
 */
record IdempotencyKey(long high, long low, long requestDigest) {
    static final String HEADER = "Idempotency-Key";
    /** The longest key taken, as common APIs allow (a UUID is 36). */
    static final int MAX_LENGTH = 255;

    /** The request's key, or null when it sent none; a key that is empty, too long or not visible ASCII is a 400. */
    static IdempotencyKey of(FullHttpRequest request) {
        String key = request.headers().get(HEADER);
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadRequest(HEADER, HEADER + " must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        ByteBuffer keyHash = ByteBuffer.wrap(sha256().digest(key.getBytes(StandardCharsets.US_ASCII)));
        MessageDigest requestHash = sha256();
        requestHash.update((request.method().name() + ' ' + request.uri() + '\n').getBytes(StandardCharsets.UTF_8));
        ByteBuf body = request.content();
        requestHash.update(body.nioBuffer(body.readerIndex(), body.readableBytes()));
        long high = keyHash.getLong();
        long low = keyHash.getLong();
        // (0, 0) means "no key" on the event; a key hashing there is as likely as a collision, kept distinct anyway
        return new IdempotencyKey(high == 0 && low == 0 ? 1 : high, low, ByteBuffer.wrap(requestHash.digest()).getLong());
    }

    /** Puts the key on a ring slot filled for a TRADE_OPEN or TRADE_CLOSE. */
    void fill(EngineEvent event) {
        event.requestKeyHigh = high;
        event.requestKeyLow = low;
        event.requestDigest = requestDigest;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
