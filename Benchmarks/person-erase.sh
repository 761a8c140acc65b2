#!/usr/bin/env bash
# `tamga person erase` (issue 18) on a generated vault.
#
#   Benchmarks/person-erase.sh TAMGA [DOCS] [POOL]
#
# A vault of DOCS generated visit reports (weak KDF, so no command pays
# Argon2id) whose persons are drawn in turn from a pool of POOL, so each
# person is declared by about DOCS*1.5/POOL documents; then the first
# document's first person is erased, timed whole by /usr/bin/time (wall
# seconds), and a `tamga check` after it. One JSON line per measurement.
set -euo pipefail
tamga="$1"; docs="${2:-100}"; pool="${3:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/tamga-erasebench}"
rm -rf "$work"; mkdir -p "$work"; chmod 700 "$work"
python3 "$here/gen_corpus.py" vault "$work/docs" "$docs" --pool "$pool" > /dev/null
printf 'bench passphrase, not for real use\n' > "$work/passphrase"; chmod 600 "$work/passphrase"
export TAMGA_VAULT="$work/vault" TAMGA_PASSPHRASE_FILE="$work/passphrase" XDG_STATE_HOME="$work/state" TAMGA_TEST_ONLY_WEAK_KDF=1
"$tamga" init --name "Bench Admin" > /dev/null 2>&1
find "$work/docs" -name '*.md' | sort | xargs -s 1000000 "$tamga" add > /dev/null
person=$(find "$work/docs" -name '*.md' | sort | head -1 | xargs grep -m1 -E '^  D-[0-9]+:' | tr -d ' :')
declaring=$(grep -l -E "^  $person:" "$work/docs"/*.md | wc -l)
timed() { # name command...
  local name="$1"; shift
  /usr/bin/time -o "$work/time.out" -f '%e %M' "$@" > "$work/out" 2> "$work/err" || { echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  read -r wall kib < <(tail -1 "$work/time.out")
  printf '{"op":"%s","docs":%s,"pool":%s,"declaring":%s,"wall_s":%s,"max_rss_kib":%s}\n' "$name" "$docs" "$pool" "$declaring" "$wall" "$kib"
}
timed erase "$tamga" person erase "$person" --reason "benchmark" --yes
grep -m1 '^erased:' "$work/out" >&2 || true
timed check "$tamga" check
rm -rf "$work"
