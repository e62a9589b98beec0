package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.session.EasternTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Event time as the trader reads it: "09:31:05 ET". */
public final class MarketTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss 'ET'").withZone(EasternTime.ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm 'ET'").withZone(EasternTime.ZONE);

    private MarketTime() {
    }

    public static String of(long epochNanos) {
        if (epochNanos <= 0) {
            return "—";
        }
        return FORMAT.format(Instant.ofEpochSecond(0, epochNanos));
    }

    /** To the minute: "09:25 ET". */
    public static String minuteOf(long epochNanos) {
        return epochNanos <= 0 ? "—" : MINUTE.format(Instant.ofEpochSecond(0, epochNanos));
    }
}
