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
stage="$work/root/stage"
rm -rf "$stage"; mkdir -p "$stage" "$copy"
# Sources and manifest only. The copy is replaced only when something changed,
# so its .build stays valid (a fresh copy would rebuild everything).
(cd "$repo" && tar -cf - Package.swift Sources) | (cd "$stage" && tar -xf -)
sed -i 's|^\( *\)\.executable(name: "tamga", targets: \["tamga"\]),|&\n\1.library(name: "TamgaCrypto", targets: ["TamgaCrypto"]),\n\1.library(name: "TamgaCore", targets: ["TamgaCore"]),\n\1.library(name: "TamgaVault", targets: ["TamgaVault"]),|' "$stage/Package.swift"
grep -q '\.library(name: "TamgaVault"' "$stage/Package.swift" || { echo "bench-root.sh: could not add the products" >&2; exit 1; }
if ! diff -rq "$stage/Sources" "$copy/Sources" > /dev/null 2>&1 || ! cmp -s "$stage/Package.swift" "$copy/Package.swift"; then
  rm -rf "$copy/Sources"
  mv "$stage/Sources" "$copy/Sources"
  mv "$stage/Package.swift" "$copy/Package.swift"
fi
rm -rf "$stage"
echo "$copy"
