#!/usr/bin/env bash
# Write-failure campaign (issue 8, second half): runs the commands that write
# to a vault (`tamga add`, `edit`, `attach`, `member remove`, `rekey`,
# `export -o`) while writes fail, in two ways drawn at random per run:
#
#   disk  the vault lives on a small tmpfs, filled so that only a random few
#         KiB, or a random few inodes, are free: the command runs out of space
#         (ENOSPC) wherever that lands, in write(2) for the bytes, in open(2)
#         with O_CREAT, link(2) or mkdir(2) for the inodes. Needs a mount
#         namespace (`unshare`; as root, or unprivileged user namespaces).
#   fiu   Debian's libfiu (`fiu-run -x`, package fiu-utils) makes one kind of
#         libc call fail with a given errno, at random with a seeded
#         probability: write, fsync, open, close, rename or unlink.
#
# After each run it checks: a failed command exited 1 with an `Error:` line
# and no crash; with the fault gone, `tamga check` passes; running the same
# command again succeeds (nothing half-written trips it up); no partial
# output file is left. At the end: every acknowledged document revision,
# attachment, member removal and rekey is there, and adding works.
#
#   scripts/fault-test.sh [RUNS] [SEED]      (defaults: 150 runs, seed 20141028)
#   FAULT_MODES="disk fiu"                   (the default; either alone works)
#
# The binary is $TAMGA_BINARY, else .build/debug/tamga. The same seed gives the
# same commands, fill levels, fault kinds and libfiu PRNG seeds. Exit status:
# 0 when every failure was reported, nothing half-written and nothing lost.
set -euo pipefail

RUNS=${1:-150}
SEED=${2:-20141028}
MODES=${FAULT_MODES:-disk fiu}
EXPLICIT=${FAULT_MODES:+1}  # a mode asked for by name must run, or the campaign fails
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TAMGA=${TAMGA_BINARY:-$ROOT/.build/debug/tamga}
[ -x "$TAMGA" ] || { echo "fault-test: no tamga binary at $TAMGA (run swift build, or set TAMGA_BINARY)" >&2; exit 2; }

# The disk mode mounts a tmpfs in a private mount namespace, which vanishes
# with this script: nothing is left mounted whatever happens.
if [[ " $MODES " == *" disk "* ]] && [ -z "${TAMGA_FAULT_NAMESPACE:-}" ]; then
  if [ "$(id -u)" = 0 ]; then flags=(--mount); else flags=(--user --map-root-user --mount); fi
  if unshare "${flags[@]}" true 2>/dev/null; then
    TAMGA_FAULT_NAMESPACE=1 exec unshare "${flags[@]}" "$0" "$@"
  fi
  echo "fault-test: cannot make a mount namespace (unshare); the disk-full mode is left out" >&2
  [ -z "$EXPLICIT" ] || exit 2
  MODES=${MODES//disk/}
fi
if [[ " $MODES " == *" fiu "* ]] && ! command -v fiu-run >/dev/null; then
  echo "fault-test: fiu-run not found (apt-get install fiu-utils); the libfiu mode is left out" >&2
  [ -z "$EXPLICIT" ] || exit 2
  MODES=${MODES//fiu/}
fi
read -r -a MODE_LIST <<<"$MODES"
[ ${#MODE_LIST[@]} -gt 0 ] || { echo "fault-test: no way to inject faults here" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tamga-fault.XXXXXX")
RUNTIME=$(mktemp -d /dev/shm/tamga-fault.XXXXXX 2>/dev/null || echo "")
SMALL=$WORK/small
cleanup() { [[ " $MODES " == *" disk "* ]] && umount "$SMALL" 2>/dev/null; [ -z "${KEEP:-}" ] && rm -rf "$WORK"; [ -n "$RUNTIME" ] && rm -rf "$RUNTIME"; return 0; }
trap cleanup EXIT
mkdir -p "$SMALL"
if [[ " $MODES " == *" disk "* ]]; then
  mount -t tmpfs -o size=32m,nr_inodes=40000,mode=0700 tamga-fault "$SMALL"
fi

export TAMGA_VAULT=$SMALL/vault
export TAMGA_PASSPHRASE_FILE=$WORK/passphrase
export TAMGA_TEST_ONLY_WEAK_KDF=1
export XDG_STATE_HOME=$WORK/state
export TAMGA_MEMBER=Admin
# A crash must show as a signal at once, not wait for the backtracer (which
# itself stalls when writes fail).
export SWIFT_BACKTRACE=enable=no
[ -n "$RUNTIME" ] && export XDG_RUNTIME_DIR=$RUNTIME
OUTDIR=$SMALL/exports; mkdir -p "$OUTDIR"
printf 'correct horse battery staple\n' > "$TAMGA_PASSPHRASE_FILE"
chmod 600 "$TAMGA_PASSPHRASE_FILE"
printf '#!/bin/sh\nsed -i "s/^title: .*/title: Edited visit report $TAMGA_FAULT_TAG/" "$1"\n' > "$WORK/editor.sh"
chmod 700 "$WORK/editor.sh"
export EDITOR=$WORK/editor.sh


source "$ROOT/scripts/campaign-lib.sh"
used_bytes() { df -B1 --output=used "$SMALL" | tail -1 | tr -d ' '; }
must() { "$TAMGA" "$@" >/dev/null 2>"$WORK/stderr" || { echo "fault-test: $* failed: $(cat "$WORK/stderr")" >&2; exit 1; }; }

# --- Faults ---------------------------------------------------------------------
# libfiu failure points, the errnos they fail with, and about how many calls of
# each an `add` makes (measured with strace -c), so that probability 1/k puts
# the first failure anywhere in the command.
FIU_POINTS=(posix/io/rw/write posix/io/sync/fsync posix/io/oc/open posix/io/oc/close posix/io/dir/rename posix/io/dir/unlink)
FIU_ERRNOS=("28 5 122" "5 28" "28 5 13 24" "5" "5 28" "5 16")
FIU_CALLS=(12 16 120 100 3 5)
errno_name() { case $1 in 5) echo EIO;; 13) echo EACCES;; 16) echo EBUSY;; 24) echo EMFILE;; 28) echo ENOSPC;; 122) echo EDQUOT;; *) echo "$1";; esac; }

# Disk mode: how many bytes each command added when it last ran unfaulted;
# the free space left is drawn below that, so the command runs out part-way.
declare -A NEED=([add]=32768 [edit]=32768 [attach]=131072 [remove]=16384 [rekey]=32768 [export]=32768)
FILLER=$SMALL/filler
fill_leaving() { # bytes to leave free
  local avail
  avail=$(( $(stat -f -c '%a * %S' "$SMALL") ))
  [ "$avail" -gt "$1" ] && fallocate -l $((avail - $1)) "$FILLER"
  return 0
}
fill_inodes_leaving() { # inodes to leave free (on tmpfs a hard link takes one too)
  local free
  free=$(stat -f -c '%d' "$SMALL")
  mkdir "$FILLER.d"
  [ "$free" -gt $(($1 + 1)) ] && (cd "$FILLER.d" && seq 1 $((free - $1 - 1)) | xargs touch)
  return 0
}

# run_faulted MODE CMD... : runs tamga with the fault armed. Sets STATUS, OUT, ERR, FAULT.
run_faulted() {
  local mode=$1; shift
  set +e
  draw 2
  if [ "$mode" = disk ] && [ "$D" = 0 ]; then
    draw $(( NEED[$op] / 4096 + 2 )); local free=$(( D * 4096 ))
    FAULT="disk full, $((free / 1024)) KiB free"; KIND=space
    fill_leaving "$free"
    OUT=$("$TAMGA" "$@" 2>"$WORK/stderr"); STATUS=$?
    rm -f "$FILLER"
  elif [ "$mode" = disk ]; then
    draw 24; local free=$D
    FAULT="no inodes, $free free"; KIND=inodes
    fill_inodes_leaving "$free"
    OUT=$("$TAMGA" "$@" 2>"$WORK/stderr"); STATUS=$?
    rm -rf "$FILLER.d"
  else
    local i codes code k prng
    draw ${#FIU_POINTS[@]}; i=$D
    read -r -a codes <<<"${FIU_ERRNOS[$i]}"
    draw ${#codes[@]}; code=${codes[$D]}
    draw "${FIU_CALLS[$i]}"; k=$((D + 1))
    draw 2147483647; prng=$D
    FAULT="${FIU_POINTS[$i]} $(errno_name "$code") p=1/$k"; KIND=${FIU_POINTS[$i]##*/}
    OUT=$(FIU_PRNG_SEED=$prng fiu-run -x -f "" \
      -c "enable_random name=${FIU_POINTS[$i]},probability=$(awk "BEGIN{print 1/$k}"),failinfo=$code" \
      "$TAMGA" "$@" 2>"$WORK/stderr"); STATUS=$?
  fi
  set -e
  ERR=$(cat "$WORK/stderr")
}
run_plain() { set +e; OUT=$("$TAMGA" "$@" 2>"$WORK/stderr"); STATUS=$?; set -e; ERR=$(cat "$WORK/stderr"); }
stray_temporaries() { find "$TAMGA_VAULT" -name '.tmp-*' | wc -l; }

# --- Set-up (unfaulted) -------------------------------------------------------
must init --name Admin
ACK_DOCS=()     # "id revision title"
for n in 1 2 3; do must add "$(document "$n")"; ACK_DOCS+=("$(docid "$n") 1 Generated visit report $n"); done
NEXT_DOC=4; MEMBER=1; ACK_REMOVED=(); ACK_ATTACH=0; ACK_REKEYS=0; ACK_EXPORTS=()

declare -A TRIED=() HIT=() REPORTED=() RETRIED=() KIND_RUNS=() KIND_HITS=()
CRASHES=0; UNCLEAR=0; HALF=0; STRAYS=0; ARMED_OK=0
MESSAGES=$WORK/messages; : > "$MESSAGES"
problem() { echo "fault-test: run $run ($op, $FAULT): $*" >&2; }

for ((run = 1; run <= RUNS; run++)); do
  draw ${#MODE_LIST[@]}; mode=${MODE_LIST[$D]}
  draw 100; roll=$D
  # Prepare the command (unfaulted), then run it with the fault armed.
  if [ $roll -lt 30 ]; then
    op=add; n=$NEXT_DOC; NEXT_DOC=$((NEXT_DOC + 1)); file=$(document "$n")
    cmd=(add "$file"); retry=(add "$file")
  elif [ $roll -lt 45 ]; then
    op=edit; draw ${#ACK_DOCS[@]}; pick=${ACK_DOCS[$D]}; id=${pick%% *}
    export TAMGA_FAULT_TAG=run$run
    cmd=(edit --resume "$id"); retry=(edit --resume "$id")
  elif [ $roll -lt 60 ]; then
    op=attach; draw ${#ACK_DOCS[@]}; pick=${ACK_DOCS[$D]}; id=${pick%% *}
    draw 200000; head -c $((D + 1)) /dev/urandom > "$WORK/attachment-$run.bin"
    cmd=(attach "$id" "$WORK/attachment-$run.bin"); retry=("${cmd[@]}")
  elif [ $roll -lt 75 ]; then
    op=remove; name=M$MEMBER; MEMBER=$((MEMBER + 1))
    draw 2; clearances=(internal state); add_member "$name" "${clearances[$D]}"
    cmd=(member remove "$name"); retry=("${cmd[@]}")
  elif [ $roll -lt 85 ]; then
    op=rekey; levels=(internal state public); draw 3; level=${levels[$D]}
    cmd=(rekey --level "$level"); retry=("${cmd[@]}")
  else
    op=export; draw ${#ACK_DOCS[@]}; pick=${ACK_DOCS[$D]}; id=${pick%% *}
    audiences=(state public); out=$OUTDIR/export-$run.html; draw 2
    cmd=(export "$id" --audience "${audiences[$D]}" --format html -o "$out"); retry=("${cmd[@]}")
  fi
  TRIED[$op]=$(( ${TRIED[$op]:-0} + 1 ))
  run_faulted "$mode" "${cmd[@]}"
  KIND_RUNS[$KIND]=$(( ${KIND_RUNS[$KIND]:-0} + 1 ))
  [ "$STATUS" -ne 0 ] && KIND_HITS[$KIND]=$(( ${KIND_HITS[$KIND]:-0} + 1 ))

  acknowledge() { # what a successful run of the command promised
    case $op in
      add) [[ $OUT == *"added $(docid "$n") (revision 1)"* || $OUT == *"unchanged $(docid "$n")"* ]] &&
             ACK_DOCS+=("$(docid "$n") 1 Generated visit report $n") ;;
      edit) [[ $OUT =~ stored\ $id\ revision\ ([0-9]+) ]] && ACK_DOCS+=("$id ${BASH_REMATCH[1]} Edited visit report run$run") ;;
      attach) [[ $OUT == "attached "* ]] && ACK_ATTACH=$((ACK_ATTACH + 1)) ;;
      remove) [[ $OUT == "removed $name"* ]] && ACK_REMOVED+=("$name") ;;
      rekey) [[ $OUT == "re-encrypted "* ]] && ACK_REKEYS=$((ACK_REKEYS + 1)) ;;
      export) ACK_EXPORTS+=("$out") ;;
    esac
    return 0
  }

  if [ "$STATUS" -eq 0 ]; then
    ARMED_OK=$((ARMED_OK + 1)); acknowledge
  else
    HIT[$op]=$(( ${HIT[$op]:-0} + 1 ))
    # Reported: exit 1 (see `tamga --help`), an Error: line, no crash.
    if [ "$STATUS" -gt 128 ] || grep -qE 'Fatal error|stack trace|Illegal instruction' <<<"$ERR"; then
      CRASHES=$((CRASHES + 1)); problem "crashed (status $STATUS): $(head -c 300 <<<"$ERR")"
    elif [ "$STATUS" -ne 1 ] || ! grep -q '^Error: ' <<<"$ERR"; then
      UNCLEAR=$((UNCLEAR + 1)); problem "status $STATUS, message: $(head -c 300 <<<"$ERR")"
    else
      REPORTED[$op]=$(( ${REPORTED[$op]:-0} + 1 ))
    fi
    # The first Error: line, with paths and numbers folded, for the summary.
    grep -m1 '^Error: ' <<<"$ERR" | sed -E "s#$WORK#W#g; s#/[^ :]*/#…/#g; s/[0-9a-f]{16,}/H/g; s/-[0-9]{5,}/-N/g; s/[0-9]+/N/g" >> "$MESSAGES" || true
    # No partial output: a failed export leaves no file (or signature) behind.
    if [ "$op" = export ] && { [ -e "$out" ] || [ -e "$out.minisig" ]; }; then
      HALF=$((HALF + 1)); problem "failed export left $(ls "$out"* 2>/dev/null | xargs -n1 basename | tr '\n' ' ')"
    fi
    # With the fault gone the vault passes check...
    set +e; CHECK_OUT=$("$TAMGA" check 2>&1); CHECK_STATUS=$?; set -e
    if [ $CHECK_STATUS -ne 0 ]; then
      HALF=$((HALF + 1)); problem "check failed: $(grep -E '^(problem|Error)' <<<"$CHECK_OUT" | head -3)"
    fi
    # ...and the same command again succeeds.
    run_plain "${retry[@]}"
    if [ "$STATUS" -eq 0 ]; then
      RETRIED[$op]=$(( ${RETRIED[$op]:-0} + 1 )); acknowledge
    else
      HALF=$((HALF + 1)); problem "the retry failed (status $STATUS): $(head -c 300 <<<"$ERR")"
    fi
  fi
  if [ "$(stray_temporaries)" -gt "$STRAYS" ]; then echo "fault-test: run $run ($op, $FAULT) left a temporary file (status $STATUS)" >&2; fi
  STRAYS=$(stray_temporaries)
  # Keep the disk-full draws close to what each command needs now.
  if [ "$mode" = disk ] && [ $((run % 10)) -eq 0 ]; then
    before=$(used_bytes); must add "$(document $NEXT_DOC)"; NEED[add]=$(( $(used_bytes) - before + 8192 ))
    ACK_DOCS+=("$(docid $NEXT_DOC) 1 Generated visit report $NEXT_DOC"); NEXT_DOC=$((NEXT_DOC + 1))
    parts=$(find "$TAMGA_VAULT/documents" -type f ! -name '.*' | wc -l)
    NEED[rekey]=$(( parts * 4096 / 2 + 8192 ))
  fi
done

# --- After the campaign -------------------------------------------------------
check_acknowledged fault-test
[ "$(grep -c " rekey level=" <<<"$LOG")" -ge "$ACK_REKEYS" ] || { echo "fault-test: rekey log entries missing" >&2; LOST=$((LOST + 1)); }
[ "$(grep -c "attach " <<<"$LOG")" -ge "$ACK_ATTACH" ] || { echo "fault-test: attach log entries missing" >&2; LOST=$((LOST + 1)); }
for file in "${ACK_EXPORTS[@]}"; do
  "$TAMGA" verify "$file" >/dev/null 2>&1 || { echo "fault-test: export $file missing or does not verify" >&2; LOST=$((LOST + 1)); }
done
AFTER=ok
"$TAMGA" add "$(document 9999)" >/dev/null 2>&1 || AFTER=failed
set +e; FINAL_OUT=$("$TAMGA" check 2>&1); FINAL_STATUS=$?; set -e
# Then free what the failures left: every temporary file goes, nothing else.
STRAYS_BEFORE_TIDY=$(find "$TAMGA_VAULT" -name '.tmp-*' | wc -l)
FILES_BEFORE_TIDY=$(find "$TAMGA_VAULT" -type f ! -name '.tmp-*' ! -name lock | sort)
set +e; TIDY_OUT=$("$TAMGA" check --tidy 2>&1); TIDY_STATUS=$?; set -e
TIDY=ok
[ $TIDY_STATUS -eq 0 ] && grep -q "^tidied: removed $STRAYS_BEFORE_TIDY temporary file(s)" <<<"$TIDY_OUT" \
  && [ "$(find "$TAMGA_VAULT" -name '.tmp-*' | wc -l)" -eq 0 ] \
  && [ "$(find "$TAMGA_VAULT" -type f ! -name '.tmp-*' ! -name lock | sort)" = "$FILES_BEFORE_TIDY" ] || TIDY=failed

total() { local sum=0 v; for v in "$@"; do sum=$((sum + v)); done; echo $sum; }
HITS=$(total "${HIT[@]}" 0); REPS=$(total "${REPORTED[@]}" 0); RETRIES=$(total "${RETRIED[@]}" 0)
echo "fault-test: $RUNS runs, seed $SEED, modes: ${MODE_LIST[*]}, binary $TAMGA"
printf '  %-14s %6s %14s %9s %13s\n' command runs "fault hit" reported "retry worked"
for op in add edit attach remove rekey export; do
  label=$op; [ $op = remove ] && label="member remove"; [ $op = export ] && label="export -o"
  printf '  %-14s %6d %14d %9d %13d\n' "$label" "${TRIED[$op]:-0}" "${HIT[$op]:-0}" "${REPORTED[$op]:-0}" "${RETRIED[$op]:-0}"
done
echo "  by fault (runs/hit): $(for k in space inodes write fsync open close rename unlink; do [ -n "${KIND_RUNS[$k]:-}" ] && printf '%s %d/%d, ' "$k" "${KIND_RUNS[$k]}" "${KIND_HITS[$k]:-0}"; done | sed 's/, $//')"
echo "  armed but the command succeeded (fault not reached, or in a best-effort write): $ARMED_OK"
echo "  messages of the failed commands (paths and numbers folded):"
sort "$MESSAGES" | uniq -c | sort -rn | sed 's/^/  /'
echo "  check after the campaign: exit $CHECK_STATUS, $(grep -c '^warning:' <<<"$CHECK_OUT") warning(s), $(grep -c '^problem:' <<<"$CHECK_OUT") problem(s)"
grep '^warning:' <<<"$CHECK_OUT" | sed -E 's/^warning: [^:]*: /    /; s/held by M[0-9]+,/held by a member,/; s/remove M[0-9]+/remove NAME/' | sort | uniq -c || true
echo "  stray temporary files in the vault at the end: $STRAYS; writing afterwards: $AFTER; final check: exit $FINAL_STATUS"
echo "  check --tidy: $(head -1 <<<"$TIDY_OUT"); no temporary file left and every other file kept: $TIDY"
[ -n "${KEEP:-}" ] && echo "  kept $WORK"
echo "fault: $RUNS runs, $HITS faults hit, $REPS reported, $CRASHES crashed, $UNCLEAR unclear, $HALF half-written, $LOST lost acknowledged, $RETRIES retries succeeded"
[ $CHECK_STATUS -ne 0 ] && grep -E '^(problem|Error)' <<<"$CHECK_OUT" | head -20 >&2
[ $HALF -eq 0 ] && [ $LOST -eq 0 ] && [ $CRASHES -eq 0 ] && [ $UNCLEAR -eq 0 ] && [ $REPS -eq "$HITS" ] \
  && [ $CHECK_STATUS -eq 0 ] && [ $FINAL_STATUS -eq 0 ] && [ "$AFTER" = ok ] && [ "$TIDY" = ok ]
