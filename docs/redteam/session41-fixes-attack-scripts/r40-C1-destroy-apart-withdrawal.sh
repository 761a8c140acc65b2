#!/bin/bash
# C1: D-0042 consent [state] in INT-2014-044 and VR-2014-017; photo on VR --consent state. Copy b: Bob records the
# withdrawal (INT rev 2, consent: []). Copy a, apart: Admin destroys INT-2014-044 (retention; nothing withdrawn there).
# Sync b, a, b. Does the photo (and name) go to the State?
W=/tmp/atk41/wC1; source /work/notes/attack-41/lib41.sh
DOCS=/work/notes/r18-attack-39/docs
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int1.md
sed 's/^    consent: \[state\]/    consent: []/; s/cell 14/cell 15/' $W/int1.md > $W/int2.md
sed 's/^    consent: \[\]/    consent: [state]/' $DOCS/VR-2014-017.decl.md > $W/vr.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int1.md $W/vr.md 2>&1 | q | tail -1
for spec in "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach VR-2014-017 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
echo "== b: Bob records the withdrawal (INT rev 2)"; t b Bob add $W/int2.md 2>&1 | q | head -2
t b Bob export VR-2014-017 --audience state --with-attachments -o $W/b0/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-200
echo "== a: Admin destroys INT-2014-044 apart"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | grep -v "still able" | head -2 | cut -c1-300
echo "== sync b, a, b"; t b Bob sync 2>&1 | q | tail -2 | cut -c1-300; t a Admin sync 2>&1 | q | tail -3 | cut -c1-400; t b Bob sync 2>&1 | q | tail -2 | cut -c1-300
for c in a b; do echo "== $c: list, consent, export"; t $c Admin list 2>&1 | q | tail -n +2; t $c Admin person show D-0042 2>&1 | q | grep -i "named\|declared"; t $c Admin export VR-2014-017 --audience state --with-attachments -o $W/ex-$c/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250; ls $W/ex-$c 2>/dev/null | grep -c png; grep -c Sadykov $W/ex-$c/VR-2014-017.state.md 2>/dev/null; done
echo "== a: check"; t a Admin check 2>&1 | q | tail -3 | cut -c1-300
