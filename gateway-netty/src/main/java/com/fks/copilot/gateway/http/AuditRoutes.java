package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.journal.audit.AuditQueries;
import com.fks.copilot.journal.audit.OrbFilter;
import com.fks.copilot.journal.audit.RiskFilter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The audit API (TASK-705), served from Postgres: {@code GET /audit/risk}, {@code /audit/orb},
 * {@code /audit/summary}. Filters are checked here (a bad one is a 400 naming it); the queries run
 * on their own executor, never on a Netty event loop.
 */
final class AuditRoutes {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1_000;
    private static final Set<String> RISK_TYPES = Set.of("RISK_CHECKED", "TRADE_OPENED", "TRADE_REFUSED",
            "TRADE_CLOSED", "RISK_STATUS", "BRIDGE_VERDICT", "NO_TRADE_CHANGED");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final AuditQueries queries;
    private final Executor executor;

    /** {@code queries} null: no history database configured, every audit route answers 503. */
    AuditRoutes(AuditQueries queries, Executor executor) {
        this.queries = queries;
        this.executor = executor;
    }

    boolean handle(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
        if (!path.startsWith("/audit/")) {
            return false;
        }
        switch (path) {
            case "/audit/risk" -> Responses.onlyGet(ctx, request, () -> risk(ctx, request));
            case "/audit/orb" -> Responses.onlyGet(ctx, request, () -> orb(ctx, request));
            case "/audit/summary" -> Responses.onlyGet(ctx, request, () -> summary(ctx, request));
            default -> Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no such resource: " + path, "path");
        }
        return true;
    }

    private void risk(ChannelHandlerContext ctx, FullHttpRequest request) {
        Params params = new Params(request);
        String type = params.text("event_type");
        if (type != null && !RISK_TYPES.contains(type)) {
            throw new BadFilter("event_type", "unknown event_type " + type + "; one of " + RISK_TYPES);
        }
        RiskFilter filter = new RiskFilter(type, params.symbol(), params.since(), params.limit());
        answer(ctx, request, () -> Map.of("events", queries.risk(filter)));
    }

    private void orb(ChannelHandlerContext ctx, FullHttpRequest request) {
        Params params = new Params(request);
        OrbFilter filter = new OrbFilter(params.symbol(), params.since(), params.flag("breakout_only"), params.limit());
        answer(ctx, request, () -> Map.of("events", queries.orb(filter)));
    }

    private void summary(ChannelHandlerContext ctx, FullHttpRequest request) {
        Params params = new Params(request);
        LocalDate day = params.date("date");
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

    /** A query-string parameter that does not parse: a 400 naming it. */
    static final class BadFilter extends RuntimeException {
        final String field;

        BadFilter(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static final class Params {
        private final Map<String, List<String>> values;

        Params(FullHttpRequest request) {
            values = new QueryStringDecoder(request.uri()).parameters();
        }

        String text(String name) {
            List<String> given = values.get(name);
            return given == null || given.isEmpty() || given.get(0).isBlank() ? null : given.get(0).trim();
        }

        String symbol() {
            String symbol = text("symbol");
            if (symbol != null && Instruments.bySymbol(symbol).isEmpty()) {
                throw new BadFilter("symbol", "unknown symbol " + symbol);
            }
            return symbol;
        }

        Instant since() {
            String since = text("since");
            if (since == null) {
                return null;
            }
            try {
                return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(EasternTime.ZONE).toInstant()
                        : Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw new BadFilter("since", "since must be an ISO-8601 instant (2026-11-24T14:30:00Z) or an ET date (2026-11-24)");
            }
        }

        LocalDate date(String name) {
            String date = text(name);
            try {
                return date == null ? LocalDate.now(EasternTime.ZONE) : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new BadFilter(name, name + " must be a date like 2026-11-24");
            }
        }

        boolean flag(String name) {
            String flag = text(name);
            if (flag == null || flag.equalsIgnoreCase("false") || flag.equals("0")) {
                return false;
            }
            if (flag.equalsIgnoreCase("true") || flag.equals("1")) {
                return true;
            }
            throw new BadFilter(name, name + " must be true or false");
        }

        int limit() {
            String limit = text("limit");
            if (limit == null) {
                return DEFAULT_LIMIT;
            }
            try {
                int value = Integer.parseInt(limit);
                if (value >= 1 && value <= MAX_LIMIT) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new BadFilter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
    }
}
