#!/bin/bash
# C9: rev 1 consent [state] + photo. Clone b (Bob). a: Admin removes Bob (he leaves the NPM) and syncs. b, apart (field,
# offline): Bob records the detainee's withdrawal (rev 2, consent []) then syncs. What becomes of the withdrawal?
W=/tmp/atk41/wC9; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
for spec in "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
echo "== b: Bob records the withdrawal"; t b Bob add $W/rev2.md 2>&1 | q | head -1
echo "== a: Admin removes Bob, syncs"; t a Admin member remove Bob 2>&1 | q | tail -1 | cut -c1-100; t a Admin sync 2>&1 | q | tail -1
echo "== b: Bob syncs"; t b Bob sync 2>&1 | q | tail -4 | cut -c1-300
echo "== a: sync, consent"; t a Admin sync 2>&1 | q | tail -2 | cut -c1-300; t a Admin history INT-2014-044 2>&1 | q; t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
t a Admin check 2>&1 | q | tail -3 | cut -c1-300
