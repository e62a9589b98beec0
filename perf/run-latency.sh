#!/usr/bin/env bash
# End-to-end latency harness at a fixed tick rate (default: tick -> SSE at 1,000 ticks/s, 5 s warm-up, 20 s measured).
#   perf/run-latency.sh --point all                  SSE client, engine state and the no-pipeline baseline, one after the other
#   perf/run-latency.sh --rate 2000 --duration 30    see SseLatencyHarness for every option
# Assumes the build is done (see perf/run-quick.sh). Exits 1 when a tick was lost.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# The Chronicle/Agrona JVM flags come from the root pom (property copilot.jvm.flags), filtered at build time.
read -r -a flags < gateway-netty/target/classes/copilot-jvm.flags
exec java "${flags[@]}" -cp "perf/target/perf-0.1.0-SNAPSHOT.jar:perf/target/lib/*" \
  com.fks.copilot.perf.SseLatencyHarness "$@"
