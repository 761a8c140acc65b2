#!/usr/bin/env bash
# Data keys on refs/tamga/datakeys (issue 18): sync and clone before and after.
#
#   Benchmarks/sync-datakeys.sh BEFORE_TAMGA AFTER_TAMGA [DOCS] [RUNS]
#
# For each binary: a vault of DOCS generated documents (weak KDF, so no
# command pays Argon2id), pushed to a bare repository with that binary's
# guard installed, then timed whole by /usr/bin/time (wall seconds):
# the first push, a clone, an idle sync in the clone (RUNS times), a
# destruction followed by a sync in the origin (the one that prunes, and
# the guard's post-receive prune), the idle sync after it, and a clone of
# the repository after the destruction. One JSON line per measurement on
# stdout; BENCHMARKS.md ("Data keys on their own ref") quotes a run.
set -euo pipefail
before="$1"; after="$2"; docs="${3:-200}"; runs="${4:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/tamga-dkbench}"
rm -rf "$work"; mkdir -p "$work"; chmod 700 "$work"
python3 "$here/gen_corpus.py" vault "$work/docs" "$docs" --pool 20 > /dev/null

timed() { # name label command...
  local name="$1" label="$2"; shift 2
  /usr/bin/time -o "$work/time.out" -f '%e' "$@" > "$work/out" 2> "$work/err" || { echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  printf '{"binary":"%s","op":"%s","docs":%s,"wall_s":%s}\n' "$label" "$name" "$docs" "$(tail -1 "$work/time.out")"
}

for pair in "before:$before" "after:$after"; do
  label="${pair%%:*}"; tamga="${pair#*:}"
  dir="$work/$label"; mkdir -p "$dir"; chmod 700 "$dir"
  printf 'bench passphrase, not for real use\n' > "$dir/passphrase"; chmod 600 "$dir/passphrase"
  export TAMGA_VAULT="$dir/vault" TAMGA_PASSPHRASE_FILE="$dir/passphrase" XDG_STATE_HOME="$dir/state" TAMGA_TEST_ONLY_WEAK_KDF=1
  "$tamga" init --name "Bench Admin" > /dev/null 2>&1
  find "$work/docs" -name '*.md' | sort | xargs -s 1000000 "$tamga" add > /dev/null
  victim=$(find "$work/docs" -name '*.md' | sort | head -1 | xargs grep -m1 '^id:' | awk '{print $2}')
  git init -q --bare -b main "$dir/remote.git"
  "$tamga" guard --install "$dir/remote.git" > /dev/null
  timed first-push "$label" bash -c "'$tamga' remote add origin '$dir/remote.git' && '$tamga' sync"
  timed clone "$label" "$tamga" clone "$dir/remote.git" "$dir/copy"
  for _ in $(seq "$runs"); do
    timed idle-sync "$label" env TAMGA_VAULT="$dir/copy" XDG_STATE_HOME="$dir/copy-state" "$tamga" sync
  done
  "$tamga" destroy "$victim" --reason "benchmark" --yes > /dev/null
  timed sync-after-destroy "$label" "$tamga" sync
  timed receive-destroy "$label" env TAMGA_VAULT="$dir/copy" XDG_STATE_HOME="$dir/copy-state" "$tamga" sync
  timed idle-sync-after "$label" "$tamga" sync
  timed clone-after-destroy "$label" "$tamga" clone "$dir/remote.git" "$dir/copy2"
  printf '{"binary":"%s","op":"remote-size","docs":%s,"kib":%s}\n' "$label" "$docs" "$(du -sk "$dir/remote.git" | cut -f1)"
done
rm -rf "$work"
