#!/bin/bash
# O2: old vault (session-40b binary): rev 1 consent [state] + photo, rev 2 consent [] (withdrawal in the front matter,
# not logged). After the upgrade (new binary), Bob adds rev 3 that declares [state] again (his old file with a typo fixed,
# --force). Does the consent come back without a logged grant, and does add warn?
W=/tmp/atk41/wO2; source /work/notes/attack-41/lib41.sh
OLD=/work/notes/attack-40b/tamga; NEW=$T
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev3.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
T=$OLD
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
k=$(t a Admin member invite --name Bob 2>/dev/null); t a Admin member add Bob "$k" --clearance internal >/dev/null 2>&1
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Bob add $W/rev2.md 2>&1 | q | head -1; t a Admin person show D-0042 2>&1 | q | grep "named to state"
T=$NEW
echo "== NEW: consent after upgrade"; t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== NEW: Bob adds rev 3 re-declaring [state] (--force)"; t a Bob add --force $W/rev3.md 2>&1 | q | head -3 | cut -c1-250
t a Admin person show D-0042 2>&1 | q | grep -v forms | tail -5 | cut -c1-200
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
