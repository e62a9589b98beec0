package com.fks.copilot.gateway.feed;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the server's WebSocket frames (RFC 6455 §5) after the handshake, in place of Netty's frame
 * decoder: a text frame's payload goes straight to {@code text} as a slice of the bytes read from
 * the socket — no frame object, no copy — so a trade costs nothing to allocate between the socket and
 * the ring. Fragmented text is gathered in one buffer kept for the connection. A ping is answered with
 * a pong, a close frame closes the connection. What a server must not send (a masked frame, reserved
 * bits, an unknown opcode, a frame over the limit) ends the connection, as the RFC asks; the feed
 * then reconnects.
 */
public final class MassiveFrameReader extends ByteToMessageDecoder {
    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_TEXT = 0x1;
    private static final int OP_BINARY = 0x2;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;

    private final int maxFrameBytes;
    private final Consumer<ByteBuf> text;
    private final Consumer<String> protocolError;
    private ByteBuf fragments;
    private boolean inFragmentedText;

    /**
     * @param text          receives each whole text message; the buffer is only valid during the call
     * @param protocolError told why the connection is being closed for a frame a server must not send
     */
    public MassiveFrameReader(int maxFrameBytes, Consumer<ByteBuf> text, Consumer<String> protocolError) {
        this.maxFrameBytes = maxFrameBytes;
        this.text = text;
        this.protocolError = protocolError;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (ctx.channel().isActive() && readFrame(ctx, in)) {
            // one whole frame handled per turn
        }
    }

    /** Handles one frame if it is all there; false when more bytes are needed (nothing consumed). */
    private boolean readFrame(ChannelHandlerContext ctx, ByteBuf in) {
        int start = in.readerIndex();
        if (in.readableBytes() < 2) {
            return false;
        }
        int first = in.getUnsignedByte(start);
        int second = in.getUnsignedByte(start + 1);
        boolean fin = (first & 0x80) != 0;
        int opcode = first & 0x0F;
        if ((first & 0x70) != 0) {
            return fail(ctx, in, "reserved bits set in a frame (no extension was agreed)");
        }
        if ((second & 0x80) != 0) {
            return fail(ctx, in, "masked frame from the server");
        }
        int header = 2;
        long length = second & 0x7F;
        if (length == 126) {
            if (in.readableBytes() < 4) {
                return false;
            }
            length = in.getUnsignedShort(start + 2);
            header = 4;
        } else if (length == 127) {
            if (in.readableBytes() < 10) {
                return false;
            }
            length = in.getLong(start + 2);
            header = 10;
        }
        if (length < 0 || length > maxFrameBytes) {
            return fail(ctx, in, "frame of " + length + " bytes over the " + maxFrameBytes + "-byte limit");
        }
        if (in.readableBytes() < header + length) {
            return false;
        }
        // the payload is shown to the handlers as `in` itself narrowed to it: a slice would be an object per frame
        int payloadStart = start + header;
        int end = payloadStart + (int) length;
        int written = in.writerIndex();
        in.setIndex(payloadStart, end);
        try {
            return frame(ctx, in, fin, opcode, in);
        } finally {
            if (in.refCnt() > 0) {
                in.setIndex(Math.min(end, written), written);
            }
        }
    }

    /** {@code payload} is {@code in} narrowed to the frame's payload; {@link #readFrame} moves past it afterwards. */
    private boolean frame(ChannelHandlerContext ctx, ByteBuf in, boolean fin, int opcode, ByteBuf payload) {
        switch (opcode) {
            case OP_TEXT -> {
                if (inFragmentedText) {
                    return fail(ctx, in, "a new text message inside a fragmented one");
                }
                if (fin) {
                    text.accept(payload);
                    payload.readerIndex(payload.writerIndex());
                } else {
                    startFragments(ctx, payload);
                }
            }
            case OP_CONTINUATION -> {
                if (!inFragmentedText) {
                    return fail(ctx, in, "a continuation frame with no message to continue");
                }
                if (fragments.readableBytes() + payload.readableBytes() > maxFrameBytes) {
                    return fail(ctx, in, "fragmented message over the " + maxFrameBytes + "-byte limit");
                }
                fragments.writeBytes(payload);
                if (fin) {
                    inFragmentedText = false;
                    text.accept(fragments);
                    fragments.clear();
                }
            }
            case OP_PING -> ctx.writeAndFlush(new PongWebSocketFrame(Unpooled.copiedBuffer(payload)));
            case OP_PONG -> { }
            case OP_CLOSE -> ctx.close();
            case OP_BINARY -> { } // Massive speaks text; binary frames carry nothing for us
            default -> {
                return fail(ctx, in, "unknown opcode " + opcode);
            }
        }
        return true;
    }

    private void startFragments(ChannelHandlerContext ctx, ByteBuf payload) {
        if (fragments == null) {
            fragments = ctx.alloc().heapBuffer(Math.max(1024, payload.readableBytes() * 2), maxFrameBytes);
        }
        fragments.clear().writeBytes(payload);
        inFragmentedText = true;
    }

    private boolean fail(ChannelHandlerContext ctx, ByteBuf in, String why) {
        in.readerIndex(in.writerIndex());
        protocolError.accept(why);
        ctx.close();
        return false;
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        if (fragments != null) {
            fragments.release();
            fragments = null;
        }
    }
}
