package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.gateway.backfill.BackfillApi;
import com.fks.copilot.gateway.backtest.BacktestResults;
import com.fks.copilot.gateway.views.OptimiserSuggestions;
import com.fks.copilot.gateway.backtest.LatestBacktest;
import com.fks.copilot.gateway.backtest.OffHoursBacktest;
import com.fks.copilot.gateway.bridge.BadRequest;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.grok.GrokStage;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.BacktestPage;
import com.fks.copilot.gateway.views.CardView;
import com.fks.copilot.gateway.views.DashboardPage;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.MarketStatus;
import com.fks.copilot.gateway.views.FeedBadge;
import com.fks.copilot.gateway.views.JournalBadge;
import com.fks.copilot.gateway.views.MarketTime;
import com.fks.copilot.gateway.views.NoTradeBanner;
import com.fks.copilot.gateway.views.OrbPanel;
import com.fks.copilot.gateway.views.Views;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Every HTTP route of the dashboard, in one table-like method. Reads come from the engine's
 * Chronicle Maps; nothing here writes engine state. Shared by all connections.
 */
@ChannelHandler.Sharable
public final class HttpRoutes extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** The seed's limit of open dashboard streams per client address. */
    static final int MAX_STREAMS_PER_CLIENT = 5;
    private static final System.Logger LOG = System.getLogger("copilot.http");
    private final DashboardState state;
    private final SseHub hub;
    private final Views views;
    private final StaticAssets assets = new StaticAssets();
    private final Supplier<Health> health;
    private final TradingRoutes trading;
    private final RiskRules rules;
    private final AuditRoutes audit;
    private final BackfillApi backfill;
    private final GrokStage grok;
    private final AlertLog alerts;
    private final BooleanSupplier playingHistory;
    private final JournalHealth journal;
    private final MetricsScrape metrics;
    private final BacktestResults backtests;
    private final OptimiserSuggestions suggestions;

    public HttpRoutes(DashboardState state, SseHub hub, Views views, Supplier<Health> health, RingRequests ring,
                      RiskHistory history, AlertLog alerts, RiskRules rules, RouteServices services) {
        this.backfill = services.backfill();
        this.grok = services.grok();
        this.state = state;
        this.alerts = alerts;
        this.hub = hub;
        this.views = views;
        this.health = health;
        this.rules = rules;
        this.trading = new TradingRoutes(state, views, ring, history, rules);
        this.audit = new AuditRoutes(services.audit(), services.queries(), ring);
        this.playingHistory = services.playingHistory();
        this.journal = services.journal();
        this.metrics = services.metrics();
        this.backtests = services.backtests();
        this.suggestions = services.suggestions();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        try {
            route(ctx, request, RequestTarget.of(request.uri()));
        } catch (BadRequest bad) {
            Responses.error(ctx, request, HttpResponseStatus.BAD_REQUEST, bad.getMessage(), bad.field());
        } catch (RuntimeException fault) {
            // a fault of ours, not of the request: the client is told so (not a hang-up) and the log says what
            LOG.log(System.Logger.Level.ERROR, "route " + request.method() + " " + Responses.path(request) + " failed", fault);
            Responses.error(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the cause", null);
        }
    }

    /** Answers {@code request}; a path, query or body that does not parse is a {@link BadRequest} naming it. */
    private void route(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        String path = target.path();
        if (changesState(request) && playingHistory.getAsBoolean()) {
            Responses.retryLater(ctx, request, "the demo is still playing its prior trading days (a few seconds); nothing was"
                    + " applied: send it again once the day opens", 2);
            return;
        }
        if (changesState(request) && !journal.accepting()) {
            journal.refusedAtEdge();
            Responses.retryLater(ctx, request, JournalRefusal.MESSAGE, JournalRefusal.RETRY_SECONDS);
            return;
        }
        if (audit.handle(ctx, request, target) || trading.handle(ctx, request, target)) {
            return;
        }
        switch (path) {
            case "/" -> Responses.onlyGet(ctx, request, () -> dashboard(ctx, request));
            case "/health" -> Responses.onlyGet(ctx, request, () -> Responses.json(ctx, request, HttpResponseStatus.OK, health.get()));
            case "/api/focus" -> Responses.onlyGet(ctx, request, () -> focus(ctx, request));
            case "/api/no-trade" -> Responses.onlyGet(ctx, request, () -> noTrade(ctx, request));
            case "/api/orb/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request, views.orb(OrbPanel.of(state::orb))));
            case "/api/grok/html" -> Responses.onlyGet(ctx, request, () -> grokPanel(ctx, request));
            case "/api/grok/briefing" -> Responses.onlyGet(ctx, request, () -> grokBriefing(ctx, request));
            case "/api/time" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request,
                    views.time(MarketStatus.at(state.status().eventTimeNanos))));
            case "/api/history/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request,
                    views.history(health.get().history().headerStatus())));
            case "/api/journal/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request,
                    views.journal(JournalBadge.of(journal))));
            case "/api/alerts/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request, views.alerts(alerts.panel())));
            case "/sse/dashboard" -> Responses.onlyGet(ctx, request, () -> openStream(ctx, request));
            case "/feed/status" -> Responses.onlyGet(ctx, request, () -> feedStatus(ctx, request));
            case "/backfill/status" -> Responses.onlyGet(ctx, request, () -> answer(ctx, request, backfill.status()));
            case "/metrics", "/metrics/prometheus" -> Responses.onlyGet(ctx, request, () -> metrics(ctx, request));
            case "/backtest" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request,
                    views.backtest(new BacktestPage(backtests.latest().orElse(null), OffHoursBacktest.DAYS))));
            case "/api/backtest/latest" -> Responses.onlyGet(ctx, request, () -> latestBacktest(ctx, request));
            case "/api/suggestions/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request,
                    views.suggestions(suggestions.panel())));
            default -> other(ctx, request, target);
        }
    }

    private static boolean changesState(FullHttpRequest request) {
        return !request.method().equals(HttpMethod.GET) && !request.method().equals(HttpMethod.HEAD);
    }

    private void other(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        String path = target.path();
        if (path.startsWith("/api/chart/")) {
            Responses.onlyGet(ctx, request, () -> chart(ctx, request, path.substring("/api/chart/".length())));
            return;
        }
        if (path.startsWith("/api/focus/")) {
            Responses.onlyGet(ctx, request, () -> focusCard(ctx, request, path.substring("/api/focus/".length())));
            return;
        }
        if (path.startsWith("/backfill/gaps/")) {
            OptionalInt days = target.wholeNumber("days", 1, BackfillApi.MAX_GAP_DAYS);
            Responses.onlyGet(ctx, request, () -> backfillGaps(ctx, request, path.substring("/backfill/gaps/".length()), days));
            return;
        }
        Optional<StaticAssets.Asset> asset = assets.find(path);
        if (asset.isPresent()) {
            Responses.onlyGet(ctx, request, () -> Responses.send(ctx, request, HttpResponseStatus.OK,
                    asset.get().contentType(), asset.get().bytes()));
            return;
        }
        Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no such resource: " + path, "path");
    }


    private void dashboard(ChannelHandlerContext ctx, FullHttpRequest request) {
        EngineStatus status = state.status();
        Responses.html(ctx, request, views.dashboard(new DashboardPage(state.rankedCards(rules),
                MarketStatus.at(status.eventTimeNanos), state.positions(rules), state.riskPanel(rules), state.tradeLog(),
                NoTradeBanner.of(status.noTradeMask), OrbPanel.of(state::orb), alerts.panel(),
                health.get().feed().startsWith("replay"), hub.heartbeatSeconds())));
    }

    /** A dashboard stream: at most {@value #MAX_STREAMS_PER_CLIENT} per client; a stream leaves the idle timer (heartbeats keep it). */
    private void openStream(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (hub.streamsFrom(ctx.channel()) >= MAX_STREAMS_PER_CLIENT) {
            Responses.error(ctx, request, HttpResponseStatus.TOO_MANY_REQUESTS, "at most " + MAX_STREAMS_PER_CLIENT
                    + " dashboard streams per client are open; close one first", null);
            return;
        }
        if (ctx.pipeline().get(HttpServer.IDLE) != null) {
            ctx.pipeline().remove(HttpServer.IDLE);
        }
        hub.connect(ctx.channel());
    }

    private void grokPanel(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (grok == null) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "the co-pilot panel is not part of this server", "path");
        } else {
            Responses.html(ctx, request, grok.html());
        }
    }

    /** The full morning briefing: HTML for the panel's toggle, or JSON with {@code Accept: application/json}. */
    /** The latest OFF-HOURS run as JSON; 404 before the first one has been journaled. */
    private void latestBacktest(ChannelHandlerContext ctx, FullHttpRequest request) {
        Optional<LatestBacktest> latest = backtests.latest();
        if (latest.isEmpty()) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no backtest yet: one runs when the session turns"
                    + " OFF-HOURS (12:00 ET)", null);
        } else {
            Responses.send(ctx, request, HttpResponseStatus.OK, "application/json",
                    latest.get().toJson().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void grokBriefing(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (grok == null) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "the co-pilot is not part of this server", "path");
        } else if (wantsJson(request)) {
            Responses.json(ctx, request, HttpResponseStatus.OK, grok.briefing());
        } else {
            Responses.html(ctx, request, grok.briefingHtml());
        }
    }

    /** Prometheus' scrape; the seed's clients use {@code /metrics/prometheus}, the same text. */
    private void metrics(ChannelHandlerContext ctx, FullHttpRequest request) {
        MetricsScrape.Scraped scraped = metrics.scrape(request.headers().get(HttpHeaderNames.ACCEPT, ""));
        if (scraped == null) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no metrics on this server", "path");
        } else {
            Responses.send(ctx, request, HttpResponseStatus.OK, scraped.contentType(), scraped.body());
        }
    }

    /** The live feed's state: the header badge (HTML) or the status itself (JSON; 404 on runs without a live feed). */
    private void feedStatus(ChannelHandlerContext ctx, FullHttpRequest request) {
        Health now = health.get();
        if (!wantsJson(request)) {
            Responses.html(ctx, request, views.feed(FeedBadge.of(now.feedStatus(), now.feed())));
        } else if (now.feedStatus() != null) {
            Responses.json(ctx, request, HttpResponseStatus.OK, now.feedStatus());
        } else {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no live feed on this run (" + now.feed() + ")", "feed");
        }
    }

    private void focus(ChannelHandlerContext ctx, FullHttpRequest request) {
        List<CardView> cards = state.rankedCards(rules);
        if (wantsJson(request)) {
            Responses.json(ctx, request, HttpResponseStatus.OK, cards);
        } else {
            Responses.html(ctx, request, views.cards(cards));
        }
    }

    private void noTrade(ChannelHandlerContext ctx, FullHttpRequest request) {
        NoTradeBanner banner = NoTradeBanner.of(state.status().noTradeMask);
        if (wantsJson(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("should_skip", banner.shouldSkip());
            body.put("primary_reason", banner.primaryReason());
            body.put("reasons", banner.reasons());
            body.put("severity", banner.severity());
            body.put("checks", NoTradeChecks.of(state.status().noTradeMask, state));
            Responses.json(ctx, request, HttpResponseStatus.OK, body);
        } else {
            Responses.html(ctx, request, views.noTrade(banner));
        }
    }

    private void focusCard(ChannelHandlerContext ctx, FullHttpRequest request, String symbol) {
        Optional<Instrument> instrument = Instruments.bySymbol(symbol);
        if (instrument.isEmpty()) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "unknown symbol: " + symbol, "symbol");
            return;
        }
        CardView card = state.cards(rules).get(instrument.get().index());
        if (wantsJson(request)) {
            Responses.json(ctx, request, HttpResponseStatus.OK, card);
        } else {
            Responses.html(ctx, request, views.card(card));
        }
    }

    /** The report reads the database off the event loop; the answer is written when it is ready. */
    private void backfillGaps(ChannelHandlerContext ctx, FullHttpRequest request, String symbol, OptionalInt days) {
        FullHttpRequest kept = request.retainedDuplicate();
        backfill.gaps(symbol, days).whenComplete((answer, failure) -> {
            try {
                if (failure != null) {
                    Responses.error(ctx, kept, HttpResponseStatus.INTERNAL_SERVER_ERROR, "gap report failed", null);
                } else {
                    answer(ctx, kept, answer);
                }
            } finally {
                kept.release();
            }
        });
    }

    private static void answer(ChannelHandlerContext ctx, FullHttpRequest request, BackfillApi.Answer answer) {
        Responses.json(ctx, request, HttpResponseStatus.valueOf(answer.status()), answer.body());
    }

    private void chart(ChannelHandlerContext ctx, FullHttpRequest request, String symbol) {
        Optional<Instrument> instrument = Instruments.bySymbol(symbol);
        if (instrument.isEmpty()) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "unknown symbol: " + symbol, "symbol");
            return;
        }
        Responses.json(ctx, request, HttpResponseStatus.OK, state.chart(instrument.get().index()));
    }

    private static boolean wantsJson(FullHttpRequest request) {
        String accept = request.headers().get(HttpHeaderNames.ACCEPT, "");
        return accept.contains("application/json") && !accept.contains("text/html");
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, "HTTP connection failed: " + cause);
        ctx.close();
    }
}
