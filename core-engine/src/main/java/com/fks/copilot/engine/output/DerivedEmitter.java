package com.fks.copilot.engine.output;

/**
 * Hands derived events to the sink with their identity: the input-journal index of the event
 * being applied and an ordinal among what it derived. One pre-allocated {@link DerivedEvent} is
 * reused; engine thread only.
 */
public final class DerivedEmitter {
    private final DerivedEventSink sink;
    private final DerivedEvent event = new DerivedEvent();
    private long source = -1;
    private int ordinal;

    public DerivedEmitter(DerivedEventSink sink) {
        this.sink = sink;
    }

    /** Starts the events derived from the input event at {@code sourceIndex}. */
    public void begin(long sourceIndex) {
        source = sourceIndex;
        ordinal = 0;
    }

    /** The cleared event to fill, already stamped with type, source and ordinal; then call {@link #emit()}. */
    public DerivedEvent next(byte type) {
        event.clear();
        event.type = type;
        event.sourceIndex = source;
        event.ordinal = ordinal++;
        return event;
    }

    public void emit() {
        sink.emit(event);
    }
}
