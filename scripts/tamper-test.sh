#!/usr/bin/env bash
# Tamper campaign (issues 3 and 8): runs the TamperDetectionTests suite, which
# damages a copy of a vault once per case (every file flipped at its start,
# middle and end, truncated, emptied, extended and deleted; objects swapped;
# an old keyring replayed; log entries deleted; stray files and symlinks
# planted) and checks that `tamga check` names the file each time. Prints the
# figure: cases tried, detected, missed.
#
#   scripts/tamper-test.sh
#
# The binary under test is $TAMGA_BINARY, else .build/debug/tamga (built first).
# Exit status: 0 when every case was detected.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SWIFT=${SWIFT:-swift}
if [ -z "${TAMGA_BINARY:-}" ]; then
  "$SWIFT" build >/dev/null
  TAMGA_BINARY="$("$SWIFT" build --show-bin-path)/tamga"
fi
export TAMGA_BINARY
set +e
OUT=$("$SWIFT" test --filter TamperDetectionTests 2>&1)
STATUS=$?
set -e
grep -E '^tamper\[' <<<"$OUT" | sort
grep -E '^tamper\[' <<<"$OUT" \
  | sed -E 's/.*\]: ([0-9]+) cases, ([0-9]+) detected \(([0-9]+) by .*, ([0-9]+) only .*, ([0-9]+) as a warning\), ([0-9]+) undetectable by design, ([0-9]+) missed.*/\1 \2 \3 \4 \5 \6 \7/' \
  | awk '{ t += $1; d += $2; a += $3; h += $4; w += $5; u += $6; m += $7 }
    END { printf "tamper: %d cases, %d detected (%d by the administrator'"'"'s tamga check, %d only by the holder'"'"'s own check or tamga recover, %d as a warning: derived data), %d undetectable by design (harmless), %d missed\n", t, d, a, h, w, u, m }'
grep -E '^  undetectable by design:' <<<"$OUT" | sort || true
if [ $STATUS -ne 0 ]; then
  grep -E '✘|undetected' <<<"$OUT" | head -20 >&2
fi
exit $STATUS
