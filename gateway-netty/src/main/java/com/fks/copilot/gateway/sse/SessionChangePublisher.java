package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.gateway.views.MarketTime;
import com.fks.copilot.gateway.views.SessionBanner;
import com.fks.copilot.gateway.views.Views;

/**
 * Listens to the output journal: logs which session mode is active and pushes the session banner
 * as {@code session-change} when the mode changes.
 */
public final class SessionChangePublisher implements DerivedEventSink {
    private static final System.Logger LOG = System.getLogger("copilot.session");
    private final SseHub hub;
    private final Views views;

    public SessionChangePublisher(SseHub hub, Views views) {
        this.hub = hub;
        this.views = views;
    }

    @Override
    public void emit(DerivedEvent event) {
        if (event.type == DerivedEvent.SESSION_CHANGE) {
            LOG.log(System.Logger.Level.INFO, "session mode now {0} (market time {1})",
                    SessionMode.values()[event.sessionMode].label(), MarketTime.of(event.timeNanos));
            hub.publish("session-change", views.session(SessionBanner.of(event.sessionMode)));
        }
    }
}
