-- Issue 20: round trips rebuilt from broker executions (NinjaTrader fills through POST /executions, or a
-- trade logged on the dashboard) are trades too. They share the table with journaled trades (POST /trades):
-- trade_id is the input-journal index of the event that opened either kind, so ids never collide.
-- source: 'journal' (POST /trades) or 'executions'; account: the broker account of a round trip.
-- A round trip is stored whole when it ends (open_journal_index = its first fill, close_journal_index = its
-- last); risk_dollars is its risk to the stop it was measured against, NULL when it had none.
ALTER TABLE trades
    ADD COLUMN source  TEXT NOT NULL DEFAULT 'journal' CHECK (source IN ('journal', 'executions')),
    ADD COLUMN account TEXT,
    ALTER COLUMN risk_dollars DROP NOT NULL;

-- GET /trades?date= reads one ET trading day by its close.
CREATE INDEX trades_closed_at ON trades (closed_at);
