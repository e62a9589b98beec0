package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.session.SessionMode;

/**
 * Starts a backfill when the engine's session changes to OFF-HOURS (the trader's day is over,
 * 12:00 ET). Called on the engine thread by the output journal, so it only hands the run to the
 * backfill thread and returns.
 */
public final class OffHoursTrigger implements DerivedEventSink {
    private final BackfillService backfill;

    public OffHoursTrigger(BackfillService backfill) {
        this.backfill = backfill;
    }

    @Override
    public void emit(DerivedEvent event) {
        if (event.type == DerivedEvent.SESSION_CHANGE && event.sessionMode == SessionMode.OFF_HOURS.ordinal()) {
            backfill.start("session changed to OFF-HOURS");
        }
    }
}
