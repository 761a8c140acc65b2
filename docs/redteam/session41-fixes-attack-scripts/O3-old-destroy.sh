#!/bin/bash
# O3: old vault (session-40b binary): INT rev 1 [state], rev 2 [] (front-matter withdrawal, not logged); VR-2014-017 declares
# D-0042 [state] and holds a photo --consent state. New binary: destroy INT-2014-044. Refused (only record) as before?
W=/tmp/atk41/wO3; source /work/notes/attack-41/lib41.sh
OLD=/work/notes/attack-40b/tamga; NEW=$T; DOCS=/work/notes/r18-attack-39/docs
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/int1.md > $W/int2.md
sed 's/^    consent: \[\]/    consent: [state]/' $DOCS/VR-2014-017.decl.md > $W/vr.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
T=$OLD; t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int1.md $W/vr.md 2>&1 | q | tail -1
t a Admin attach VR-2014-017 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Admin add $W/int2.md 2>&1 | q | head -1
T=$NEW; t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== NEW: destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | head -3 | cut -c1-300
t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export VR-2014-017 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
