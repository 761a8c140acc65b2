#!/bin/bash
# K1: keyring fork marker. ORDER=removefirst: a removes Bob and syncs, s adds Eve apart and syncs (refused, marker on s).
# ORDER=addfirst: s adds Eve and syncs first, a removes Bob and syncs second (refused, marker on a).
# Then: what the refused copy says, whether it writes; a keyless writer deletes the marker; then writes again?
W=/tmp/atk41/wK1-${ORDER:-removefirst}; source /work/notes/attack-41/lib41.sh
base >/dev/null 2>&1; remote; clone b; clone s
sed 's/^id: INT-2014-044/id: INT-2014-777/' $EX/INT-2014-044.md > $W/new.md
rm_a() { echo "== a: remove Bob, sync"; t a Admin member remove Bob 2>&1 | q | tail -1 | cut -c1-120; t a Admin sync 2>&1 | q | tail -2 | cut -c1-300; }
add_s() { echo "== s: add Eve, sync"; k=$(t s Eve member invite --name Eve 2>/dev/null | grep -o "tamga-member:[0-9a-f]*"); t s Second member add Eve "$k" --clearance internal 2>&1 | q | tail -1 | cut -c1-150; t s Second sync 2>&1 | q | tail -3 | cut -c1-400; }
if [ "${ORDER:-removefirst}" = removefirst ]; then rm_a; add_s; X=s; M=Second; else add_s; rm_a; X=a; M=Admin; fi
echo "== $X: marker?"; ls -la $W/$X/.git/tamga-keyring-fork 2>&1 | cut -c1-150; cat $W/$X/.git/tamga-keyring-fork 2>/dev/null
echo "== $X: add (should refuse)"; t $X $M add $W/new.md 2>&1 | q | head -2 | cut -c1-400
echo "== $X: consent grant / attach"; t $X $M person consent D-0042 --grant state --date 2014-10-28 --obtained-by Admin 2>&1 | q | head -1 | cut -c1-200
echo "== $X: member list"; t $X $M member list 2>&1 | q | cut -c1-100
echo "== keyless writer removes the marker; $X adds"; rm -f $W/$X/.git/tamga-keyring-fork; t $X $M add $W/new.md 2>&1 | q | head -2 | cut -c1-300
echo "== Bob (removed on a) reads it on $X"; t $X Bob show INT-2014-777 2>&1 | q | head -3 | cut -c1-150
echo "== $X sync again"; t $X $M sync 2>&1 | q | tail -2 | cut -c1-300; ls $W/$X/.git/tamga-keyring-fork 2>&1
echo "== plant a marker in b (keyless writer): b writes?"; echo "keyring/000009.json" > $W/b/.git/tamga-keyring-fork; sed 's/^id: INT-2014-044/id: INT-2014-778/' $EX/INT-2014-044.md > $W/new2.md; t b Bob add $W/new2.md 2>&1 | q | head -2 | cut -c1-300
t b Bob sync 2>&1 | q | tail -2 | cut -c1-200; ls $W/b/.git/tamga-keyring-fork 2>&1
