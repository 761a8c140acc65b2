#!/usr/bin/env bash
# make bench: tamga against the limit (libsodium from C) and the peers, one run.
# Writes every measurement as a JSON line to $BENCH_WORK/results.jsonl, then
# report.py prints the table and writes it into BENCHMARKS.md (between the
# results markers). See BENCHMARKS.md for the method.
#
# Knobs (environment), defaults sized so the whole run takes < 10 minutes on
# the 2-vCPU reference machine:
#   BENCH_WORK=/tmp/tamga-bench  scratch (1 GiB input, corpora, vaults)
#   ROUNDS=3            interleaved C/Swift rounds for the crypto figures
#   SS_MIB=1024         size of the secretstream file
#   SCALE_SIZES="100 1000"   vault sizes, fixed 20-person registry (documents recur on persons)
#   GROW_SIZES="50 100"      vault sizes where every document declares new persons
#   SINGLES=100         documents exported one command each (vs one batch command)
#   SYNC_DOCS=1000      documents in the vault the sync section copies (issue 16 asks for 10000)
#   SECTIONS="crypto redaction scale unlock"   which parts to run (also: sync, reproject)
#   BIG_MIB=15          size of the large document of the reproject section
#   TAMGA_BEFORE=PATH   reproject: also time this tamga binary (a release build of
#                       the code before issue 16's selective refresh), on its own vault
#   BENCH_UPDATE_MD=1   write the table into BENCHMARKS.md (0: print only)
# Larger runs, e.g.:  SCALE_SIZES="1000 10000" SECTIONS=scale Benchmarks/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
export BENCH_WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/tamga-bench}"
ROUNDS="${ROUNDS:-3}"
SS_MIB="${SS_MIB:-1024}"
SCALE_SIZES="${SCALE_SIZES:-100 1000}"
GROW_SIZES="${GROW_SIZES:-50 100}"
SINGLES="${SINGLES:-100}"
SYNC_DOCS="${SYNC_DOCS:-1000}"
SECTIONS="${SECTIONS:-crypto redaction scale unlock}"
work="$BENCH_WORK"
mkdir -p "$work"
chmod 700 "$work"
results="$work/results.jsonl"
: > "$results"
started=$(date +%s)

log() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))" >&2; }
record() { printf '%s\n' "$1" | tee -a "$results" >&2; }
has() { case " $SECTIONS " in *" $1 "*) return 0;; esac; return 1; }

# A whole command timed once: wall, user, sys, max RSS.
timed() {
  local name="$1" extra="$2"; shift 2
  local out="$work/time.out"
  /usr/bin/time -o "$out" -f '%e %U %S %M' "$@" > "$work/timed.stdout" 2> "$work/timed.stderr" || {
    echo "run.sh: '$*' failed:" >&2; tail -5 "$work/timed.stderr" >&2; return 1; }
  read -r wall user sys rss < <(tail -1 "$out")
  record "{\"impl\":\"cli\",\"op\":\"$name\",\"wall_s\":$wall,\"user_s\":$user,\"sys_s\":$sys,\"maxrss_kib\":$rss$extra}"
}

# hyperfine, one JSON line per command: median and spread of the runs.
hf() {
  local name="$1" runs="$2" extra="$3"; shift 3
  hyperfine -N --style none --runs "$runs" --warmup 1 --export-json "$work/hf.json" "$@" > /dev/null 2>&1 || {
    echo "run.sh: hyperfine $name failed" >&2; hyperfine -N --runs 1 "$@" >&2 || true; return 1; }
  python3 - "$work/hf.json" "$name" "$extra" <<'EOF' | tee -a "$results" >&2
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
t = sorted(r["times"])
print(json.dumps({"impl": "cli", "op": sys.argv[2], "wall_s": round(r["median"], 4), "min_s": round(t[0], 4),
                  "max_s": round(t[-1], 4), "user_s": round(r["user"], 4), "sys_s": round(r["system"], 4),
                  "runs": len(t), **json.loads("{" + sys.argv[3].lstrip(",") + "}")}))
EOF
}

# ---------------------------------------------------------------- machine
log "machine"
command -v hyperfine > /dev/null || { echo "run.sh: hyperfine is missing (apt-get install -y hyperfine)" >&2; exit 1; }
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
family=$(lscpu | sed -n 's/^CPU family: *//p'); model=$(lscpu | sed -n 's/^Model: *//p' | head -1)
record "$(python3 -c 'import json,sys; print(json.dumps({"impl":"machine","op":"machine","cpu":sys.argv[1],"family":sys.argv[2],"model":sys.argv[3],"cpus":int(sys.argv[4]),"mem_gib":round(int(sys.argv[5])/1048576),"kernel":sys.argv[6],"swift":sys.argv[7],"sodium":sys.argv[8],"python":sys.argv[9],"grep":sys.argv[10],"load_start":sys.argv[11]}))' \
  "$cpu" "$family" "$model" "$(nproc)" "$(awk '/MemTotal/{print $2}' /proc/meminfo)" "$(uname -r)" \
  "$(swift --version 2>/dev/null | head -1 | sed 's/.*version \([0-9.]*\).*/\1/')" "$(pkg-config --modversion libsodium)" \
  "$(python3 -V | cut -d' ' -f2)" "$(grep -V | head -1 | awk '{print $NF}')" "$(cut -d' ' -f1-3 /proc/loadavg)")"

# ---------------------------------------------------------------- builds
log "building (release)"
(cd "$repo" && swift build -c release 2>&1 | tail -1) >&2
tamga="$(cd "$repo" && swift build -c release --show-bin-path)/tamga"
cc -O2 -o "$work/sodiumbench" "$here/c/sodiumbench.c" $(pkg-config --cflags --libs libsodium)
sodium="$work/sodiumbench"
root="$("$here/bench-root.sh")"
(cd "$here" && TAMGA_BENCH_ROOT="$root" swift build -c release 2>&1 | tail -1) >&2
bench="$(cd "$here" && TAMGA_BENCH_ROOT="$root" swift build -c release --show-bin-path)/tamga-bench"
[ "$root" = ".." ] || echo "run.sh: built against $root (the root manifest lacks the library products; see BENCHMARKS.md)" >&2

# ---------------------------------------------------------------- 1, 2: crypto
if has crypto; then
  log "secretstream on a ${SS_MIB} MiB file, C and Swift interleaved ($ROUNDS rounds)"
  input="$work/in.bin"
  [ "$(stat -c %s "$input" 2>/dev/null || echo 0)" = "$((SS_MIB * 1048576))" ] ||
    head -c "$((SS_MIB * 1048576))" /dev/urandom > "$input"
  key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  # Each side encrypts once to a file; each decrypts the other's (interop check).
  "$sodium" enc "$key" "$input" "$work/ct.c" > /dev/null
  "$bench" ss-enc "$key" "$input" "$work/ct.swift" > /dev/null
  "$sodium" dec "$key" "$work/ct.swift" /dev/null > /dev/null
  "$bench" ss-dec "$key" "$work/ct.c" /dev/null > /dev/null
  cmp -s "$work/ct.c" "$work/ct.swift" && { echo "run.sh: two encryptions are identical (header not random?)" >&2; exit 1; }
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) = 1 ]; then order="c swift"; else order="swift c"; fi
    for side in $order; do
      if [ "$side" = c ]; then
        record "$("$sodium" enc "$key" "$input" /dev/null)"
        record "$("$sodium" dec "$key" "$work/ct.c" /dev/null)"
      else
        record "$("$bench" ss-enc "$key" "$input" /dev/null)"
        record "$("$bench" ss-dec "$key" "$work/ct.c" /dev/null)"
      fi
    done
  done
  rm -f "$work/ct.swift"

  log "SHA-256 of ${SS_MIB} MiB in memory: SHA-NI (what attach uses here) and libsodium's portable code"
  record "$("$bench" sha256 "$SS_MIB" 3)"
  record "$(TAMGA_SHA256=libsodium "$bench" sha256 "$SS_MIB" 3)"

  log "XChaCha20-Poly1305, 5 KB, and VaultObject (interleaved)"
  for r in $(seq 1 "$ROUNDS"); do
    "$sodium" aead 5120 10000 5 | while read -r line; do record "$line"; done
    "$bench" aead 5120 10000 5 | while read -r line; do record "$line"; done
    [ "$r" -le 3 ] && "$bench" object 5120 500 5 | while read -r line; do record "$line"; done
  done

  log "Argon2id MODERATE in process (C, Swift)"
  "$sodium" pwhash 3 | while read -r line; do record "$line"; done
  "$bench" pwhash 3 | while read -r line; do record "$line"; done
fi

# ---------------------------------------------------------------- 3: redaction
if has redaction; then
  log "redaction corpus"
  red="$work/redaction"
  python3 "$here/gen_corpus.py" redaction "$red" > "$work/truth.json"
  record "{\"impl\":\"corpus\",\"op\":\"truth\",$(tr -d '{}' < "$work/truth.json")}"
  for n in 10 1000 10000; do
    log "redaction, $n persons"
    record "$("$bench" redact "$red/corpus.txt" "$red/names.tsv" "$n" 3)"
    found=$(LC_ALL=C.UTF-8 grep -F -w -o -f "$red/names-$n.txt" "$red/corpus.txt" | wc -l)
    bytes=$(stat -c %s "$red/corpus.txt")
    hf "grep-$n" 7 ",\"persons\":$n,\"bytes\":$bytes,\"mentions\":$found" --output=pipe \
      "env LC_ALL=C.UTF-8 grep -F -w -o -f $red/names-$n.txt $red/corpus.txt"
    case $n in 10) max=0;; 1000) max=500000;; *) max=150000;; esac
    record "$(python3 "$here/redact_baseline.py" "$red/corpus.txt" "$red/names-$n.txt" "$([ $n = 10000 ] && echo 1 || echo 3)" $max)"
  done
  log "Exporter.export of a typical report"
  record "$("$bench" export "$repo/examples" VR-2014-017 "$red/names.tsv" 0 200 5)"
  record "$("$bench" export "$repo/examples" VR-2014-017 "$red/names.tsv" 1000 20 3)"
fi

# A vault for the CLI runs: weak KDF only where said (scale), never for unlock.
new_vault() {
  local dir="$1" weak="$2"
  rm -rf "$dir"; mkdir -p "$dir"; chmod 700 "$dir"
  printf 'bench passphrase, not for real use\n' > "$dir/passphrase"; chmod 600 "$dir/passphrase"
  export TAMGA_VAULT="$dir/vault" TAMGA_PASSPHRASE_FILE="$dir/passphrase" XDG_STATE_HOME="$dir/state"
  if [ "$weak" = 1 ]; then export TAMGA_TEST_ONLY_WEAK_KDF=1; else unset TAMGA_TEST_ONLY_WEAK_KDF; fi
  "$tamga" init --name "Bench Admin" > "$dir/init.txt" 2>&1
}

# ---------------------------------------------------------------- 4: vault at scale
# add N documents: one command for the documents not yet in; then list, export
# one, check, and add one more document, each as a vault of N sees it.
scale_series() {
  local series="$1" pool="$2" sizes="$3"
  local dir="$work/scale-$series"
  new_vault "$dir" 1
  local have=0
  for n in $sizes; do
    log "vault scale ($series registry): $n documents"
    rm -rf "$dir/docs"; python3 "$here/gen_corpus.py" vault "$dir/docs" $((n - have)) --start "$have" --pool "$pool"
    timed "add-batch" ",\"series\":\"$series\",\"docs\":$n,\"added\":$((n - have))" \
      bash -c "find '$dir/docs' -name '*.md' | sort | xargs -s 1000000 '$tamga' add"
    have=$n
    hf "list" 2 ",\"series\":\"$series\",\"docs\":$n" "$tamga list"
    hf "export-one" 2 ",\"series\":\"$series\",\"docs\":$n" "$tamga export BR-000001 --audience state -o $dir/out.md --force"
    hf "check" 2 ",\"series\":\"$series\",\"docs\":$n" "$tamga check"
    rm -rf "$dir/one"; python3 "$here/gen_corpus.py" vault "$dir/one" 1 --start 900000 --pool "$pool"
    timed "add-one" ",\"series\":\"$series\",\"docs\":$n" "$tamga" add "$dir/one/BR-900000.md"
    if [ "$series" = fixed ] && [ "$have" = "${sizes%% *}" ] && [ -f "$work/in.bin" ]; then
      # The streaming alone, without the 256 MiB of a MODERATE unlock (weak KDF here).
      timed "attach-weak" ",\"bytes\":$(stat -c %s "$work/in.bin")" "$tamga" attach BR-000001 "$work/in.bin"
    fi
  done
  rm -rf "$dir"
}
if has scale; then
  scale_series fixed 20 "$SCALE_SIZES"
  scale_series growing 20000 "$GROW_SIZES"
fi

# ---------------------------------------------------------------- 6: sync through git (issue 16)
# A vault of SYNC_DOCS documents pushed to an empty bare repository (with the
# guard), cloned from it, then 10 new documents synced into the full copy.
if has sync; then
  sd="$work/sync"
  new_vault "$sd" 1
  log "sync: a vault of $SYNC_DOCS documents"
  python3 "$here/gen_corpus.py" vault "$sd/docs" "$SYNC_DOCS" --pool 20
  find "$sd/docs" -name '*.md' | sort | xargs -s 1000000 "$tamga" add > /dev/null
  git init -q --bare -b main "$sd/remote.git"
  "$tamga" guard --install "$sd/remote.git" > /dev/null
  files=$(find "$TAMGA_VAULT" -type f | wc -l)
  timed "sync-first-push" ",\"docs\":$SYNC_DOCS,\"files\":$files" bash -c "'$tamga' remote add origin '$sd/remote.git' && '$tamga' sync"
  timed "sync-clone" ",\"docs\":$SYNC_DOCS,\"files\":$files" "$tamga" clone "$sd/remote.git" "$sd/copy"
  rm -rf "$sd/ten"; python3 "$here/gen_corpus.py" vault "$sd/ten" 10 --start 800000 --pool 20
  "$tamga" add "$sd"/ten/*.md > /dev/null
  timed "sync-push-10" ",\"docs\":$SYNC_DOCS,\"new\":10" "$tamga" sync
  timed "sync-receive-10" ",\"docs\":$SYNC_DOCS,\"new\":10" env TAMGA_VAULT="$sd/copy" XDG_STATE_HOME="$sd/copy-state" "$tamga" sync
  timed "sync-nothing-new" ",\"docs\":$SYNC_DOCS,\"new\":0" env TAMGA_VAULT="$sd/copy" XDG_STATE_HOME="$sd/copy-state" "$tamga" sync
  record "{\"impl\":\"cli\",\"op\":\"sync-remote-size\",\"docs\":$SYNC_DOCS,\"kib\":$(du -sk "$sd/remote.git" | cut -f1),\"vault_kib\":$(du -sk --exclude=.git "$TAMGA_VAULT" | cut -f1)}"
  rm -rf "$sd"
fi

# ---------------------------------------------------------------- 5: unlock, attach, batch export
if has unlock; then
  log "unlock at the shipped MODERATE parameters (tamga list on a 3-document vault)"
  uv="$work/unlock"
  new_vault "$uv" 0
  "$tamga" add "$repo"/examples/*.md > /dev/null
  hf "unlock-list" 7 ",\"docs\":3" "$tamga list"
  if [ -f "$work/in.bin" ]; then
    log "tamga attach of the ${SS_MIB} MiB file"
    timed "attach" ",\"bytes\":$(stat -c %s "$work/in.bin")" "$tamga" attach VR-2014-017 "$work/in.bin"
  fi
  log "export of $SINGLES documents: one command vs one command each (MODERATE unlock)"
  python3 "$here/gen_corpus.py" vault "$uv/docs" "$SINGLES" --pool 20
  ls -1 "$uv"/docs/*.md | xargs "$tamga" add > /dev/null
  ids=$(cd "$uv/docs" && ls -1 | sed 's/\.md$//' | tr '\n' ' ')
  mkdir -p "$uv/batch" "$uv/singles"
  timed "export-batch" ",\"docs\":$SINGLES" bash -c "'$tamga' export $ids --audience state -o '$uv/batch/' --force"
  timed "export-singles" ",\"docs\":$SINGLES" bash -c "for id in $ids; do '$tamga' export \$id --audience state -o '$uv/singles/' --force || exit 1; done"
  rm -rf "$uv"
fi

# ---------------------------------------------------------------- 6: re-projection after a consent change
# Issue 16: one BIG_MIB document naming nobody plus 5 small reports (each
# declaring persons); a consent grant and a withdrawal (twice) for a person of
# the first small report, each timed whole (unlock with the weak KDF, log entry,
# refresh of the stored parts). TAMGA_BEFORE adds the same on another binary.
if has reproject; then
  big="$work/big"; rm -rf "$big"; python3 "$here/gen_corpus.py" big "$big" "${BIG_MIB:-15}"
  python3 "$here/gen_corpus.py" vault "$big/small" 5 --pool 20
  person=$(sed -n 's/^  \(D-[^:]*\):$/\1/p' "$big/small/BR-000000.md" | head -1)
  sides="after:$tamga"; [ -n "${TAMGA_BEFORE:-}" ] && sides="before:$TAMGA_BEFORE $sides"
  for side in $sides; do
    name="${side%%:*}"; bin="${side#*:}"
    log "reproject ($name): consent changes in a vault with a ${BIG_MIB:-15} MiB document"
    new_vault "$work/reproject-$name" 1
    extra=",\"side\":\"$name\",\"big_mib\":${BIG_MIB:-15},\"docs\":6"
    timed "add-big" "$extra" "$bin" add "$big/BIG-000001.md"
    "$bin" add "$big"/small/*.md > /dev/null
    for r in 1 2; do
      # The person was declared without consent: grant first, so each command changes it.
      timed "consent-grant" "$extra" "$bin" person consent "$person" --grant state --date 2014-11-04 --obtained-by Bench
      grep -o 're-projected [0-9]* stored part(s)' "$work/timed.stdout" >&2 || echo "(nothing re-projected)" >&2
      timed "consent-withdraw" "$extra" "$bin" person consent "$person" --withdraw state --date 2014-11-05 --obtained-by Bench
      grep -o 're-projected [0-9]* stored part(s)' "$work/timed.stdout" >&2 || echo "(nothing re-projected)" >&2
    done
    rm -rf "$work/reproject-$name"
  done
  rm -rf "$big"
fi

record "{\"impl\":\"machine\",\"op\":\"end\",\"load_end\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"total_s\":$(( $(date +%s) - started ))}"
log "report"
python3 "$here/report.py" "$results" "$repo/BENCHMARKS.md"
