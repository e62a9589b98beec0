package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;

import java.util.List;

/** What the engine decided for one request, copied out of its ring slot. Money in cents. */
public record EngineAnswer(long journalIndex, byte resultCode, int blocks, int warnings, long riskCents,
                           long dailyPnlCents, int openPositions, int consecutiveLosses, long openRiskCents,
                           long tradeId, long realizedCents) {

    static EngineAnswer of(EngineEvent event) {
        return new EngineAnswer(event.journalIndex, event.resultCode, event.verdict.blocks, event.verdict.warnings,
                event.verdict.riskCents, event.verdict.dailyPnlCents, event.verdict.openPositions,
                event.verdict.consecutiveLosses, event.verdict.openRiskCents, event.resultTradeId,
                event.resultRealizedCents);
    }

    public boolean allowed() {
        return blocks == 0;
    }

    public String blockReason(RiskRules rules) {
        return RiskBlock.reasons(blocks, rules);
    }

    public List<String> warningTexts(RiskRules rules) {
        return RiskWarning.texts(warnings, rules);
    }
}
