#!/usr/bin/env bash
# The dashboard's own latency figures (issue 5):
#   perf/run-dashboard.sh browser [--rate 100 --warmup 5 --duration 20]    tick -> DOM update, measured in headless Chromium
#   perf/run-dashboard.sh fanout  [--clients 200 --rate 100 --readers selector|threads ...]   tick -> last of N loopback SSE clients
# Assumes the build is done (see perf/run-quick.sh) and, for "browser", /usr/bin/chromium + chromedriver.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
case "${1:-}" in
  browser) main=com.fks.copilot.perf.BrowserLatencyHarness ;;
  fanout) main=com.fks.copilot.perf.FanOutHarness ;;
  *) echo "usage: perf/run-dashboard.sh browser|fanout [options]" >&2; exit 2 ;;
esac
shift
# The Chronicle/Agrona JVM flags come from the root pom (property copilot.jvm.flags), filtered at build time.
read -r -a flags < gateway-netty/target/classes/copilot-jvm.flags
exec java "${flags[@]}" -cp "perf/target/perf-0.1.0-SNAPSHOT.jar:perf/target/lib/*" "$main" "$@"
