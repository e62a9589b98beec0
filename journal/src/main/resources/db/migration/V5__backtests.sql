-- Issue 17, item 4: the OFF-HOURS backtest of the last 20 trading days, drained from the output journal
-- (BACKTEST_RESULT events, passed through by the engine from the BACKTEST inputs the gateway's worker journaled).
-- run_id is the input-journal index of the session change to OFF-HOURS that asked for the run. A run's trades are
-- journaled before its run record, so a backtest_runs row means every one of its trades is here; trades of a run
-- cut off by a stop have no run row. Keyed like every drained table by (journal_index, ordinal): exactly once.
CREATE TABLE backtest_runs (
    journal_index BIGINT      NOT NULL,
    ordinal       INT         NOT NULL,
    run_id        BIGINT      NOT NULL UNIQUE,
    asked_at      TIMESTAMPTZ NOT NULL,
    date_from     DATE        NOT NULL,
    date_to       DATE        NOT NULL,
    trading_days  INT         NOT NULL,
    trades        INT         NOT NULL,
    net_profit    NUMERIC(14, 2) NOT NULL,
    max_drawdown  NUMERIC(14, 2) NOT NULL,
    win_rate      DOUBLE PRECISION,
    profit_factor DOUBLE PRECISION,
    sharpe        DOUBLE PRECISION,
    summary       JSONB       NOT NULL,
    PRIMARY KEY (journal_index, ordinal)
);

CREATE TABLE backtest_trades (
    journal_index BIGINT      NOT NULL,
    ordinal       INT         NOT NULL,
    run_id        BIGINT      NOT NULL,
    trade_no      INT         NOT NULL,
    symbol        TEXT        NOT NULL,
    strategy      TEXT        NOT NULL,
    side          TEXT        NOT NULL CHECK (side IN ('LONG', 'SHORT')),
    contracts     INT         NOT NULL,
    entry_time    TIMESTAMPTZ NOT NULL,
    entry_price   NUMERIC(18, 6) NOT NULL,
    stop_price    NUMERIC(18, 6) NOT NULL,
    target_price  NUMERIC(18, 6) NOT NULL,
    exit_time     TIMESTAMPTZ NOT NULL,
    exit_price    NUMERIC(18, 6) NOT NULL,
    exit_reason   TEXT        NOT NULL,
    gross         NUMERIC(14, 2) NOT NULL,
    commission    NUMERIC(14, 2) NOT NULL,
    net           NUMERIC(14, 2) NOT NULL,
    risk_rules_would_block TEXT,
    PRIMARY KEY (journal_index, ordinal),
    UNIQUE (run_id, trade_no)
);
