package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.analytics.OrbStatus;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.OrbState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.fks.copilot.engine.EngineFixture.et;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The facts a summary speaks from, read off engine state with the plan's and the market's numbers. */
class EngineFactsTest {
    private final MarketState[] markets = new MarketState[Instruments.count()];
    private final FocusState[] plan = new FocusState[Instruments.count()];
    private final OrbState[] orbs = new OrbState[Instruments.count()];

    /** Gold: a focus asset, long from 5195–5201.5, traded from 5208.1 to 5212.3; its range 5190–5210 broke long at 5216. */
    private void goldMorning() {
        FocusState gold = new FocusState();
        gold.instrument = Instruments.MGC;
        gold.computedNanos = et("2026-11-24T09:45:00");
        gold.rank = 1;
        gold.focusAsset = true;
        gold.bias = FocusState.LONG;
        gold.quality = 0.71;
        gold.entryLow = 5195.0;
        gold.entryHigh = 5201.5;
        gold.stop = 5183.25;
        gold.target1 = 5225.0;
        gold.target2 = 5240.0;
        gold.contracts = 7;
        plan[Instruments.MGC] = gold;
        MarketState market = new MarketState();
        market.instrument = Instruments.MGC;
        market.openPrice = Prices.toFixed(5208.1);
        market.lastPrice = Prices.toFixed(5212.3);
        markets[Instruments.MGC] = market;
        OrbState orb = new OrbState();
        orb.instrument = Instruments.MGC;
        orb.status = OrbStatus.values()[0].ordinal();
        orb.orHigh = 5210.0;
        orb.orLow = 5190.0;
        orb.longTrigger = 5215.0;
        orb.shortTrigger = 5185.0;
        orb.breakoutDay = 20_416;
        orb.breakoutDirection = 1;
        orb.breakoutPrice = 5216.0;
        orbs[Instruments.MGC] = orb;
    }

    @Test
    void aFocusAssetCarriesItsPlanItsPriceSinceTheOpenAndItsOrbTriggers() {
        goldMorning();
        EngineFacts facts = EngineFacts.of(et("2026-11-24T09:45:00"), SessionMode.ACTIVE.ordinal(), markets, plan, orbs,
                new RiskVerdict(), 0, RiskRules.defaults());

        assertEquals("09:45:00 ET", facts.marketTime());
        assertEquals("ACTIVE", facts.session());
        AssetFacts gold = facts.focus().get(0);
        assertEquals("GOLD", gold.label());
        assertEquals(5212.3, gold.last(), 1e-9);
        assertEquals(4.2, gold.change(), 1e-9);
        assertEquals(5215.0, gold.longTrigger(), 0.0);
        assertEquals("GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225", CompactSummary.statusLine(gold));
        assertEquals(List.of("GOLD range 5190.0–5210.0, long above 5215.0, short below 5185.0 ("
                + OrbStatus.values()[0].name().replace('_', ' ') + "), LONG breakout at 5216.0"), facts.orbLines());
    }

    @Test
    void contractsOutsideTheFocusAreLeftOut() {
        goldMorning();
        plan[Instruments.MGC].focusAsset = false;
        EngineFacts facts = EngineFacts.of(et("2026-11-24T09:45:00"), SessionMode.ACTIVE.ordinal(), markets, plan, orbs,
                new RiskVerdict(), 0, RiskRules.defaults());
        assertEquals(List.of(), facts.focus());
    }

    @Test
    void riskAndNoTradeAreSaidInTheRulesWords() {
        RiskVerdict standing = new RiskVerdict();
        standing.blocks = RiskBlock.values()[0].bit();
        standing.dailyPnlCents = -12_050;
        standing.openPositions = 1;
        int noTrade = NoTradeReason.NO_MARKET_DATA.bit();
        EngineFacts facts = EngineFacts.of(et("2026-11-24T09:45:00"), SessionMode.ACTIVE.ordinal(), markets, plan, orbs,
                standing, noTrade, RiskRules.defaults());

        assertEquals(RiskBlock.values()[0].reason(RiskRules.defaults()), facts.risk().blockReason());
        assertEquals("-$120.50", facts.risk().dailyPnl());
        assertEquals(List.of(NoTradeReason.NO_MARKET_DATA.text()), facts.noTrade());
    }
}
