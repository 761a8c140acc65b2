#!/bin/bash
# R1: D-0042 consent [state] in INT-2014-044 (photo --consent state). Carol (contributor) adds a new document declaring
# D-0042 with consent [] (or a made-up id). Does a contributor take the consent away (nuisance), and is it said anywhere?
W=/tmp/atk41/wR1; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^id: INT-2014-044/id: INT-2014-001/; s/^    consent: \[state\]/    consent: []/; s/^    also: .*//' $W/rev1.md > $W/carol.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
k=$(t a Admin member invite --name Carol 2>/dev/null); t a Admin member add Carol "$k" --clearance contributor >/dev/null 2>&1
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== Carol adds INT-2014-001 declaring D-0042 consent []"; t a Carol add $W/carol.md 2>&1 | q | head -3 | cut -c1-250
t a Admin refresh 2>&1 | q | tail -1
t a Admin person show D-0042 2>&1 | q | grep -v "forms" | cut -c1-200
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
