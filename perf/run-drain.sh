#!/usr/bin/env bash
# Journal → Postgres drain: sustained rows/s on a backlog, then lag at a live tick rate, against a
# real PostgreSQL started in a temp dir (the machine's binaries, as the tests do).
# Arguments: [backlog=1000000] [live-rate=1000] [live-seconds=20]. Build first (see run-quick.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
read -r -a flags < gateway-netty/target/classes/copilot-jvm.flags
exec java "${flags[@]}" -cp "perf/target/perf-0.1.0-SNAPSHOT.jar:perf/target/lib/*" \
  com.fks.copilot.perf.DrainThroughputHarness "$@"
