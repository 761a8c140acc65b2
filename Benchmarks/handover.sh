#!/usr/bin/env bash
# `tamga handover accept` (issue 18, review 37 M-4) on a generated vault.
#
#   Benchmarks/handover.sh TAMGA [DOCS] [REVISIONS] [POOL]
#
# A former vault of DOCS generated visit reports (weak KDF, so no command
# pays Argon2id), each stored in REVISIONS revisions (a line appended per
# revision), whose persons are drawn in turn from a pool of POOL; every
# person consents to transfer, and half of them to be named to the State
# there (not in the front matter), so the accept carries consent events too.
# A successor vault invites it; `handover execute` writes the package and
# `handover accept` imports it, each timed whole by /usr/bin/time (wall
# seconds, peak RSS), then a `tamga check` of the successor. One JSON line
# per measurement.
set -euo pipefail
tamga="$1"; docs="${2:-50}"; revisions="${3:-3}"; pool="${4:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/tamga-handoverbench}"
rm -rf "$work"; mkdir -p "$work"; chmod 700 "$work"
python3 "$here/gen_corpus.py" vault "$work/docs" "$docs" --pool "$pool" > /dev/null
printf 'bench passphrase, not for real use\n' > "$work/passphrase"; chmod 600 "$work/passphrase"
export TAMGA_PASSPHRASE_FILE="$work/passphrase" XDG_STATE_HOME="$work/state" TAMGA_TEST_ONLY_WEAK_KDF=1
former() { TAMGA_VAULT="$work/former" "$tamga" "$@"; }
successor() { TAMGA_VAULT="$work/successor" "$tamga" "$@"; }
former init --name "Former Admin" > /dev/null 2>&1
successor init --name "Successor Admin" > /dev/null 2>&1
for ((r = 1; r <= revisions; r++)); do
  if ((r > 1)); then for f in "$work/docs"/*.md; do printf '\nRevision %s of this report.\n' "$r" >> "$f"; done; fi
  find "$work/docs" -name '*.md' | sort | xargs -s 1000000 "$tamga" add --vault "$work/former" > /dev/null 2>&1
done
persons=$(cat "$work/docs"/*.md | grep -oE '^  [A-Z]+-[0-9]+:' | tr -d ' :' | sort -u)
n=0
for person in $persons; do
  former person consent "$person" --grant transfer --date 2025-09-20 --obtained-by "Bench" > /dev/null
  if ((n % 2 == 0)); then former person consent "$person" --grant state --date 2025-09-21 --obtained-by "Bench" > /dev/null; fi
  n=$((n + 1))
done
former key public -o "$work/former.pub" > /dev/null 2>&1
invitation=$(successor handover invitation 2> /dev/null)
timed() { # name command...
  local name="$1"; shift
  /usr/bin/time -o "$work/time.out" -f '%e %M' "$@" > "$work/out" 2> "$work/err" || { echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  read -r wall kib < <(tail -1 "$work/time.out")
  printf '{"op":"%s","docs":%s,"revisions":%s,"pool":%s,"wall_s":%s,"max_rss_kib":%s}\n' "$name" "$docs" "$revisions" "$pool" "$wall" "$kib"
}
export TAMGA_VAULT="$work/former"
timed execute "$tamga" handover execute --to "$invitation" -o "$work/package"
export TAMGA_VAULT="$work/successor"
timed accept "$tamga" handover accept "$work/package" --former-key "$work/former.pub"
grep -m1 '^accepted:' "$work/out" >&2 || true
timed check "$tamga" check
rm -rf "$work"
