#!/usr/bin/env bash
# Issue 18's recovery and replay targets on a full demo day: records the default demo day (its prior days, then
# 09:29:30–16:00) at max speed in a child JVM, then times the raw journal read, Replay.run, recovery with no usable
# state and from the last snapshot (in this JVM, --reps times), and whole child-JVM restarts (--restarts each).
#   perf/run-recovery.sh [--reps 5] [--restarts 2] [--date 2026-11-24] [--history-days 5]
# Assumes the build is done (see perf/run-quick.sh). PERF_JAVA_OPTS: extra JVM options for the harness JVM
# (e.g. Flight Recorder: PERF_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/recovery.jfr).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# The Chronicle/Agrona JVM flags come from the root pom (property copilot.jvm.flags), filtered at build time.
read -r -a flags < gateway-netty/target/classes/copilot-jvm.flags
read -r -a extra <<< "${PERF_JAVA_OPTS:-}"
exec java "${flags[@]}" ${extra[@]+"${extra[@]}"} -cp "perf/target/perf-0.1.0-SNAPSHOT.jar:perf/target/lib/*" \
  com.fks.copilot.perf.RecoveryReplayHarness "$@"
