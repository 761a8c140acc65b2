#!/bin/bash
# Q7: Bob asks and syncs; then Bob withdraws his request on his copy while Second, apart, approves and syncs.
export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md  # session 38: VR declares D-0042 too, else destroy INT is refused
W=/tmp/r18atk39/s38-37Q7; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1; asking_policy; t a Admin policy set asking.yaml >/dev/null 2>&1
remote; clone b; clone s
t b Bob destroy INT-2014-044 --reason "retention" --yes | head -1; t b Bob sync >/dev/null 2>&1; t s Second sync >/dev/null 2>&1
echo "== Bob withdraws (not synced)"; t b Bob destroy --cancel INT-2014-044 --yes 2>&1 | grep -v WEAK
echo "== Second approves and syncs"; t s Second destroy --approve INT-2014-044 --yes 2>&1 | head -1; t s Second sync 2>&1 | tail -1
echo "== Admin syncs (sees the tombstone)"; t a Admin sync 2>&1 | tail -1; t a Admin list 2>&1 | tail -2
echo "== Bob syncs"; t b Bob sync 2>&1 | grep -v WEAK | tail -4
echo "== Bob lists / reads"; t b Bob list 2>&1 | tail -2; t b Bob show INT-2014-044 2>&1 | grep -c Sadykov
echo "== Admin syncs again"; t a Admin sync 2>&1 | grep -v WEAK | tail -3; t a Admin list 2>&1 | tail -2
echo "== fresh clone"; clone c; t c Admin list 2>&1 | tail -2
for c in a b s; do echo "check $c: $(t $c Admin check 2>&1 | tail -1 | cut -c1-150)"; done
