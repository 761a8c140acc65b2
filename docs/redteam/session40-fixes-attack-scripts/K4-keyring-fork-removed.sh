#!/bin/bash
# K4: keyring fork. a: Admin removes Bob, syncs. s (apart): Second adds Eve, syncs. Bob's copy b syncs both.
# Can removed Bob still read/write in b? (a new internal document)
W=/tmp/atk40b/wK4; source /work/notes/attack-40b/lib.sh
base >/dev/null 2>&1; remote; clone b; clone s
echo "== a: remove Bob"; t a Admin member remove Bob 2>&1 | q | tail -1 | cut -c1-120; t a Admin sync 2>&1 | q | tail -1
echo "== s: add Eve apart"; k=$(t s Eve member invite --name Eve 2>/dev/null | grep -o "tamga-member:[0-9a-f]*"); t s Second member add Eve "$k" --clearance internal 2>&1 | q | tail -1 | cut -c1-150
t s Second sync 2>&1 | q | tail -2 | cut -c1-250
echo "== b: Bob syncs"; t b Bob sync 2>&1 | q | tail -2 | cut -c1-250
echo "== b: Bob lists / adds"; t b Bob list 2>&1 | q | head -3 | cut -c1-150
sed 's/^id: INT-2014-044/id: INT-2014-777/' $EX/INT-2014-044.md > $W/new.md; t b Bob add $W/new.md 2>&1 | q | head -2 | cut -c1-250
t b Bob sync 2>&1 | q | tail -2 | cut -c1-250
echo "== a: sync, list"; t a Admin sync 2>&1 | q | tail -2 | cut -c1-250; t a Admin list 2>&1 | q | cut -c1-80; t a Admin check 2>&1 | q | tail -3 | cut -c1-250
