-- Who wrote an audit row: the engine (drained from the output journal), or an external tool through
-- POST /audit/risk or /audit/orb (journaled as an AUDIT_NOTE input event and drained from the input
-- journal, with ordinal -1: its journal index alone is its key).
ALTER TABLE risk_events ADD COLUMN source TEXT NOT NULL DEFAULT 'engine' CHECK (source IN ('engine', 'external'));
ALTER TABLE orb_events ADD COLUMN source TEXT NOT NULL DEFAULT 'engine' CHECK (source IN ('engine', 'external'));
