package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.Severity;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;
import com.fks.copilot.engine.session.SessionMode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing the engine raised that the trader should notice, as the alerts panel lists it: the event
 * time (ET), a level that the emoji and the text say as well as the colour, the contract if any, and
 * what happened. Built from the output journal's derived events; the old system's alert list
 * (seed TASK-501/801/802) was ORB breakouts, the no-trade verdict and risk blocks/warnings.
 *
 * @param timeNanos event time, epoch nanos (orders the panel; never the wall clock)
 * @param level     {@code critical}, {@code warning}, {@code opportunity}, {@code clear} or {@code info}
 * @param symbol    the contract, or empty for account-wide alerts
 */
public record Alert(long timeNanos, String time, String level, String emoji, String symbol, String text) {

    /**
     * The alert a derived event raises, or empty for events that are bookkeeping (bars, plans, ORB checks);
     * risk reasons name the limits of {@code rules}.
     */
    public static Optional<Alert> of(DerivedEvent event, RiskRules rules) {
        return switch (event.type) {
            case DerivedEvent.ORB_BREAKOUT -> Optional.of(breakout(event));
            case DerivedEvent.NO_TRADE_CHANGED -> Optional.of(noTrade(event));
            case DerivedEvent.RISK_STATUS -> Optional.of(riskStatus(event, rules));
            case DerivedEvent.TRADE_REFUSED -> Optional.of(refused(event, "refused", rules));
            case DerivedEvent.RISK_CHECKED -> event.blocks == 0 ? Optional.empty() : Optional.of(refused(event, "would be blocked", rules));
            case DerivedEvent.SESSION_CHANGE -> Optional.of(session(event));
            default -> Optional.empty();
        };
    }

    private static Alert breakout(DerivedEvent e) {
        Instrument spec = Instruments.byIndex(e.instrument);
        boolean up = e.side > 0;
        String text = (up ? "LONG" : "SHORT") + " opening-range breakout: closed " + Prices.format(e.price, spec.decimals())
                + (up ? " above the " + Prices.format(e.longTrigger, spec.decimals())
                : " below the " + Prices.format(e.shortTrigger, spec.decimals())) + " trigger";
        return at(e, "opportunity", up ? "🚀" : "🔻", spec.symbol(), text);
    }

    private static Alert noTrade(DerivedEvent e) {
        if (e.blocks == 0) {
            return at(e, "clear", "✅", "", "NO TRADE lifted: trade as planned");
        }
        Severity severity = NoTradeReason.severityOf(e.blocks);
        List<String> reasons = NoTradeReason.in(e.blocks).stream().map(NoTradeReason::text).toList();
        return at(e, severity == Severity.CRITICAL ? "critical" : severity.name().toLowerCase(Locale.ROOT),
                "⛔", "", "NO TRADE: " + String.join(" · ", reasons));
    }

    private static Alert riskStatus(DerivedEvent e, RiskRules rules) {
        if (e.blocks != 0) {
            return at(e, "critical", "🛑", "", "RISK BLOCK: " + RiskBlock.reasons(e.blocks, rules));
        }
        List<String> warnings = RiskWarning.texts(e.warnings, rules);
        if (!warnings.isEmpty()) {
            return at(e, "warning", "⚠️", "", "Risk warning: " + String.join(" · ", warnings));
        }
        return at(e, "clear", "✅", "", "Risk clear: entries allowed");
    }

    private static Alert refused(DerivedEvent e, String outcome, RiskRules rules) {
        Instrument spec = Instruments.byIndex(e.instrument);
        String side = e.side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT";
        return at(e, "critical", "🛑", spec.symbol(), side + " " + e.quantity + " " + outcome + ": " + RiskBlock.reasons(e.blocks, rules));
    }

    private static Alert session(DerivedEvent e) {
        SessionMode mode = SessionMode.values()[e.sessionMode];
        return at(e, "info", mode.emoji(), "", "Session now " + mode.label());
    }

    private static Alert at(DerivedEvent e, String level, String emoji, String symbol, String text) {
        return new Alert(e.timeNanos, MarketTime.of(e.timeNanos), level, emoji, symbol, text);
    }
}
