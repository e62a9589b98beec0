package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The data directory as {@code /health} shows it: the disk it takes, by part, and which trading days its journal
 * keeps. Measured by the housekeeping pass once a minute, not per request.
 *
 * @param usedBytes    bytes the data dir takes on disk (Chronicle's journal files are sparse: what they use, not
 *                     their length, when {@code measuredBy} is {@code du})
 * @param measuredBy   {@code du} (blocks in use) or {@code file sizes} where {@code du} is not available
 * @param keptBecause  why the oldest day past the retention is still kept; null when none is
 * @param deletedDays  trading days deleted by retention since this run started
 */
public record DataDirStatus(String path,
                            @JsonProperty("used_bytes") long usedBytes,
                            @JsonProperty("journal_bytes") long journalBytes,
                            @JsonProperty("snapshot_bytes") long snapshotBytes,
                            @JsonProperty("state_bytes") long stateBytes,
                            @JsonProperty("free_bytes") long freeBytes,
                            @JsonProperty("measured_by") String measuredBy,
                            @JsonProperty("measured_at") String measuredAt,
                            @JsonProperty("journal_days") int journalDays,
                            @JsonProperty("oldest_day") String oldestDay,
                            @JsonProperty("newest_day") String newestDay,
                            @JsonProperty("retain_days") int retainDays,
                            String retention,
                            @JsonProperty("kept_because") String keptBecause,
                            @JsonProperty("deleted_days") List<String> deletedDays) {
}
