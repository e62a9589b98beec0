package com.fks.copilot.gateway.feed;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;

import javax.net.ssl.SSLException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Massive futures WebSocket client on Netty: connects, authenticates and subscribes
 * ({@link MassiveSession}), and whenever the connection ends reconnects after a jittered
 * exponential {@link Backoff} — except after {@code auth_failed}, which stops the feed for good
 * (retrying a rejected key would only hammer Massive). One event-loop thread does all of it, so
 * the events of every connection reach the listener in one order.
 */
public final class MassiveFeed implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.feed");
    private static final int MAX_FRAME_BYTES = 1 << 20;

    private final FeedSettings settings;
    private volatile ContractRoutes routes;
    private final FeedMonitor monitor;
    private final EventLoopGroup group;
    /** False on the app's shared loop, which whoever made it stops. */
    private final boolean ownsLoop;
    private final Backoff backoff;
    private FeedEventListener market;
    private TradeRouter router;
    private Runnable onReconnect;
    private volatile boolean closed;
    private volatile Channel channel;
    private SslContext sslContext;
    private int sessions;

    /** A feed on an event loop of its own. */
    public MassiveFeed(FeedSettings settings, ContractRoutes routes, FeedMonitor monitor) {
        this(settings, routes, monitor, null);
    }

    /**
     * @param shared the app's shared loop ({@code IoLoops}): the feed's reads then run where the ring is
     *               drained and the dashboards are written; null = a loop of its own
     */
    public MassiveFeed(FeedSettings settings, ContractRoutes routes, FeedMonitor monitor, EventLoopGroup shared) {
        this.group = shared != null ? shared : new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("massive-feed", true), NioIoHandler.newFactory());
        this.ownsLoop = shared == null;
        this.settings = settings;
        this.routes = routes;
        this.monitor = monitor;
        this.backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff(), System.nanoTime());
        monitor.routes(routes);
    }

    /** The thread every event and callback of this feed runs on; gap-fill answers must come back here. */
    public EventLoop eventLoop() {
        return group.next();
    }

    /**
     * Connects; market events go to {@code market}, and {@code onReconnect} runs (on the event loop)
     * each time a connection after the first has authenticated.
     */
    public MassiveFeed start(FeedEventListener market, Runnable onReconnect) {
        this.market = market;
        this.onReconnect = onReconnect;
        eventLoop().execute(this::connect);
        LOG.log(System.Logger.Level.INFO, "Massive feed ({0}): {1}, subscribing {2}", settings.plan(),
                settings.webSocketUrl(), routes.subscribeParams(settings.minuteBars()));
        return this;
    }

    /** A feed whose events go straight into the ring through {@code router}, gap-filling after reconnects. */
    public MassiveFeed start(TradeRouter router) {
        this.router = router;
        return start(router, router::reconnected);
    }

    /**
     * Switches to rolled front months: on the event loop, the router maps the new tickers and the
     * connection is closed, so the reconnect subscribes them (Massive's subscriptions are per
     * connection; a fresh one leaves nothing of the old contract behind).
     */
    public void roll(ContractRoutes next) {
        eventLoop().execute(() -> {
            routes = next;
            monitor.routes(next);
            if (router != null) {
                router.useRoutes(next);
            }
            Channel open = channel;
            if (open != null) {
                open.close();
            }
        });
    }

    /** True while connected with {@link MassiveFrameReader} reading the frames (for tests). */
    boolean readsFramesItself() {
        Channel open = channel;
        return open != null && open.isActive() && open.pipeline().get(MassiveFrameReader.class) != null;
    }

    /** The routes subscribed now. */
    public ContractRoutes routes() {
        return routes;
    }

    public FeedMonitor monitor() {
        return monitor;
    }

    private void connect() {
        if (closed) {
            return;
        }
        monitor.state(FeedState.CONNECTING);
        URI uri = settings.webSocketUrl();
        boolean tls = "wss".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        SslContext ssl = tls ? tls() : null;
        if (tls && ssl == null) {
            sessionEnded(false);
            return;
        }
        ChannelFuture connecting = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc(), uri.getHost(), port));
                        }
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                                new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                                        .webSocketUri(uri).maxFramePayloadLength(MAX_FRAME_BYTES).build()),
                                new WebSocketFrameAggregator(MAX_FRAME_BYTES),
                                new MassiveSession(MassiveFeed.this, monitor, market, settings.apiKey(),
                                        routes.subscribeParams(settings.minuteBars()), MAX_FRAME_BYTES));
                    }
                })
                .connect(uri.getHost(), port);
        channel = connecting.channel();
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                monitor.error("cannot connect to " + uri.getHost() + ":" + port + ": " + done.cause().getMessage());
                sessionEnded(false);
            }
        });
    }

    /** The TLS context for wss, made once; it checks the server's certificate and host name. Null when it cannot be made. */
    private SslContext tls() {
        if (sslContext == null) {
            try {
                sslContext = SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
            } catch (SSLException e) {
                monitor.error("TLS setup failed: " + e.getMessage());
            }
        }
        return sslContext;
    }

    /** Called by the session once Massive accepted the key. */
    void authenticated() {
        backoff.reset();
        if (++sessions > 1) {
            onReconnect.run();
        }
    }

    /** Called when a connection ends or could not be made; schedules the next try unless the key was refused. */
    void sessionEnded(boolean authFailed) {
        if (closed) {
            return;
        }
        if (authFailed) {
            monitor.state(FeedState.AUTH_FAILED);
            return;
        }
        Duration wait = backoff.next();
        monitor.reconnecting();
        LOG.log(System.Logger.Level.WARNING, "Massive connection lost; reconnecting in {0} ms", wait.toMillis());
        group.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        if (monitor.state() != FeedState.AUTH_FAILED) { // a refused key stays visible after the stop
            monitor.state(FeedState.STOPPED);
        }
        Channel open = channel;
        if (open != null) {
            open.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        if (ownsLoop) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
