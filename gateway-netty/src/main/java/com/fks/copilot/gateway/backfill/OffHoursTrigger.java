package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.session.SessionMode;

/**
 * Starts the day's after-work (the backfill, the backtest) when the engine's session changes to OFF-HOURS (the
 * trader's day is over, 12:00 ET). Called on the engine thread by the output journal, so {@code start} must only hand
 * the run to a thread of its own and return. Session changes before {@code quietUntil} (a demo's prior days, played
 * unpaced) start nothing: only the day that is played for real ends in OFF-HOURS work.
 */
public final class OffHoursTrigger implements DerivedEventSink {
    /** What starts; engine thread, so it must not block. */
    public interface Start {
        /** @param askedBy the session change's input-journal index; @param timeNanos its event time */
        void offHours(long askedBy, long timeNanos);
    }

    private final Start start;
    private final long quietUntilNanos;

    public OffHoursTrigger(Start start, long quietUntilNanos) {
        this.start = start;
        this.quietUntilNanos = quietUntilNanos;
    }

    public OffHoursTrigger(BackfillService backfill) {
        this((askedBy, timeNanos) -> backfill.start("session changed to OFF-HOURS"), Long.MIN_VALUE);
    }

    @Override
    public void emit(DerivedEvent event) {
        if (event.type == DerivedEvent.SESSION_CHANGE && event.sessionMode == SessionMode.OFF_HOURS.ordinal()
                && event.timeNanos >= quietUntilNanos) {
            start.offHours(event.sourceIndex, event.timeNanos);
        }
    }
}
