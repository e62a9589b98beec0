package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.gateway.bridge.AuditNoteRequest;
import com.fks.copilot.gateway.bridge.BadRequest;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.journal.audit.AuditQueries;
import com.fks.copilot.journal.audit.OrbFilter;
import com.fks.copilot.journal.audit.RiskFilter;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The audit API (TASK-705), served from Postgres: {@code GET /audit/risk}, {@code /audit/orb},
 * {@code /audit/summary}. Filters are checked here (a bad one is a 400 naming it); the queries run
 * on their own executor, never on a Netty event loop. {@code POST /audit/risk} and {@code /audit/orb}
 * take an external tool's record: validated here, journaled through the ring as an AUDIT_NOTE
 * (answered once the engine has it; no database needed), drained into the same tables as 'external'.
 * {@code GET /trades?date=} is the trade history of one ET day from the same database (without a date,
 * {@code /trades} is today's from the engine, {@link TradingRoutes}); so these routes are asked first.
 */
final class AuditRoutes {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1_000;
    private static final Set<String> RISK_TYPES = Set.of("RISK_CHECKED", "TRADE_OPENED", "TRADE_REFUSED",
            "TRADE_CLOSED", "ROUND_TRIP_CLOSED", "RISK_STATUS", "BRIDGE_VERDICT", "NO_TRADE_CHANGED");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final AuditQueries queries;
    private final Executor executor;
    private final RingRequests ring;

    /** {@code queries} null: no history database configured, every audit query answers 503 (posting still journals). */
    AuditRoutes(AuditQueries queries, Executor executor, RingRequests ring) {
        this.queries = queries;
        this.executor = executor;
        this.ring = ring;
    }

    /** Handles the request when the path is one of ours; false otherwise. A filter that does not parse is a {@link BadRequest}. */
    boolean handle(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        String path = target.path();
        if (path.equals("/trades") && request.method().equals(HttpMethod.GET) && target.text("date") != null) {
            LocalDate day = day(target);
            answer(ctx, request, () -> queries.trades(day));
            return true;
        }
        if (!path.startsWith("/audit/")) {
            return false;
        }
        switch (path) {
            case "/audit/risk" -> getOrPost(ctx, request, () -> risk(ctx, request, target),
                    () -> note(ctx, request, AuditNoteRequest.risk(body(request), Instant.now())));
            case "/audit/orb" -> getOrPost(ctx, request, () -> orb(ctx, request, target),
                    () -> note(ctx, request, AuditNoteRequest.orb(body(request), Instant.now())));
            case "/audit/summary" -> Responses.onlyGet(ctx, request, () -> summary(ctx, request, day(target)));
            default -> Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no such resource: " + path, "path");
        }
        return true;
    }

    private static void getOrPost(ChannelHandlerContext ctx, FullHttpRequest request, Runnable get, Runnable post) {
        if (request.method().equals(HttpMethod.GET)) {
            get.run();
        } else if (request.method().equals(HttpMethod.POST)) {
            post.run();
        } else {
            Responses.methodNotAllowed(ctx, request, "GET, POST");
        }
    }

    private static byte[] body(FullHttpRequest request) {
        return ByteBufUtil.getBytes(request.content());
    }

    /** 202 once the engine has the journaled record: it reaches the tables when the drain next runs. */
    private void note(ChannelHandlerContext ctx, FullHttpRequest request, AuditNoteRequest note) {
        TradingRoutes.answer(ctx, request, ring.submitOrRefuse(note::fill), a -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("accepted", true);
            body.put("journal_index", a.journalIndex());
            body.put("source", "external");
            Responses.json(ctx, request, HttpResponseStatus.ACCEPTED, body);
        });
    }

    private void risk(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        String type = target.text("event_type");
        if (type != null && !RISK_TYPES.contains(type)) {
            throw new BadRequest("event_type", "unknown event_type " + type + "; one of " + RISK_TYPES);
        }
        RiskFilter filter = new RiskFilter(type, symbol(target), source(target), since(target), limit(target));
        answer(ctx, request, () -> Map.of("events", queries.risk(filter)));
    }

    private void orb(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        OrbFilter filter = new OrbFilter(symbol(target), source(target), since(target), target.flag("breakout_only"), limit(target));
        answer(ctx, request, () -> Map.of("events", queries.orb(filter)));
    }

    private void summary(ChannelHandlerContext ctx, FullHttpRequest request, LocalDate day) {
        answer(ctx, request, () -> queries.summary(day));
    }

    private interface Query {
        Object run() throws Exception;
    }

    private void answer(ChannelHandlerContext ctx, FullHttpRequest request, Query query) {
        if (queries == null) {
            Responses.error(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "no history database configured (--db-url or COPILOT_DB_URL)", "db_url");
            return;
        }
        boolean keepAlive = io.netty.handler.codec.http.HttpUtil.isKeepAlive(request);
        try {
            executor.execute(() -> {
                try {
                    Responses.sendJson(ctx, keepAlive, HttpResponseStatus.OK, JSON.writeValueAsBytes(query.run()));
                } catch (Exception e) {
                    Responses.sendJson(ctx, keepAlive, HttpResponseStatus.SERVICE_UNAVAILABLE, Responses.errorBody(
                            HttpResponseStatus.SERVICE_UNAVAILABLE, "history database unavailable: " + e.getMessage(), "database"));
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            Responses.error(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "shutting down", null);
        }
    }

    private static String symbol(RequestTarget target) {
        String symbol = target.text("symbol");
        if (symbol != null && Instruments.bySymbol(symbol).isEmpty()) {
            throw new BadRequest("symbol", "unknown symbol " + symbol);
        }
        return symbol;
    }

    /** {@code engine} or {@code external} (posted by a tool); absent: both. */
    private static String source(RequestTarget target) {
        String source = target.text("source");
        if (source != null && !source.equals("engine") && !source.equals("external")) {
            throw new BadRequest("source", "source must be engine or external");
        }
        return source;
    }

    private static Instant since(RequestTarget target) {
        String since = target.text("since");
        if (since == null) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(EasternTime.ZONE).toInstant()
                    : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadRequest("since", "since must be an ISO-8601 instant (2026-11-24T14:30:00Z) or an ET date (2026-11-24)");
        }
    }

    /** The {@code date} parameter, today (ET) when absent. */
    private static LocalDate day(RequestTarget target) {
        String date = target.text("date");
        try {
            return date == null ? LocalDate.now(EasternTime.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequest("date", "date must be a date like 2026-11-24");
        }
    }

    private static int limit(RequestTarget target) {
        return target.wholeNumber("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
    }
}
