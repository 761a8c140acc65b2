#!/usr/bin/env bash
# Crash campaign (issue 8): runs `tamga add`, `edit`, `member remove` and
# `rekey` against one vault and kills each with SIGKILL at a random moment,
# then checks that the vault opens, `tamga check` passes, and every
# acknowledged document revision, member removal and log entry is there.
#
#   scripts/crash-test.sh [RUNS] [SEED]      (defaults: 200 runs, seed 20141028)
#
# The binary is $TAMGA_BINARY, else .build/debug/tamga. The same seed gives the
# same schedule of commands and the same kill points, each drawn uniformly as a
# fraction of the command's length measured in this run, so kills land
# anywhere in it (the delay in milliseconds follows the machine's speed).
# The vault uses the test-only fast key derivation (TAMGA_TEST_ONLY_WEAK_KDF),
# so the run is quick; nothing else differs from a real vault.
# Exit status: 0 when nothing was lost and check passed, 1 otherwise.
set -euo pipefail

RUNS=${1:-200}
SEED=${2:-20141028}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TAMGA=${TAMGA_BINARY:-$ROOT/.build/debug/tamga}
[ -x "$TAMGA" ] || { echo "crash-test: no tamga binary at $TAMGA (run swift build, or set TAMGA_BINARY)" >&2; exit 2; }
command -v timeout >/dev/null || { echo "crash-test: needs timeout (coreutils)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tamga-crash.XXXXXX")
# Decrypted text for `edit` goes to memory-backed storage; keep ours apart.
RUNTIME=$(mktemp -d /dev/shm/tamga-crash.XXXXXX 2>/dev/null || echo "")
cleanup() { [ -z "${KEEP:-}" ] && rm -rf "$WORK"; [ -n "$RUNTIME" ] && rm -rf "$RUNTIME"; return 0; }
trap cleanup EXIT

export TAMGA_VAULT=$WORK/vault
export TAMGA_PASSPHRASE_FILE=$WORK/passphrase
export TAMGA_TEST_ONLY_WEAK_KDF=1
export XDG_STATE_HOME=$WORK/state
export TAMGA_MEMBER=Admin
[ -n "$RUNTIME" ] && export XDG_RUNTIME_DIR=$RUNTIME
printf 'correct horse battery staple\n' > "$TAMGA_PASSPHRASE_FILE"
chmod 600 "$TAMGA_PASSPHRASE_FILE"
printf '#!/bin/sh\nsed -i "s/^title: .*/title: Edited visit report $TAMGA_CRASH_TAG/" "$1"\n' > "$WORK/editor.sh"
chmod 700 "$WORK/editor.sh"
export EDITOR=$WORK/editor.sh

# kill_after MS: D = a delay drawn uniformly from 0 to MS milliseconds.
kill_after() { draw 1000000; D=$(( D * ($1 + 1) / 1000000 )); }

source "$ROOT/scripts/campaign-lib.sh"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
snapshot() { find "$TAMGA_VAULT" -printf '%p %s %T@\n' | sort | md5sum; }

# run_killed DELAY_MS CMD... : runs tamga under `timeout -s KILL`, which kills
# only its own child. Sets STATUS (137 when killed) and OUT.
run_killed() {
  local delay=$1; shift
  local seconds
  seconds=$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))
  [ "$delay" -lt 1 ] && seconds=0.001
  set +e
  OUT=$(timeout -s KILL "$seconds" "$TAMGA" "$@" 2>"$WORK/stderr")
  STATUS=$?
  set -e
}
measure() { # CMD... -> prints milliseconds, fails loudly on error
  local start end
  start=$(now_ms)
  "$TAMGA" "$@" >/dev/null 2>"$WORK/stderr" || { echo "crash-test: $* failed: $(cat "$WORK/stderr")" >&2; exit 1; }
  end=$(now_ms)
  echo $((end - start))
}

"$TAMGA" init --name Admin >/dev/null 2>&1

# Measure each command once (these runs are not killed).
NEXT_DOC=1
ACK_DOCS=()            # "id revision title"
ADD_TIMES=()
for n in 1 2 3; do  # the median of three adds
  ADD_TIMES+=("$(measure add "$(document $n)")")
  ACK_DOCS+=("$(docid $n) 1 Generated visit report $n")
done
MS_ADD=$(printf '%s\n' "${ADD_TIMES[@]}" | sort -n | sed -n 2p)
NEXT_DOC=4
MS_EDIT=$(TAMGA_CRASH_TAG=warmup measure edit "$(docid 1)")
ACK_DOCS+=("$(docid 1) 2 Edited visit report warmup")
add_member M0 internal
MS_REMOVE=$(measure member remove M0)
ACK_REMOVED=(M0)
MS_REKEY=$(measure rekey --level internal)
ACK_REKEYS=1

declare -A KILLED=() MIDWAY=() ACKED=() TRIED=()
MEMBER=1
for ((run = 1; run <= RUNS; run++)); do
  # Commands slow down as the vault grows: measure again every 25 runs (these
  # probe runs are not killed and count as acknowledged work of their own).
  if (( run % 25 == 0 )); then
    MS_ADD=$(measure add "$(document $NEXT_DOC)"); ACK_DOCS+=("$(docid $NEXT_DOC) 1 Generated visit report $NEXT_DOC")
    NEXT_DOC=$((NEXT_DOC + 1))
    probe=${ACK_DOCS[0]%% *}
    MS_EDIT=$(TAMGA_CRASH_TAG=probe$run measure edit --resume "$probe")
    rev=$("$TAMGA" history "$probe" | tail -1 | awk '{print $1}')
    ACK_DOCS+=("$probe $rev Edited visit report probe$run")
    MS_REKEY=$(measure rekey --level state); ACK_REKEYS=$((ACK_REKEYS + 1))
  fi
  draw 100; roll=$D
  before=$(snapshot)
  if [ $roll -lt 55 ]; then
    op=add; n=$NEXT_DOC; NEXT_DOC=$((NEXT_DOC + 1))
    kill_after "$MS_ADD"; run_killed "$D" add "$(document "$n")"
    if [[ $OUT == *"added $(docid "$n") (revision 1)"* ]]; then
      ACK_DOCS+=("$(docid "$n") 1 Generated visit report $n"); ACKED[$op]=$(( ${ACKED[$op]:-0} + 1 ))
    fi
  elif [ $roll -lt 75 ]; then
    op=edit
    # Edit a document whose first revision was acknowledged.
    draw ${#ACK_DOCS[@]}; pick=${ACK_DOCS[$D]}; id=${pick%% *}
    export TAMGA_CRASH_TAG=run$run
    # --resume continues a text an earlier killed edit left (as a user would).
    kill_after "$MS_EDIT"; run_killed "$D" edit --resume "$id"
    if [[ $OUT =~ stored\ $id\ revision\ ([0-9]+) ]]; then
      ACK_DOCS+=("$id ${BASH_REMATCH[1]} Edited visit report run$run"); ACKED[$op]=$(( ${ACKED[$op]:-0} + 1 ))
    fi
  elif [ $roll -lt 90 ]; then
    op=remove; name=M$MEMBER; MEMBER=$((MEMBER + 1))
    draw 2; if [ $D -eq 0 ]; then add_member "$name" internal; else add_member "$name" state; fi
    before=$(snapshot)
    kill_after "$MS_REMOVE"; run_killed "$D" member remove "$name"
    if [[ $OUT == "removed $name"* ]]; then ACK_REMOVED+=("$name"); ACKED[$op]=$(( ${ACKED[$op]:-0} + 1 )); fi
  else
    op=rekey
    levels=(internal state public); draw 3; level=${levels[$D]}
    listed_before=$("$TAMGA" list --json)
    kill_after "$MS_REKEY"; run_killed "$D" rekey --level "$level"
    if [[ $OUT == "re-encrypted "* ]]; then ACK_REKEYS=$((ACK_REKEYS + 1)); ACKED[$op]=$(( ${ACKED[$op]:-0} + 1 )); fi
    # A rekey, finished or not, changes nothing a reader sees.
    if [ "$("$TAMGA" list --json)" != "$listed_before" ]; then
      echo "crash-test: run $run: list changed after a killed rekey --level $level" >&2; LIST_CHANGED=1
    fi
  fi
  TRIED[$op]=$(( ${TRIED[$op]:-0} + 1 ))
  if [ "$STATUS" -eq 137 ]; then
    KILLED[$op]=$(( ${KILLED[$op]:-0} + 1 ))
    [ "$(snapshot)" != "$before" ] && MIDWAY[$op]=$(( ${MIDWAY[$op]:-0} + 1 ))
  elif [ "$STATUS" -ne 0 ]; then
    echo "crash-test: run $run: $op exited $STATUS: $(cat "$WORK/stderr")" >&2; FAILED_RUNS=$(( ${FAILED_RUNS:-0} + 1 ))
  fi
done

# --- After the campaign -------------------------------------------------------
check_acknowledged crash-test
[ "$(grep -c " rekey level=" <<<"$LOG")" -ge "$ACK_REKEYS" ] || { echo "crash-test: rekey log entries missing" >&2; LOST=$((LOST + 1)); }
# Every document listed opens.
for id in $("$TAMGA" list --json | sed -n 's/.*"id" : "\(.*\)".*/\1/p'); do
  "$TAMGA" show "$id" >/dev/null 2>&1 || { echo "crash-test: $id is listed but does not open" >&2; LOST=$((LOST + 1)); }
done
# Writing works afterwards.
AFTER=ok
"$TAMGA" add "$(document 9999)" >/dev/null 2>&1 || AFTER=failed
add_member Zed state && "$TAMGA" member remove Zed >/dev/null 2>&1 || AFTER=failed
for level in internal state public; do "$TAMGA" rekey --level "$level" >/dev/null 2>&1 || AFTER=failed; done
# Finish removals a kill stopped after their keyring (check names them).
FINISHED=0
for name in $(sed -n 's/.*held by \(M[0-9]*\), who was removed.*/\1/p' <<<"$CHECK_OUT" | sort -u); do
  "$TAMGA" member remove "$name" >/dev/null 2>&1 && FINISHED=$((FINISHED + 1)) || AFTER=failed
done
set +e
FINAL_OUT=$("$TAMGA" check 2>&1); FINAL_STATUS=$?
set -e

total_killed=0; total_mid=0; total_ack=0
echo "crash-test: $RUNS runs, seed $SEED, binary $TAMGA"
printf '  %-14s %6s %8s %18s %13s\n' command runs killed "killed mid-write" acknowledged
for op in add edit remove rekey; do
  label=$op; [ $op = remove ] && label="member remove"
  printf '  %-14s %6d %8d %18d %13d\n' "$label" "${TRIED[$op]:-0}" "${KILLED[$op]:-0}" "${MIDWAY[$op]:-0}" "${ACKED[$op]:-0}"
  total_killed=$((total_killed + ${KILLED[$op]:-0})); total_mid=$((total_mid + ${MIDWAY[$op]:-0})); total_ack=$((total_ack + ${ACKED[$op]:-0}))
done
echo "  kill delays up to the measured length (last measure): ${MS_ADD} ms (add), ${MS_EDIT} ms (edit), ${MS_REMOVE} ms (member remove), ${MS_REKEY} ms (rekey)"
echo "  check after the campaign: exit $CHECK_STATUS, $(grep -c '^warning:' <<<"$CHECK_OUT") warning(s), $(grep -c '^problem:' <<<"$CHECK_OUT") problem(s)"
echo "  lost: $LOST acknowledged documents, revisions, removals or log entries"
echo "  warnings after the campaign:"
grep '^warning:' <<<"$CHECK_OUT" | sed -E 's/^warning: [^:]*: /    /; s/held by M[0-9]+,/held by a member,/; s/remove M[0-9]+/remove NAME/' | sort | uniq -c || true
echo "  writing afterwards: $AFTER; $FINISHED interrupted removal(s) finished by running them again;"
echo "  check after finishing interrupted work: exit $FINAL_STATUS, $(grep -c '^warning:' <<<"$FINAL_OUT") warning(s)"
grep '^warning:' <<<"$FINAL_OUT" | sed 's/^warning: [^:]*: /    /' | sort | uniq -c || true
[ -n "${KEEP:-}" ] && echo "  kept $WORK"
echo "crash: $RUNS runs, $total_killed killed, $total_mid killed mid-write, $total_ack acknowledged, $LOST lost, check $([ $CHECK_STATUS -eq 0 ] && echo passed || echo FAILED)"
if [ $CHECK_STATUS -ne 0 ] || [ $FINAL_STATUS -ne 0 ]; then
  echo "$CHECK_OUT" | grep -E '^(problem|Error)' | head -20 >&2
  echo "$FINAL_OUT" | grep -E '^(problem|Error)' | head -20 >&2
fi
[ $LOST -eq 0 ] && [ $CHECK_STATUS -eq 0 ] && [ $FINAL_STATUS -eq 0 ] && [ "$AFTER" = ok ] \
  && [ -z "${LIST_CHANGED:-}" ] && [ -z "${FAILED_RUNS:-}" ]
