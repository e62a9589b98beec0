package com.fks.copilot.gateway.bridge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;

import java.time.Instant;
import java.util.List;

/** One journaled risk event as the audit trail shows it; prices in points, money in dollars. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskEventView(@JsonProperty("journal_source") long sourceIndex, String type, String time, String symbol,
                            String side, Long quantity, Double entry, Double stop,
                            @JsonProperty("trade_id") Long tradeId, @JsonProperty("block_reason") String blockReason,
                            List<String> warnings, @JsonProperty("risk_dollars") Double riskDollars,
                            @JsonProperty("realized_pnl") Double realizedPnl, @JsonProperty("daily_pnl") Double dailyPnl) {

    public static boolean isRiskEvent(byte type) {
        return type >= DerivedEvent.RISK_CHECKED && type <= DerivedEvent.RISK_STATUS || type == DerivedEvent.BRIDGE_VERDICT
                || type == DerivedEvent.ROUND_TRIP_CLOSED;
    }

    public static RiskEventView of(DerivedEvent e, RiskRules rules) {
        String time = e.timeNanos > 0 ? Instant.ofEpochSecond(0, e.timeNanos).toString() : null;
        String reason = e.blocks == 0 ? null : RiskBlock.reasons(e.blocks, rules);
        List<String> warnings = RiskWarning.texts(e.warnings, rules);
        if (e.type == DerivedEvent.RISK_STATUS || e.type == DerivedEvent.BRIDGE_VERDICT) {
            return new RiskEventView(e.sourceIndex, DerivedEvent.typeName(e.type), time, null, null, e.quantity, null,
                    null, null, reason, warnings, null, null, e.amountCents / 100.0);
        }
        Instrument spec = Instruments.byIndex(e.instrument);
        boolean closed = e.type == DerivedEvent.TRADE_CLOSED || e.type == DerivedEvent.ROUND_TRIP_CLOSED;
        return new RiskEventView(e.sourceIndex, DerivedEvent.typeName(e.type), time, spec.symbol(),
                e.side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT", e.quantity, Prices.toPoints(e.price),
                e.stopPrice == Prices.NONE || e.stopPrice == 0 ? null : Prices.toPoints(e.stopPrice),
                e.tradeId == 0 ? null : e.tradeId, reason, warnings, closed ? null : e.amountCents / 100.0,
                closed ? e.amountCents / 100.0 : null, null);
    }
}
