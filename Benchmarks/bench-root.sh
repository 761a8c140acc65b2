#!/usr/bin/env bash
# Prints the path of the root package the Benchmarks package should build
# against. When the root manifest already exports the TamgaCrypto, TamgaCore
# and TamgaVault library products, that is the repository itself (..). Until
# then it makes a copy of the sources with those three products added (the
# root Package.swift is never edited) under $BENCH_WORK/root/tamga.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/tamga-bench}"
if grep -q '\.library(name: "TamgaVault"' "$repo/Package.swift" \
   && grep -q '\.library(name: "TamgaCore"' "$repo/Package.swift" \
   && grep -q '\.library(name: "TamgaCrypto"' "$repo/Package.swift"; then
  echo ".."
  exit 0
fi
copy="$work/root/tamga"
mkdir -p "$copy"
# Sources and manifest only; rsync-like refresh that keeps the copy's .build.
(cd "$repo" && tar -cf - --exclude='./.build*' --exclude='./Benchmarks' --exclude='./.git' \
  Package.swift Sources) | (cd "$copy" && rm -rf Sources && tar -xf -)
[ -f "$repo/Package.resolved" ] && cp "$repo/Package.resolved" "$copy/" || true
sed -i 's|^\( *\)\.executable(name: "tamga", targets: \["tamga"\]),|&\n\1.library(name: "TamgaCrypto", targets: ["TamgaCrypto"]),\n\1.library(name: "TamgaCore", targets: ["TamgaCore"]),\n\1.library(name: "TamgaVault", targets: ["TamgaVault"]),|' "$copy/Package.swift"
grep -q '\.library(name: "TamgaVault"' "$copy/Package.swift" || { echo "bench-root.sh: could not add the products" >&2; exit 1; }
echo "$copy"
