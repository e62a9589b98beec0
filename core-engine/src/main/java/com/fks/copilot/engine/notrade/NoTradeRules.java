package com.fks.copilot.engine.notrade;

import com.fks.copilot.engine.analytics.DailyFocusPlan;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;

/**
 * Decides the no-trade verdict from engine state: a mask of {@link NoTradeReason} bits, 0 when
 * the trader may trade as planned. Thresholds from the original: quality 0.55, volatility
 * percentile 0.88, daily P&L −$250, more than 2 straight losses, 10:00 and 12:00 ET. Market data
 * counts as missing when no contract traded in the last 5 minutes of event time. Allocation-free.
 */
public final class NoTradeRules {
    public static final double MIN_QUALITY = DailyFocusPlan.MIN_QUALITY;
    public static final double EXTREME_VOL_PERCENTILE = DailyFocusPlan.EXTREME_VOL;
    public static final long DAILY_LOSS_CENTS = 25_000;
    public static final int MAX_CONSECUTIVE_LOSSES = 2;
    public static final long STALE_DATA_NANOS = 5 * 60 * 1_000_000_000L;
    private static final int NO_SETUP_FROM_MINUTE = 10 * 60;
    private static final int SESSION_OVER_MINUTE = 12 * 60;

    private NoTradeRules() {
    }

    public static int evaluate(MarketState[] markets, FocusState[] focus, RiskState risk, long nowNanos, int minuteOfDay) {
        int mask = 0;
        if (!hasFreshData(markets, nowNanos)) {
            mask |= NoTradeReason.NO_MARKET_DATA.bit();
        }
        int focusAssets = 0;
        int lowQuality = 0;
        int tradeable = 0;
        for (FocusState asset : focus) {
            if (!asset.focusAsset || Double.isNaN(asset.quality)) {
                continue;
            }
            focusAssets++;
            if (asset.quality < MIN_QUALITY) {
                lowQuality++;
            } else {
                tradeable++;
            }
            if (asset.volPercentile > EXTREME_VOL_PERCENTILE) {
                mask |= NoTradeReason.EXTREME_VOLATILITY.bit();
            }
        }
        mask |= qualityBits(focusAssets, lowQuality, tradeable, minuteOfDay);
        if (risk.realizedCents <= -DAILY_LOSS_CENTS) {
            mask |= NoTradeReason.DAILY_LOSS.bit();
        }
        if (risk.consecutiveLosses > MAX_CONSECUTIVE_LOSSES) {
            mask |= NoTradeReason.LOSING_STREAK.bit();
        }
        if (minuteOfDay >= SESSION_OVER_MINUTE) {
            mask |= NoTradeReason.SESSION_OVER.bit();
        }
        return mask;
    }

    /**
     * The verdict's bits that depend on the plan's quality: every focus asset below the bar (LOW_QUALITY), or from 10:00
     * to the 12:00 session end no focus asset clearing it (NO_SETUP). {@code lowQuality} and {@code tradeable} count the
     * focus assets below and at or above the quality bar; a backtest counts them at another bar.
     */
    public static int qualityBits(int focusAssets, int lowQuality, int tradeable, int minuteOfDay) {
        int mask = 0;
        if (focusAssets > 0 && lowQuality == focusAssets) {
            mask |= NoTradeReason.LOW_QUALITY.bit();
        }
        if (minuteOfDay >= NO_SETUP_FROM_MINUTE && minuteOfDay < SESSION_OVER_MINUTE && tradeable == 0) {
            mask |= NoTradeReason.NO_SETUP.bit();
        }
        return mask;
    }

    private static boolean hasFreshData(MarketState[] markets, long nowNanos) {
        for (MarketState market : markets) {
            if (market.hasPrice() && nowNanos - market.lastTickTimeNanos <= STALE_DATA_NANOS) {
                return true;
            }
        }
        return false;
    }
}
