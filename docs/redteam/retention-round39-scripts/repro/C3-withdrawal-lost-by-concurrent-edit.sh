#!/bin/bash
# C3: INT-2014-044 rev 1 declares D-0042 consent [state]; photo attached --consent state. Copy b: Bob records the
# withdrawal (rev 2, consent: []). Copy a, apart and a little later: Admin fixes a typo (rev 2', consent still
# [state]). Sync b, a, b. Which consent holds, and does the photo go?
W=/tmp/r18atk39/wC3; source /work/notes/r18-attack-39/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2-withdraw.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2-typo.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
for spec in "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
echo "== b: withdrawal (rev 2)"; t b Bob add $W/rev2-withdraw.md 2>&1 | q; t b Bob export INT-2014-044 --audience state --with-attachments -o $W/b0/ 2>&1 | q | grep -i "attachments:"
sleep 1; echo "== a: typo fix (rev 2')"; t a Admin add $W/rev2-typo.md 2>&1 | q
echo "== sync b, a, b"; t b Bob sync 2>&1 | q | tail -1 | cut -c1-300; t a Admin sync 2>&1 | q | tail -2 | cut -c1-300; t b Bob sync 2>&1 | q | tail -1 | cut -c1-300
for c in a b; do echo "== $c: history, consent, export"; t $c Admin history INT-2014-044 2>&1 | q; t $c Admin person show D-0042 2>&1 | q | grep named; t $c Admin export INT-2014-044 --audience state --with-attachments -o $W/ex-$c/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-250; done
