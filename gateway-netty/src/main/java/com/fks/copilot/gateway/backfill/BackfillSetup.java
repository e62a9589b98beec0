package com.fks.copilot.gateway.backfill;

import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.DbSettings;

import java.util.Objects;

/**
 * The backfill's part of a run's configuration.
 *
 * @param db      where historical bars are stored
 * @param massive where they come from; null when no MASSIVE_API_KEY is set (status and gap reports only, no runs)
 * @param plan    what to fetch
 */
public record BackfillSetup(DbSettings db, MassiveSettings massive, BackfillSettings plan) {
    public BackfillSetup {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(plan, "plan");
    }
}
