#!/usr/bin/env bash
# Test of the checker (issue 8): scripts/check-ninjatrader passes on an untouched copy of the NinjaScript and
# fails on copies with one deliberately broken line each, with the compiler error NinjaTrader would give.
#
#   ninjatrader/tests/broken-line.sh [SRC]     (SRC defaults to this repository's ninjatrader/)
#
# Exit 0 when every expectation holds, 1 otherwise. Works on temporary copies; SRC is never changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="$(cd "${1:-$here/..}" && pwd)"
check="$root/scripts/check-ninjatrader"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0

fresh_copy() {
  rm -rf "$tmp/nt"
  mkdir -p "$tmp/nt"
  cp -R "$src/FuturesBridgeStrategy.cs" "$src/LivePositionBridgeIndicator.cs" "$src/FKS_Core.cs" "$src/AccountSnapshot.cs" \
        "$src/Shared" "$src/stubs" "$tmp/nt/"
}

# expect_fail FILE EXACT-LINE-FRAGMENT REPLACEMENT ERROR-CODE DESCRIPTION
expect_fail() {
  local file="$1" from="$2" to="$3" code="$4" what="$5"
  fresh_copy
  if ! grep -qF -- "$from" "$tmp/nt/$file"; then
    echo "broken-line: FAIL ($what): '$from' not found in $file; update this test" >&2
    failures=$((failures + 1)); return
  fi
  FROM="$from" TO="$to" perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$tmp/nt/$file"
  if cmp -s "$src/$file" "$tmp/nt/$file"; then
    echo "broken-line: FAIL ($what): the copy was not changed" >&2
    failures=$((failures + 1)); return
  fi
  local log="$tmp/log.txt"
  if "$check" "$tmp/nt" >"$log" 2>&1; then
    echo "broken-line: FAIL ($what): the check PASSED on a broken $file" >&2
    failures=$((failures + 1)); return
  fi
  if ! grep -q "error $code" "$log"; then
    echo "broken-line: FAIL ($what): the check failed, but without error $code:" >&2
    cat "$log" >&2
    failures=$((failures + 1)); return
  fi
  echo "broken-line: ok   $what -> $(grep -m1 "error $code" "$log" | sed "s|$tmp/nt/||")"
}

fresh_copy
if "$check" "$tmp/nt" >"$tmp/log.txt" 2>&1; then
  echo "broken-line: ok   untouched copy compiles"
else
  echo "broken-line: FAIL the untouched copy does not compile:" >&2
  cat "$tmp/log.txt" >&2
  failures=$((failures + 1))
fi

expect_fail FKS_Core.cs \
  'Low[0] - 2 * TickSize, Brushes.Lime);' 'Low[0] - 2 * TickSize, "Lime");' \
  CS1503 "wrong argument type: a string where Draw.ArrowUp takes a Brush"
expect_fail FKS_Core.cs \
  'double close = Close[0];' 'double close = Closes[0];' \
  CS0103 "unknown name: Closes[0]"
expect_fail FuturesBridgeStrategy.cs \
  'SubmitOrderUnmanaged(0, action, OrderType.Market, own.Quantity,' 'SubmitOrderUnmanaged(0, action, OrderType.Market, own.Quantity.ToString(),' \
  CS1502 "wrong argument type: quantity as a string in SubmitOrderUnmanaged"
expect_fail LivePositionBridgeIndicator.cs \
  'List<string> skipped = new List<string>();' 'using var skipped = new List<string>();' \
  CS1525 "C# 8 'using var' (NinjaScript stays within C# 7.2)"
expect_fail AccountSnapshot.cs \
  'if (p == null || p.Instrument == null || p.MarketPosition == MarketPosition.Flat || p.Quantity <= 0)' \
  'if (p == null || p.Instrument == null || p.MarketPosition == MarketPosition.Flat || p.Quantity <= 0' \
  CS1525 "syntax error: a missing closing parenthesis"

if [ "$failures" -ne 0 ]; then
  echo "broken-line: $failures expectation(s) FAILED" >&2
  exit 1
fi
echo "broken-line: the check rejects every broken line and accepts the untouched files"
