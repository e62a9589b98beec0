package com.fks.copilot.gateway.verify;

/**
 * A check to run: its name, its severity, whether it is slow (waits seconds for something to happen,
 * so {@code --quick} skips it) and what it does.
 */
public record Probe(String name, Check.Severity severity, boolean slow, Body body) {

    /** The check itself; an exception is a FAIL naming it. */
    @FunctionalInterface
    public interface Body {
        Check.Result run() throws Exception;
    }

    public static Probe of(String name, Check.Severity severity, Body body) {
        return new Probe(name, severity, false, body);
    }

    public static Probe slow(String name, Check.Severity severity, Body body) {
        return new Probe(name, severity, true, body);
    }
}
