#!/bin/bash
# S4: F8 with an erasure: Bob asks to erase D-0042 and syncs; s syncs; Bob withdraws (not synced); Second approves
# on s and syncs first. Then Bob syncs.
export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md
W=/tmp/r18atk39/wS4; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1; asking_policy; t a Admin policy set asking.yaml >/dev/null 2>&1
remote; clone b; clone s
t b Bob person erase D-0042 --reason "asked" --yes 2>&1 | q | head -1 | cut -c1-200; t b Bob sync >/dev/null 2>&1; t s Second sync >/dev/null 2>&1
echo "== Bob withdraws (not synced)"; t b Bob person erase --cancel D-0042 2>&1 | q | head -1
echo "== Second approves, syncs"; t s Second person erase --approve D-0042 --yes 2>&1 | q | head -1 | cut -c1-200; t s Second sync 2>&1 | q | tail -1
echo "== Bob syncs"; t b Bob sync 2>&1 | q | tail -3 | cut -c1-300
echo "== Bob: person show D-0042"; t b Bob person show D-0042 2>&1 | q | head -1
