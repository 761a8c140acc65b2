#!/usr/bin/env bash
# `tamga destroy` (issue 18) on a generated vault: the cost of the check that
# a person declared only by the destroyed document is named nowhere else
# (`DocumentDestruction+NamedElsewhere`, which reads every revision of every
# other document, but only when the document declares such a person).
#
#   Benchmarks/destroy.sh TAMGA [DOCS] [POOL]
#
# A vault of DOCS generated visit reports whose persons are drawn in turn
# from a pool of POOL (weak KDF, so no command pays Argon2id). With a small
# pool every person of the first document is declared elsewhere too: no
# scan. With POOL larger than the persons the documents draw, the first
# document's persons are its own: every other document is read. The first
# document is destroyed with --yes, timed whole (wall seconds, peak RSS).
# One JSON line per measurement; "only_here" is how many of its persons no
# other document declares.
set -euo pipefail
tamga="$1"; docs="${2:-100}"; pool="${3:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/tamga-destroybench}"
rm -rf "$work"; mkdir -p "$work"; chmod 700 "$work"
python3 "$here/gen_corpus.py" vault "$work/docs" "$docs" --pool "$pool" > /dev/null
printf 'bench passphrase, not for real use\n' > "$work/passphrase"; chmod 600 "$work/passphrase"
export TAMGA_VAULT="$work/vault" TAMGA_PASSPHRASE_FILE="$work/passphrase" XDG_STATE_HOME="$work/state" TAMGA_TEST_ONLY_WEAK_KDF=1
"$tamga" init --name "Bench Admin" > /dev/null 2>&1
find "$work/docs" -name '*.md' | sort | xargs -s 1000000 "$tamga" add > /dev/null
first=$(find "$work/docs" -name '*.md' | sort | head -1)
victim=$(grep -m1 '^id:' "$first" | awk '{print $2}')
only=0
for person in $(grep -E '^  D-[0-9]+:' "$first" | tr -d ' :'); do
  [ "$(grep -l -E "^  $person:" "$work/docs"/*.md | wc -l)" -eq 1 ] && only=$((only + 1))
done
/usr/bin/time -o "$work/time.out" -f '%e %M' "$tamga" destroy "$victim" --reason "benchmark" --yes > "$work/out" 2> "$work/err" \
  || { echo "refused or failed:" >&2; tail -3 "$work/err" >&2; }
read -r wall kib < <(tail -1 "$work/time.out")
printf '{"op":"destroy","docs":%s,"pool":%s,"only_here":%s,"wall_s":%s,"max_rss_kib":%s,"load":"%s"}\n' \
  "$docs" "$pool" "$only" "$wall" "$kib" "$(cut -d' ' -f1 /proc/loadavg)"
rm -rf "$work"
