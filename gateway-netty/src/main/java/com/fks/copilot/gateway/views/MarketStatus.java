package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;

/**
 * The header's market line at an event time: ET time, the trader's session mode, CME Globex
 * open/closed/daily break, and whether London and New York overlap. Before the first clock event
 * every part says it is waiting.
 */
public record MarketStatus(String marketTime, SessionBanner session, GlobexStatus globex, boolean overlap) {

    public static MarketStatus at(long epochNanos) {
        if (epochNanos <= 0) {
            return new MarketStatus(MarketTime.of(epochNanos), SessionBanner.of(-1), null, false);
        }
        int minute = new EasternTime().minuteOfDay(epochNanos);
        return new MarketStatus(MarketTime.of(epochNanos), SessionBanner.of(SessionMode.atMinuteOfDay(minute).ordinal()),
                GlobexStatus.at(epochNanos), TradingCentres.londonNewYorkOverlap(epochNanos));
    }
}
