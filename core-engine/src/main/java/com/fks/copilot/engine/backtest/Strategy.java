package com.fks.copilot.engine.backtest;

/** The rules a backtest trades: the engine's opening-range breakout, or its daily plan. */
public enum Strategy {
    /**
     * The day's first ORB breakout ({@code OrbDesk}): in at the breakout close, stop and target set in multiples of the
     * ATR its triggers were set from, size from the $375 budget ({@code PositionSize}). Trades its own window (to
     * 11:00 ET), past the risk rules' 10:00 entry cutoff: the report counts what those rules would have blocked.
     */
    ORB,
    /**
     * The daily plan ({@code FocusDesk}): a LONG or SHORT line of a focus asset whose quality clears 55 %, entered
     * when a bar trades into its entry zone before the entry cutoff, with the plan's stop, TP1 and contract count.
     */
    FOCUS
}
