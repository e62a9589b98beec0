package com.fks.copilot.gateway.metrics;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.output.DerivedEvent;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TradingCountsTest {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final TradingCounts counts = new TradingCounts(registry);

    @Test
    void aCheckNoRuleBlocksIsAllowedAndOneARuleBlocksIsBlocked() throws IOException {
        counts.emit(event(DerivedEvent.RISK_CHECKED, 0));
        counts.emit(event(DerivedEvent.RISK_CHECKED, 1)); // e.g. the $500 daily loss limit reached
        counts.emit(event(DerivedEvent.TRADE_REFUSED, 1));
        assertEquals(1, value("risk_checks_total{result=\"allowed\"}"));
        assertEquals(2, value("risk_checks_total{result=\"blocked\"}"));
    }

    @Test
    void aTradeOpenedDespiteABlockIsAdvisory() throws IOException {
        counts.emit(event(DerivedEvent.TRADE_OPENED, 1)); // enforcement off: the seed's advisory warning
        counts.emit(event(DerivedEvent.TRADE_OPENED, 0));
        assertEquals(1, value("risk_checks_total{result=\"advisory\"}"));
        assertEquals(1, value("risk_checks_total{result=\"allowed\"}"));
    }

    @Test
    void aBreakoutCountsForItsContractAndDirection() throws IOException {
        DerivedEvent breakout = event(DerivedEvent.ORB_BREAKOUT, 0);
        breakout.instrument = Instruments.MGC;
        breakout.side = EngineEvent.SIDE_SHORT;
        counts.emit(breakout);
        assertEquals(1, value("orb_detections_total{direction=\"short\",symbol=\"MGC\"}"));
        assertEquals(0, value("orb_detections_total{direction=\"long\",symbol=\"MGC\"}"));
    }

    @Test
    void aNoTradeConditionCountsWhenItComesOnNotWhileItStays() throws IOException {
        int lowQuality = NoTradeReason.LOW_QUALITY.bit();
        int dailyLoss = NoTradeReason.DAILY_LOSS.bit();
        counts.emit(event(DerivedEvent.NO_TRADE_CHANGED, lowQuality));
        counts.emit(event(DerivedEvent.NO_TRADE_CHANGED, lowQuality | dailyLoss)); // quality still low, P&L at -$250
        counts.emit(event(DerivedEvent.NO_TRADE_CHANGED, 0));
        counts.emit(event(DerivedEvent.NO_TRADE_CHANGED, lowQuality));
        assertEquals(2, value("no_trade_alerts_total{condition=\"low_quality\"}"));
        assertEquals(1, value("no_trade_alerts_total{condition=\"daily_loss\"}"));
    }

    @Test
    void countingOnTheEngineThreadAllocatesNothing() {
        DerivedEvent check = event(DerivedEvent.RISK_CHECKED, 0);
        DerivedEvent breakout = event(DerivedEvent.ORB_BREAKOUT, 0);
        breakout.instrument = Instruments.MNQ;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 200_000; i++) {
            counts.emit(check);
            counts.emit(breakout);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            counts.emit(check);
            counts.emit(breakout);
        }
        long bytes = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(bytes < 1_000, "200,000 decisions counted allocated " + bytes + " bytes");
    }

    private static DerivedEvent event(byte type, int blocks) {
        DerivedEvent event = new DerivedEvent();
        event.type = type;
        event.blocks = blocks;
        return event;
    }

    private double value(String series) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExpositionFormats.init().getPrometheusTextFormatWriter().write(out, registry.scrape());
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        throw new AssertionError(series + " not in the scrape:\n" + out);
    }
}
