-- History the trader reviews, drained from the journals. Every row carries the journal index of
-- the event it came from; output-journal rows are keyed by (journal_index, ordinal) exactly as the
-- output journal is, so a row can exist once and only once.

-- Where each drain has got to; updated in the same transaction as the rows it covers.
CREATE TABLE drain_position (
    queue          TEXT PRIMARY KEY CHECK (queue IN ('input', 'output')),
    last_index     BIGINT      NOT NULL,
    drained_events BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Input journal ------------------------------------------------------------------------------

CREATE TABLE ticks (
    journal_index BIGINT PRIMARY KEY,
    symbol        TEXT           NOT NULL,
    event_time    TIMESTAMPTZ,
    price         NUMERIC(20, 8) NOT NULL,
    size          BIGINT         NOT NULL,
    feed_sequence BIGINT         NOT NULL
);
CREATE INDEX ticks_symbol_time ON ticks (symbol, event_time);

-- One row per NinjaTrader account snapshot, one line per open position in it.
CREATE TABLE position_snapshots (
    journal_index  BIGINT PRIMARY KEY,
    account        TEXT           NOT NULL,
    event_time     TIMESTAMPTZ,
    open_positions INT            NOT NULL,
    unrealized_pnl NUMERIC(14, 2) NOT NULL
);

CREATE TABLE position_lines (
    journal_index  BIGINT         NOT NULL REFERENCES position_snapshots (journal_index),
    symbol         TEXT           NOT NULL,
    side           TEXT           NOT NULL CHECK (side IN ('LONG', 'SHORT')),
    quantity       BIGINT         NOT NULL,
    avg_price      NUMERIC(20, 8) NOT NULL,
    unrealized_pnl NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (journal_index, symbol)
);

-- Output journal -----------------------------------------------------------------------------

CREATE TABLE bars_1m (
    journal_index BIGINT         NOT NULL,
    ordinal       INT            NOT NULL,
    symbol        TEXT           NOT NULL,
    bar_start     TIMESTAMPTZ,
    open          NUMERIC(20, 8) NOT NULL,
    high          NUMERIC(20, 8) NOT NULL,
    low           NUMERIC(20, 8) NOT NULL,
    close         NUMERIC(20, 8) NOT NULL,
    volume        BIGINT         NOT NULL,
    PRIMARY KEY (journal_index, ordinal)
);
CREATE INDEX bars_1m_symbol_start ON bars_1m (symbol, bar_start);

CREATE TABLE session_changes (
    journal_index BIGINT      NOT NULL,
    ordinal       INT         NOT NULL,
    event_time    TIMESTAMPTZ,
    session       TEXT        NOT NULL,
    PRIMARY KEY (journal_index, ordinal)
);

-- Pre-flight checks, trades opened/refused/closed, the standing verdict and the NO TRADE verdict
-- (TASK-705's risk_events).
CREATE TABLE risk_events (
    journal_index BIGINT         NOT NULL,
    ordinal       INT            NOT NULL,
    event_type    TEXT           NOT NULL,
    event_time    TIMESTAMPTZ,
    symbol        TEXT,
    side          TEXT,
    quantity      BIGINT,
    price         NUMERIC(20, 8),
    stop_price    NUMERIC(20, 8),
    trade_id      BIGINT,
    risk_dollars  NUMERIC(14, 2),
    realized_pnl  NUMERIC(14, 2),
    daily_pnl     NUMERIC(14, 2),
    blocked       BOOLEAN        NOT NULL,
    reason        TEXT,
    warnings      TEXT,
    PRIMARY KEY (journal_index, ordinal)
);
CREATE INDEX risk_events_time ON risk_events (event_time);
CREATE INDEX risk_events_symbol_type ON risk_events (symbol, event_type);

CREATE TABLE trades (
    trade_id            BIGINT PRIMARY KEY,
    symbol              TEXT           NOT NULL,
    side                TEXT           NOT NULL,
    quantity            BIGINT         NOT NULL,
    entry_price         NUMERIC(20, 8) NOT NULL,
    stop_price          NUMERIC(20, 8),
    risk_dollars        NUMERIC(14, 2) NOT NULL,
    opened_at           TIMESTAMPTZ,
    open_journal_index  BIGINT         NOT NULL,
    exit_price          NUMERIC(20, 8),
    realized_pnl        NUMERIC(14, 2),
    closed_at           TIMESTAMPTZ,
    close_journal_index BIGINT
);

-- Per trading day (ET): realized P&L and the count of closed trades.
CREATE TABLE daily_journal (
    trade_date    DATE PRIMARY KEY,
    realized_pnl  NUMERIC(14, 2) NOT NULL,
    trades_closed INT            NOT NULL,
    wins          INT            NOT NULL,
    losses        INT            NOT NULL,
    notes         TEXT,
    journal_index BIGINT         NOT NULL
);

-- Every opening-range evaluation; breakouts flagged (TASK-705's orb_events).
CREATE TABLE orb_events (
    journal_index  BIGINT         NOT NULL,
    ordinal        INT            NOT NULL,
    event_time     TIMESTAMPTZ,
    symbol         TEXT           NOT NULL,
    status         TEXT           NOT NULL,
    or_high        NUMERIC(20, 8),
    or_low         NUMERIC(20, 8),
    long_trigger   NUMERIC(20, 8),
    short_trigger  NUMERIC(20, 8),
    breakout       BOOLEAN        NOT NULL,
    direction      TEXT,
    breakout_price NUMERIC(20, 8),
    PRIMARY KEY (journal_index, ordinal)
);
CREATE INDEX orb_events_time ON orb_events (event_time);

-- Each recomputed line of the daily plan.
CREATE TABLE focus_snapshots (
    journal_index  BIGINT         NOT NULL,
    ordinal        INT            NOT NULL,
    event_time     TIMESTAMPTZ,
    symbol         TEXT           NOT NULL,
    rank           INT            NOT NULL,
    focus_asset    BOOLEAN        NOT NULL,
    bias           TEXT           NOT NULL,
    last_price     NUMERIC(20, 8),
    entry_low      NUMERIC(20, 8),
    entry_high     NUMERIC(20, 8),
    stop           NUMERIC(20, 8),
    target1        NUMERIC(20, 8),
    target2        NUMERIC(20, 8),
    contracts      BIGINT         NOT NULL,
    risk_dollars   NUMERIC(14, 2) NOT NULL,
    quality        DOUBLE PRECISION,
    wave_ratio     DOUBLE PRECISION,
    vol_percentile DOUBLE PRECISION,
    PRIMARY KEY (journal_index, ordinal)
);
CREATE INDEX focus_snapshots_symbol_time ON focus_snapshots (symbol, event_time);

-- Backfill ---------------------------------------------------------------------------------

-- 1-minute bars fetched from Massive's REST aggregates (TASK-204); what the engine warms from.
CREATE TABLE historical_bars (
    symbol    TEXT           NOT NULL,
    bar_time  TIMESTAMPTZ    NOT NULL,
    open      NUMERIC(20, 8) NOT NULL,
    high      NUMERIC(20, 8) NOT NULL,
    low       NUMERIC(20, 8) NOT NULL,
    close     NUMERIC(20, 8) NOT NULL,
    volume    BIGINT         NOT NULL,
    source    TEXT           NOT NULL,
    fetched_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (symbol, bar_time)
);
