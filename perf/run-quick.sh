#!/usr/bin/env bash
# Quick JMH suite (CI): 1 fork, 2 warm-up + 3 measurement iterations of 1 s, GC profiler; about a minute.
# Assumes the build is done:
#   mvn -q -B -DskipTests install -pl core-engine,journal,static-ui,gateway-netty
#   mvn -q -B -DskipTests package -pl perf
# Extra arguments go to PerfSuite (e.g. --json perf/target/jmh-quick.json).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="perf/target/perf-0.1.0-SNAPSHOT.jar"
if [ ! -f "$jar" ] || [ ! -d perf/target/lib ]; then
  echo "run-quick: $jar or perf/target/lib missing; build first (see the top of this script)" >&2
  exit 1
fi
# PerfSuite itself does not touch Chronicle; it appends the Chronicle JVM flags to every JMH fork.
exec java -cp "$jar:perf/target/lib/*" com.fks.copilot.perf.PerfSuite --quick "$@"
