package com.fks.copilot.gateway.feed;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's frames as RFC 6455 §5.2 lays them out, read without Netty's frame objects. */
class MassiveFrameReaderTest {
    private static final String TRADE = "[{\"ev\":\"T\",\"sym\":\"MGCG7\",\"p\":5212.4,\"s\":1,\"t\":1764858612345,\"q\":7}]";
    private final List<String> messages = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(new MassiveFrameReader(1 << 16,
            payload -> messages.add(payload.toString(StandardCharsets.UTF_8)), errors::add));

    private static byte[] frame(int firstByte, byte[] payload, boolean masked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(firstByte);
        int mask = masked ? 0x80 : 0;
        if (payload.length < 126) {
            out.write(mask | payload.length);
        } else {
            out.write(mask | 126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        }
        if (masked) {
            out.writeBytes(new byte[4]);
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] text(String message) {
        return frame(0x81, message.getBytes(StandardCharsets.UTF_8), false);
    }

    private void read(byte[]... chunks) {
        for (byte[] chunk : chunks) {
            channel.writeInbound(Unpooled.wrappedBuffer(chunk));
        }
    }

    @Test
    void aTextFrameIsOneMessage() {
        read(text(TRADE));
        assertEquals(List.of(TRADE), messages);
    }

    @Test
    void aFrameSplitAcrossSocketReadsIsReadOnceWhole() {
        byte[] whole = text(TRADE);
        byte[] head = java.util.Arrays.copyOfRange(whole, 0, 5);
        byte[] tail = java.util.Arrays.copyOfRange(whole, 5, whole.length);
        read(head);
        assertEquals(List.of(), messages);
        read(tail);
        assertEquals(List.of(TRADE), messages);
    }

    @Test
    void twoFramesInOneReadAreTwoMessages() {
        byte[] a = text("[1]");
        byte[] b = text("[2]");
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        read(both);
        assertEquals(List.of("[1]", "[2]"), messages);
    }

    @Test
    void aLongFrameUsesTheSixteenBitLength() {
        String batch = "[" + (TRADE.substring(1, TRADE.length() - 1) + ",").repeat(9) + TRADE.substring(1);
        assertTrue(batch.length() > 125);
        read(text(batch));
        assertEquals(List.of(batch), messages);
    }

    @Test
    void fragmentedTextIsGatheredIntoOneMessage() {
        read(frame(0x01, "[{\"ev\":".getBytes(StandardCharsets.UTF_8), false),
                frame(0x00, "\"T\"".getBytes(StandardCharsets.UTF_8), false),
                frame(0x80, "}]".getBytes(StandardCharsets.UTF_8), false));
        assertEquals(List.of("[{\"ev\":\"T\"}]"), messages);
    }

    @Test
    void aPingIsAnsweredWithAPongCarryingItsPayload() {
        read(frame(0x89, "hb".getBytes(StandardCharsets.UTF_8), false));
        Object answer = channel.readOutbound();
        PongWebSocketFrame pong = assertInstanceOf(PongWebSocketFrame.class, answer);
        assertEquals("hb", pong.content().toString(StandardCharsets.UTF_8));
        pong.release();
        assertTrue(channel.isActive());
    }

    @Test
    void aMaskedFrameFromTheServerEndsTheConnection() {
        read(frame(0x81, "[]".getBytes(StandardCharsets.UTF_8), true));
        assertFalse(channel.isActive());
        assertEquals(List.of("masked frame from the server"), errors);
        assertEquals(List.of(), messages);
    }

    @Test
    void aFrameOverTheLimitEndsTheConnection() {
        ByteBuf header = Unpooled.buffer().writeByte(0x81).writeByte(127).writeLong(1L << 20);
        channel.writeInbound(header);
        assertFalse(channel.isActive());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("over the 65536-byte limit"), errors.get(0));
    }

    @Test
    void aCloseFrameClosesTheConnection() {
        read(frame(0x88, new byte[]{0x03, (byte) 0xE8}, false));
        assertFalse(channel.isActive());
    }
}
