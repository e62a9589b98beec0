-- TASK-705 parity: the columns the original's audit trail kept beside each risk and ORB event.
-- Filled by the drain from what the engine journaled with the event (output journal version 5);
-- rows of older journals, and values the engine did not know, stay NULL rather than guessed.

-- open_trades: instruments with a broker position or an open journaled trade, as the rules count them;
-- account_size: the account the rules sized against; risk_pct: risk_dollars as a percent of it;
-- session: the co-pilot's session (PRE_MARKET / ACTIVE / OFF_HOURS) at the event's ET time.
ALTER TABLE risk_events
    ADD COLUMN open_trades   INT,
    ADD COLUMN account_size  NUMERIC(14, 2),
    ADD COLUMN risk_pct      NUMERIC(9, 4),
    ADD COLUMN session       TEXT,
    ADD COLUMN metadata_json JSONB;

-- atr_value: the ATR the triggers were set from; bar_count: 1-minute bars in the 09:30-10:00 range.
ALTER TABLE orb_events
    ADD COLUMN atr_value     NUMERIC(20, 8),
    ADD COLUMN bar_count     INT,
    ADD COLUMN session       TEXT,
    ADD COLUMN metadata_json JSONB;
