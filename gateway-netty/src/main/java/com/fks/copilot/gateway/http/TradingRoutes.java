package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.risk.RiskWarning;
import com.fks.copilot.engine.risk.TradeRecord;
import com.fks.copilot.gateway.bridge.BadRequest;
import com.fks.copilot.gateway.bridge.EngineAnswer;
import com.fks.copilot.gateway.bridge.EntryRequest;
import com.fks.copilot.gateway.bridge.ExecutionsReport;
import com.fks.copilot.gateway.bridge.JsonInput;
import com.fks.copilot.gateway.bridge.PositionsUpdate;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.RiskPanel;
import com.fks.copilot.gateway.views.Views;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The trading edge: the NinjaTrader bridge ({@code POST /positions/update}), pre-flight risk checks,
 * journaled trades, risk status and history, and the positions/risk panels. Input is validated
 * whole before it enters the ring (a 4xx names the field and nothing is applied); accepted input is
 * journaled and the answer is the engine's verdict for exactly that event.
 */
final class TradingRoutes {
    private static final long ANSWER_TIMEOUT_MILLIS = 2_000;
    /** Says an answer is the first answer to an earlier request under the same Idempotency-Key. */
    static final String REPLAYED = "Idempotent-Replayed";
    /** Risk events {@code GET /risk/history} lists without a {@code limit}. */
    private static final int HISTORY_ROWS = 100;
    private final DashboardState state;
    private final Views views;
    private final RingRequests ring;
    private final RiskHistory history;
    private final RiskRules rules;

    TradingRoutes(DashboardState state, Views views, RingRequests ring, RiskHistory history, RiskRules rules) {
        this.state = state;
        this.views = views;
        this.ring = ring;
        this.history = history;
        this.rules = rules;
    }

    /** Handles the request when the path is one of ours; false otherwise. Input that does not parse is a {@link BadRequest}. */
    boolean handle(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        HttpMethod method = request.method();
        String path = target.path();
        switch (path) {
            case "/positions/update" -> post(ctx, request, method, this::positionsUpdate);
            case "/executions" -> post(ctx, request, method, this::executions);
            case "/risk/check" -> post(ctx, request, method, this::riskCheck);
            case "/trades" -> {
                if (method.equals(HttpMethod.GET)) {
                    Responses.json(ctx, request, HttpResponseStatus.OK, Map.of("trades", trades()));
                } else {
                    post(ctx, request, method, (c, r) -> openTrade(c, r, target.flag("enforce_risk")));
                }
            }
            case "/risk/status" -> Responses.onlyGet(ctx, request, () -> Responses.json(ctx, request, HttpResponseStatus.OK, riskStatus()));
            case "/risk/history" -> Responses.onlyGet(ctx, request, () -> Responses.json(ctx, request, HttpResponseStatus.OK,
                    Map.of("events", history.recent(target.wholeNumber("limit", 1, RiskHistory.CAPACITY).orElse(HISTORY_ROWS)))));
            case "/api/positions/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request, views.positions(state.positions(rules))));
            case "/api/tradelog/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request, views.tradeLog(state.tradeLog())));
            case "/api/risk/html" -> Responses.onlyGet(ctx, request, () -> Responses.html(ctx, request, views.risk(state.riskPanel(rules))));
            default -> {
                if (path.startsWith("/trades/") && path.endsWith("/close")) {
                    String id = path.substring("/trades/".length(), path.length() - "/close".length());
                    post(ctx, request, method, (c, r) -> closeTrade(c, r, id));
                    return true;
                }
                return false;
            }
        }
        return true;
    }


    private void post(ChannelHandlerContext ctx, FullHttpRequest request, HttpMethod method,
                      BiConsumer<ChannelHandlerContext, FullHttpRequest> action) {
        if (!method.equals(HttpMethod.POST)) {
            Responses.methodNotAllowed(ctx, request, "POST");
        } else {
            action.accept(ctx, request);
        }
    }

    private static byte[] body(FullHttpRequest request) {
        return ByteBufUtil.getBytes(request.content());
    }

    /** The snapshot after the executions that ride along with it (if any); the answer counts those as {@code /executions} does. */
    private void positionsUpdate(ChannelHandlerContext ctx, FullHttpRequest request) {
        PositionsUpdate update = PositionsUpdate.parse(body(request));
        Published executions = Published.executions(ring, update.executions());
        CompletableFuture<EngineAnswer> snapshot = executions.complete() ? ring.submitOrRefuse(update::fill) : executions.refused();
        if (snapshot.isCompletedExceptionally() && !executions.answers().isEmpty()) {
            answer(ctx, request, executions.last(), a -> Responses.retryLater(ctx, request, "the engine is busy: "
                    + executions.answers().size() + " of " + executions.total() + " executions were accepted and the positions"
                    + " were not; send the update again (an execution already in counts as a duplicate)", 1));
            return;
        }
        answer(ctx, request, executions.then(snapshot), a -> {
            state.ninjaTraderRealized(update.realizedCents());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("accepted", true);
            body.put("journal_index", a.journalIndex());
            body.put("risk", verdictJson(a));
            body.put("open_positions", a.openPositions());
            if (executions.total() > 0) {
                body.put("executions", executions.counts());
            }
            Responses.json(ctx, request, HttpResponseStatus.OK, body);
        });
    }

    /**
     * The account's executions, one EXECUTION event each, in order. The answer counts what the engine
     * applied and what it had seen before (NinjaTrader re-sends after a reconnect), with the risk verdict
     * after the last one. When the ring fills part-way, those published stay journaled and the answer is a
     * 503 saying how many: sending all of them again is safe, the ones already in count as duplicates.
     */
    private void executions(ChannelHandlerContext ctx, FullHttpRequest request) {
        Published executions = Published.executions(ring, ExecutionsReport.parse(body(request)));
        answer(ctx, request, executions.last(), a -> {
            if (executions.busy(ctx, request)) {
                return;
            }
            Map<String, Object> risk = verdictJson(a);
            risk.put("daily_pnl", a.dailyPnlCents() / 100.0);
            risk.put("consecutive_losses", a.consecutiveLosses());
            Map<String, Object> body = new LinkedHashMap<>(executions.counts());
            body.put("journal_index", a.journalIndex());
            body.put("risk", risk);
            body.put("open_positions", a.openPositions());
            Responses.json(ctx, request, HttpResponseStatus.OK, body);
        });
    }

    /** Executions published onto the ring, in order, up to the first the ring had no room for. */
    private record Published(List<CompletableFuture<EngineAnswer>> answers, int total, CompletableFuture<EngineAnswer> refused) {
        static Published executions(RingRequests ring, ExecutionsReport report) {
            int n = report.executions().size();
            List<CompletableFuture<EngineAnswer>> answers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = i;
                CompletableFuture<EngineAnswer> one = ring.submitOrRefuse(e -> report.fill(k, e));
                if (one.isCompletedExceptionally()) {
                    return new Published(answers, n, one);
                }
                answers.add(one);
            }
            return new Published(answers, n, null);
        }

        boolean complete() {
            return answers.size() == total;
        }

        /** The last execution's answer once all published ones are answered; the refusal when none was published. */
        CompletableFuture<EngineAnswer> last() {
            return answers.isEmpty() ? refused : then(answers.get(answers.size() - 1));
        }

        /** {@code next}'s answer once every published execution is answered too. */
        CompletableFuture<EngineAnswer> then(CompletableFuture<EngineAnswer> next) {
            if (answers.isEmpty()) {
                return next;
            }
            return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenCompose(done -> next);
        }

        /** Answers 503 and true when the ring refused some: those published are journaled, a resend is safe. */
        boolean busy(ChannelHandlerContext ctx, FullHttpRequest request) {
            if (complete()) {
                return false;
            }
            Responses.retryLater(ctx, request, "the engine is busy: " + answers.size() + " of " + total
                    + " executions were accepted; send them all again (one already in counts as a duplicate)", 1);
            return true;
        }

        Map<String, Object> counts() {
            int accepted = 0;
            int duplicates = 0;
            for (CompletableFuture<EngineAnswer> one : answers) {
                byte result = one.join().resultCode();
                accepted += result == EngineEvent.RESULT_ACCEPTED ? 1 : 0;
                duplicates += result == EngineEvent.RESULT_DUPLICATE ? 1 : 0;
            }
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("accepted", accepted);
            counts.put("duplicates", duplicates);
            counts.put("refused", total - accepted - duplicates); // the engine's table of open lots was full
            return counts;
        }
    }

    private void riskCheck(ChannelHandlerContext ctx, FullHttpRequest request) {
        EntryRequest entry = EntryRequest.parse(body(request), false);
        answer(ctx, request, ring.submitOrRefuse(e -> entry.fill(e, EventType.RISK_CHECK)), a -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("allowed", a.allowed());
            body.put("reason", a.allowed() ? null : a.blockReason(rules));
            body.put("risk_dollars", a.riskCents() / 100.0);
            body.put("max_risk_dollars", rules.maxRiskPerTradeCents() / 100.0);
            body.put("warnings", a.warningTexts(rules));
            body.put("journal_index", a.journalIndex());
            Responses.json(ctx, request, HttpResponseStatus.OK, body);
        });
    }

    private void openTrade(ChannelHandlerContext ctx, FullHttpRequest request, boolean enforceQuery) {
        EntryRequest entry = EntryRequest.parse(body(request), enforceQuery);
        IdempotencyKey key = IdempotencyKey.of(request);
        answer(ctx, request, ring.submitOrRefuse(e -> {
            entry.fill(e, EventType.TRADE_OPEN);
            keyed(e, key);
        }), a -> {
            boolean opened = a.resultCode() == EngineEvent.RESULT_ACCEPTED;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("risk_dollars", a.riskCents() / 100.0);
            details.put("warnings", a.warningTexts(rules));
            details.put("daily_pnl", a.dailyPnlCents() / 100.0);
            details.put("open_positions", a.openPositions());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("trade_id", opened ? a.tradeId() : null);
            body.put("risk_checked", true);
            body.put("risk_blocked", !a.allowed());
            body.put("risk_reason", a.allowed() ? null : a.blockReason(rules));
            body.put("risk_details", details);
            if (a.resultCode() == EngineEvent.RESULT_TRADE_TABLE_FULL) {
                body.put("error", "the day's trade table is full (" + RiskState.TRADE_CAPACITY + " trades)");
            }
            reply(ctx, request, a, opened ? HttpResponseStatus.CREATED
                    : a.resultCode() == EngineEvent.RESULT_BLOCKED ? HttpResponseStatus.FORBIDDEN
                    : HttpResponseStatus.CONFLICT, body);
        });
    }

    /**
     * Without a key, a trade that is not open is a 404 at once; with one, the engine answers (a resend
     * of a close that went through gets its first answer, not "no open trade").
     */
    private void closeTrade(ChannelHandlerContext ctx, FullHttpRequest request, String idText) {
        long tradeId;
        try {
            tradeId = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new BadRequest("trade_id", "trade id must be a number: " + idText);
        }
        IdempotencyKey key = IdempotencyKey.of(request);
        TradeRecord trade = findTrade(tradeId);
        if (key == null && (trade == null || trade.status != TradeRecord.OPEN)) {
            Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no open trade " + tradeId, "trade_id");
            return;
        }
        JsonInput json = JsonInput.parse(body(request)).only("exit_price");
        long exit = trade == null ? json.positivePrice("exit_price")
                : json.tickPrice("exit_price", Instruments.byIndex(trade.instrument));
        answer(ctx, request, ring.submitOrRefuse(e -> {
            e.type = EventType.TRADE_CLOSE;
            e.amount = tradeId;
            e.price = exit;
            keyed(e, key);
        }), a -> {
            if (a.resultCode() != EngineEvent.RESULT_ACCEPTED) {
                Responses.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no open trade " + tradeId, "trade_id");
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("trade_id", a.tradeId());
            body.put("exit_price", Prices.toPoints(exit));
            body.put("realized_pnl", a.realizedCents() / 100.0);
            body.put("journal_index", a.journalIndex());
            reply(ctx, request, a, HttpResponseStatus.OK, body);
        });
    }

    private static void keyed(EngineEvent event, IdempotencyKey key) {
        if (key != null) {
            key.fill(event);
        }
    }

    /** The answer's JSON; a repeated answer says so in {@code Idempotent-Replayed: true}, its body as first sent. */
    private static void reply(ChannelHandlerContext ctx, FullHttpRequest request, EngineAnswer a, HttpResponseStatus status,
                              Map<String, Object> body) {
        if (a.repeated()) {
            Responses.json(ctx, request, status, body, REPLAYED, "true");
        } else {
            Responses.json(ctx, request, status, body);
        }
    }

    private TradeRecord findTrade(long tradeId) {
        return state.risk().find(tradeId);
    }

    /** Sends the answer when the engine has decided; 503 if the ring does not answer in time. */
    static void answer(ChannelHandlerContext ctx, FullHttpRequest request, CompletableFuture<EngineAnswer> future,
                               java.util.function.Consumer<EngineAnswer> respond) {
        request.retain();
        future.orTimeout(ANSWER_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).whenComplete((a, failure) -> {
            try {
                if (failure instanceof RingRequests.RingFull) {
                    Responses.retryLater(ctx, request, "the engine is busy: nothing was accepted, send it again", 1);
                } else if (failure instanceof RingRequests.NotJournaled) {
                    Responses.retryLater(ctx, request, JournalRefusal.MESSAGE, JournalRefusal.RETRY_SECONDS);
                } else if (failure != null) {
                    Responses.error(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE,
                            "accepted and journaled, but the engine did not answer in time", null);
                } else if (a.keyReused()) {
                    Responses.error(ctx, request, HttpResponseStatus.UNPROCESSABLE_ENTITY, IdempotencyKey.HEADER
                            + " was already used in the last 24 h for a different request: nothing was done", IdempotencyKey.HEADER);
                } else {
                    respond.accept(a);
                }
            } finally {
                request.release();
            }
        });
    }

    private Map<String, Object> verdictJson(EngineAnswer a) {
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("can_trade", a.allowed());
        risk.put("block_reason", a.allowed() ? null : a.blockReason(rules));
        risk.put("warnings", a.warningTexts(rules));
        return risk;
    }

    private Map<String, Object> riskStatus() {
        RiskVerdict verdict = state.standing(rules);
        RiskState risk = state.risk();
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("account", rules.accountCents() / 100.0);
        limits.put("max_open_trades", rules.maxOpenTrades());
        limits.put("max_risk_per_trade", rules.maxRiskPerTradeCents() / 100.0);
        limits.put("max_daily_loss", rules.maxDailyLossCents() / 100.0);
        limits.put("entry_cutoff_et", RiskRules.clockText(rules.entryCutoffMinute()));
        limits.put("session_end_et", RiskRules.clockText(rules.sessionEndMinute()));
        limits.put("overnight_warning_et", RiskRules.clockText(rules.overnightWarningMinute()));
        limits.put("stack_min_r", rules.stackMinR());
        limits.put("stack_min_wave_ratio", rules.stackMinWaveRatio());
        limits.put("circuit_breaker_losses", rules.circuitBreakerLosses());
        limits.put("warn_open_risk_pct", RiskRules.OPEN_RISK_WARNING_PERCENT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("can_trade", verdict.allowed());
        body.put("block_reason", verdict.allowed() ? null : RiskBlock.reasons(verdict.blocks, rules));
        body.put("warnings", RiskWarning.texts(verdict.warnings, rules));
        body.put("daily_pnl", verdict.dailyPnlCents / 100.0);
        body.put("consecutive_losses", verdict.consecutiveLosses);
        body.put("open_positions", verdict.openPositions);
        body.put("open_risk", verdict.openRiskCents / 100.0);
        body.put("open_risk_pct", verdict.openRiskCents * 100.0 / rules.accountCents());
        // open positions whose risk is not in open_risk: no trade stop and no protective plan stop
        body.put("positions_without_stop", verdict.positionsWithoutStop);
        body.put("trades_today", risk.tradesToday);
        // ours (executions and closed trades) is what the rules use; NinjaTrader's is shown beside it
        long ninjaTrader = state.ninjaTraderRealizedCents();
        body.put("ninjatrader_realized_pnl", ninjaTrader == Long.MIN_VALUE ? null : ninjaTrader / 100.0);
        body.put("realized_pnl_mismatch", RiskPanel.mismatch(verdict.dailyPnlCents, ninjaTrader));
        body.put("limits", limits);
        return body;
    }

    /** Today's trades: journaled ones (open and closed) and the round trips rebuilt from executions, by trade id. */
    private List<Map<String, Object>> trades() {
        List<Map<String, Object>> trades = new ArrayList<>();
        for (TradeRecord trade : state.risk().trades) {
            if (trade.status != TradeRecord.EMPTY) {
                trades.add(trade(trade));
            }
        }
        state.executions().forEachHeldTrip(trip -> trades.add(trade(trip)));
        trades.sort((a, b) -> Long.compare((Long) a.get("trade_id"), (Long) b.get("trade_id")));
        return trades;
    }

    private static Map<String, Object> trade(TradeRecord trade) {
        Instrument spec = Instruments.byIndex(trade.instrument);
        boolean closed = trade.status == TradeRecord.CLOSED;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("trade_id", trade.tradeId);
        row.put("source", trade.accountLength == 0 ? "journal" : "executions");
        row.put("account", trade.accountLength == 0 ? null : trade.account());
        row.put("symbol", spec.symbol());
        row.put("side", trade.side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT");
        row.put("quantity", trade.quantity);
        row.put("entry", Prices.toPoints(trade.entryPrice));
        row.put("stop", trade.stopPrice == Prices.NONE ? null : Prices.toPoints(trade.stopPrice));
        row.put("status", closed ? "CLOSED" : "OPEN");
        row.put("exit", closed ? Prices.toPoints(trade.exitPrice) : null);
        row.put("realized_pnl", closed ? trade.realizedCents / 100.0 : null);
        row.put("opened_at", instant(trade.openedNanos));
        row.put("closed_at", closed ? instant(trade.closedNanos) : null);
        return row;
    }

    private static String instant(long epochNanos) {
        return epochNanos > 0 ? Instant.ofEpochSecond(0, epochNanos).toString() : null;
    }
}
