#!/bin/bash
# S1: rev 1 consent [state] (photo --consent state). WHO (Dana state / Carol contributor) adds rev 2 with consent []
# (the detainee told the State-side monitor he withdraws). Then Bob (internal) adds rev 3 re-declaring [state] (typo fix on
# his old file, --force if needed). Does consent come back without a grant?
W=/tmp/atk41/wS1-${WHO:-Dana}; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev3.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
for spec in "Bob internal" "Carol contributor" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
echo "== ${WHO:-Dana} adds rev 2 (consent [])"; t a ${WHO:-Dana} add $W/rev2.md 2>&1 | q | head -3 | cut -c1-250
t a ${WHO:-Dana} add --force $W/rev2.md 2>&1 | q | head -3 | cut -c1-250
t a Admin history INT-2014-044 2>&1 | q
t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== Bob adds rev 3 ([state], typo)"; t a Bob add $W/rev3.md 2>&1 | q | head -3 | cut -c1-250; t a Bob add --force $W/rev3.md 2>&1 | q | head -3 | cut -c1-250
t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
