package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine itself, on state of its own in a scratch directory, fed a tape of inputs: what it derives is what a
 * backtest trades on, so the rules are the engine's, not a copy of them.
 */
public final class BacktestEngine {
    /** Commits the maps as often as a start-up recovery does. */
    private static final int COMMIT_EVERY = 4096;

    private BacktestEngine() {
    }

    /**
     * @param scratchDir an empty directory for the engine's maps (deleted by the caller)
     * @param tape       plays the inputs, in journal order, into the consumer it is given
     */
    public static List<Signal> run(Path scratchDir, RiskRules rules, Consumer<Consumer<EngineEvent>> tape) {
        SignalTape signals = new SignalTape();
        try (EngineStateStore store = EngineStateStore.open(scratchDir)) {
            Engine engine = new Engine(store, signals, rules);
            long[] applied = {0};
            tape.accept(event -> {
                engine.apply(event);
                if (++applied[0] % COMMIT_EVERY == 0) {
                    engine.endOfBatch();
                }
            });
            engine.endOfBatch();
        }
        return signals.signals();
    }
}
