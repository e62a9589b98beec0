package com.fks.copilot.gateway.feed;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;

/**
 * One WebSocket connection's conversation with Massive: on the server's {@code connected}
 * greeting send the key, on {@code auth_success} subscribe, then hand market events to the
 * listener. {@code auth_failed} closes the connection and tells the feed not to retry (a wrong
 * key does not fix itself). Runs on the feed's event loop.
 */
final class MassiveSession extends SimpleChannelInboundHandler<TextWebSocketFrame> implements FeedEventListener {
    private static final System.Logger LOG = System.getLogger("copilot.feed");

    private final MassiveFeed feed;
    private final FeedMonitor monitor;
    private final FeedEventListener market;
    /** The name Netty's handshaker gives the frame decoder it installs. */
    private static final String WS_DECODER = "ws-decoder";

    private final FeedMessageDecoder decoder = new FeedMessageDecoder();
    private final int maxFrameBytes;
    private final String authMessage;
    private final String subscribeMessage;
    private ChannelHandlerContext context;
    private boolean authenticated;
    private boolean authFailed;

    MassiveSession(MassiveFeed feed, FeedMonitor monitor, FeedEventListener market, String apiKey, String subscribeParams,
                   int maxFrameBytes) {
        this.feed = feed;
        this.maxFrameBytes = maxFrameBytes;
        this.monitor = monitor;
        this.market = market;
        this.authMessage = "{\"action\":\"auth\",\"params\":\"" + jsonEscaped(apiKey) + "\"}";
        this.subscribeMessage = "{\"action\":\"subscribe\",\"params\":\"" + subscribeParams + "\"}";
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    /**
     * Once the handshake is done, frames are read by a {@link MassiveFrameReader} in place of Netty's
     * decoder (bytes it had already taken are handed on to the reader), so trades reach the decoder
     * without a frame object each.
     */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            monitor.state(FeedState.CONNECTED);
            if (ctx.pipeline().get(WS_DECODER) != null) {
                ctx.pipeline().replace(WS_DECODER, "massive-frames", new MassiveFrameReader(maxFrameBytes, this::message,
                        why -> monitor.error("protocol: " + why)));
            }
        }
        super.userEventTriggered(ctx, evt);
    }

    /** A text frame that Netty's decoder read before the reader took over. */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        message(frame.content());
    }

    private void message(ByteBuf payload) {
        monitor.messageReceived(System.currentTimeMillis());
        if (!decoder.decode(payload, this)) {
            monitor.malformedFrame();
            LOG.log(System.Logger.Level.WARNING, "malformed frame from Massive dropped ({0} bytes)", payload.readableBytes());
        }
    }

    @Override
    public void onEvent(FeedEvent event) {
        if (event.type == FeedEvent.STATUS) {
            onStatus(event.status, event.message);
        } else if (authenticated) {
            market.onEvent(event);
        }
    }

    private void onStatus(String status, String message) {
        if ("connected".equals(status)) {
            context.writeAndFlush(new TextWebSocketFrame(authMessage));
        } else if ("auth_success".equals(status)) {
            authenticated = true;
            monitor.state(FeedState.AUTHENTICATED);
            context.writeAndFlush(new TextWebSocketFrame(subscribeMessage));
            feed.authenticated();
        } else if ("auth_failed".equals(status)) {
            authFailed = true;
            monitor.state(FeedState.AUTH_FAILED);
            monitor.error("Massive refused the API key: " + message);
            LOG.log(System.Logger.Level.ERROR, "Massive refused the API key ({0}); check MASSIVE_API_KEY. Not retrying.", message);
            context.close();
        } else if ("success".equals(status)) {
            monitor.state(FeedState.LIVE);
            LOG.log(System.Logger.Level.INFO, "Massive: {0}", message);
        } else {
            monitor.error(status + ": " + message);
            LOG.log(System.Logger.Level.WARNING, "Massive status {0}: {1}", status, message);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        feed.sessionEnded(authFailed);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        monitor.error("connection: " + cause.getMessage());
        LOG.log(System.Logger.Level.WARNING, "Massive connection failed: {0}", cause.toString());
        ctx.close();
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
