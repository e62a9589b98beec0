package com.fks.copilot.gateway.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The Netty HTTP/1.1 server. The pipeline, in order: codec, aggregator (bodies over 64 KiB are
 * refused with a JSON 413), the cross-site guard (Host, and JSON-only same-origin mutations), routes. A slow SSE client trips the write-buffer high watermark and is
 * dropped by the hub.
 *
 * <p>Stopping hangs up every connection the server accepted (keep-alive and SSE alike) before its
 * event loops end. Netty 4.2 does not guarantee that on its own: a loop that is running tasks when
 * {@code shutdownGracefully(0, …)} arrives can exit without closing its channels, and a browser
 * then sends its next request (its EventSource reconnect) down that dead keep-alive connection and
 * waits for an answer forever.
 *
 * <p>Between the codec and the aggregator, {@link HttpFraming} answers a request it cannot trust
 * (unreadable, an HTTP version other than 1.0/1.1, an {@code Expect} refused before the body) and
 * hangs up.
 */
public final class HttpServer implements AutoCloseable {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Connections open at once; one more is answered 503 and closed. */
    static final int MAX_CONNECTIONS = 1_024;
    /** A connection with no byte either way this long is closed (an SSE stream's heartbeats keep it, and it leaves the timer). */
    static final int IDLE_SECONDS = 60;
    /** A request must arrive whole within this many seconds of its first byte (a header trickled byte by byte is never idle). */
    static final int REQUEST_SECONDS = 10;
    /** The idle timer's name in the pipeline, for the SSE hub to take it out of a stream's. */
    public static final String IDLE = "idle";
    private static final WriteBufferWaterMark SSE_WATERMARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    /** False when the loops are the app's shared ones: whoever made them stops them. */
    private final boolean ownsLoops;
    /** Every accepted connection; one added after {@link #close()} began is closed at once. */
    private final ChannelGroup connections = new DefaultChannelGroup("http", GlobalEventExecutor.INSTANCE, true);
    private Channel channel;

    /** A server with loops of its own: one accepting, two serving. */
    public HttpServer() {
        this(new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory()),
                new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory()), true);
    }

    /** A server on the app's shared loop ({@code IoLoops}), which it does not stop. */
    public HttpServer(EventLoopGroup shared) {
        this(shared, shared, false);
    }

    private HttpServer(EventLoopGroup boss, EventLoopGroup workers, boolean ownsLoops) {
        this.boss = boss;
        this.workers = workers;
        this.ownsLoops = ownsLoops;
    }

    public HttpServer start(String bind, int port, ChannelHandler routes) throws InterruptedException {
        return start(bind, port, routes, MAX_CONNECTIONS, IDLE_SECONDS, REQUEST_SECONDS);
    }

    /**
     * As above with the connection cap, the idle timeout (seconds without a byte either way) and the
     * request deadline (seconds from a request's first byte to its last) given.
     */
    HttpServer start(String bind, int port, ChannelHandler routes, int maxConnections, int idleSeconds, int requestSeconds)
            throws InterruptedException {
        ChannelHandler deadlineStart = RequestDeadline.start(requestSeconds);
        CrossSiteGuard guard = new CrossSiteGuard(AllowedHosts.forBind(bind));
        ConnectionLimits limits = new ConnectionLimits(maxConnections);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, SSE_WATERMARK)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline()
                                .addLast(IDLE, new IdleStateHandler(0, 0, idleSeconds, TimeUnit.SECONDS))
                                .addLast("limits", limits)
                                .addLast("deadline", deadlineStart)
                                .addLast("http", new HttpServerCodec())
                                .addLast("framing", new HttpFraming(MAX_BODY_BYTES))
                                .addLast("aggregate", new JsonLimitAggregator(MAX_BODY_BYTES))
                                .addLast("deadline-met", RequestDeadline.met())
                                .addLast("cross-site", guard)
                                .addLast("routes", routes);
                    }
                });
        channel = bootstrap.bind(bind, port).sync().channel();
        return this;
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public EventLoopGroup workers() {
        return workers;
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly(); // no new connections
        }
        if (ownsLoops) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        connections.close().awaitUninterruptibly(1, TimeUnit.SECONDS); // every browser sees the hang-up
        if (ownsLoops) {
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
