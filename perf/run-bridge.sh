#!/usr/bin/env bash
# NinjaTrader bridge round trip over loopback (POST /positions/update), GET /health as baseline.
# Arguments: [requests=10000] [warmup=3000] [wait-strategy=auto]. Build first (see run-quick.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
read -r -a flags < gateway-netty/target/classes/copilot-jvm.flags
exec java "${flags[@]}" -cp "perf/target/perf-0.1.0-SNAPSHOT.jar:perf/target/lib/*" \
  com.fks.copilot.perf.BridgeRoundTripHarness "$@"
