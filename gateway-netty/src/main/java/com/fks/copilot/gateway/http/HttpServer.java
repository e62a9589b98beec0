package com.fks.copilot.gateway.http;

import io.github.bucket4j.TimeMeter;
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
 * The Netty HTTP/1.1 server. The pipeline, in order: connection limits, the request deadline, codec,
 * aggregator (bodies over 64 KiB are refused with a JSON 413), the cross-site guard (Host, and
 * JSON-only same-origin mutations), the API key check (when a key is set), the per-client rate limits
 * (unless off), routes. A slow SSE client trips the write-buffer high watermark and is dropped by the hub.
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
    private HttpObserver observer = HttpObserver.NONE;

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

    /** With the default edge: connection caps, no API key, the default rate limits. */
    public HttpServer start(String bind, int port, ChannelHandler routes) throws InterruptedException {
        return start(bind, port, routes, EdgeSettings.defaults());
    }

    public HttpServer start(String bind, int port, ChannelHandler routes, EdgeSettings edge) throws InterruptedException {
        return start(bind, port, routes, edge, TimeMeter.SYSTEM_NANOTIME);
    }

    /** As above with the rate limits' clock given (tests drive it instead of sleeping). */
    HttpServer start(String bind, int port, ChannelHandler routes, EdgeSettings edge, TimeMeter clock)
            throws InterruptedException {
        ChannelHandler deadlineStart = RequestDeadline.start(edge.requestSeconds());
        CrossSiteGuard guard = new CrossSiteGuard(AllowedHosts.forBind(bind, edge.allowedHosts()));
        ConnectionLimits limits = new ConnectionLimits(edge.maxConnections());
        ApiKeyCheck apiKey = edge.checksApiKey() ? new ApiKeyCheck(edge.apiKey()) : null;
        RateLimits rateLimits = edge.rateLimits().on() ? new RateLimits(edge.rateLimits(), clock, ClientBuckets.CAPACITY, observer) : null;
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
                                .addLast(IDLE, new IdleStateHandler(0, 0, edge.idleSeconds(), TimeUnit.SECONDS))
                                .addLast("limits", limits)
                                .addLast("deadline", deadlineStart)
                                .addLast("http", new HttpServerCodec())
                                .addLast("metering", new RequestMetering(observer))
                                .addLast("framing", new HttpFraming(MAX_BODY_BYTES))
                                .addLast("aggregate", new JsonLimitAggregator(MAX_BODY_BYTES))
                                .addLast("deadline-met", RequestDeadline.met())
                                .addLast("cross-site", guard);
                        if (apiKey != null) {
                            ch.pipeline().addLast("api-key", apiKey);
                        }
                        if (rateLimits != null) {
                            ch.pipeline().addLast("rate-limit", rateLimits);
                        }
                        ch.pipeline().addLast("routes", routes);
                    }
                });
        channel = bootstrap.bind(bind, port).sync().channel();
        return this;
    }

    /** Reports every answered and every rate-limited request to {@code observer}; call before {@code start}. */
    public HttpServer observedBy(HttpObserver observer) {
        this.observer = observer;
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
