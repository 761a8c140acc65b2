#!/bin/bash
# C3: rev 1 consent [state] (photo --consent state), rev 2 takes it back (consent []). Then the monitor runs
# `tamga add` on the old file again (rev1.md, still on disk), or on rev 1 with a typo fixed. Consent?
W=/tmp/atk40b/wC3; source /work/notes/attack-40b/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev3.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Admin add $W/rev2.md 2>&1 | q; t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== add rev1.md again"; t a Admin add $W/rev1.md 2>&1 | q; t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== add rev1 with a typo fixed"; t a Admin add $W/rev3.md 2>&1 | q; t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
