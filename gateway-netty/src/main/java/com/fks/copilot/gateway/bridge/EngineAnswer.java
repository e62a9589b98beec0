package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;

import java.util.List;

/**
 * What the engine decided for one request, copied out of its ring slot. Money in cents. When
 * {@code repeated}, it is the first answer to an earlier request under the same Idempotency-Key, and
 * {@code journalIndex} is that request's.
 */
public record EngineAnswer(long journalIndex, byte resultCode, int blocks, int warnings, long riskCents,
                           long dailyPnlCents, int openPositions, int consecutiveLosses, long openRiskCents,
                           long tradeId, long realizedCents, boolean repeated) {

    static EngineAnswer of(EngineEvent event) {
        return new EngineAnswer(event.answerRepeated ? event.answerIndex : event.journalIndex, event.resultCode,
                event.verdict.blocks, event.verdict.warnings, event.verdict.riskCents, event.verdict.dailyPnlCents,
                event.verdict.openPositions, event.verdict.consecutiveLosses, event.verdict.openRiskCents,
                event.resultTradeId, event.resultRealizedCents, event.answerRepeated);
    }

    /** True when the Idempotency-Key was used within 24 h for a different request: nothing was done. */
    public boolean keyReused() {
        return resultCode == EngineEvent.RESULT_KEY_REUSED;
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
