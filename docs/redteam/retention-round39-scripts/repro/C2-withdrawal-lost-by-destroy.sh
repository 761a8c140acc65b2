#!/bin/bash
# C2: D-0042 declared with consent [state] in INT-2014-044 and in VR-2014-017 (VR declares him too); a photo of him
# attached to VR with --consent state. INT revision 2 takes the consent back (consent: []). Then INT-2014-044 is
# destroyed (retention). Does the photo (and the name) go to the State again?
W=/tmp/r18atk39/wC2; source /work/notes/r18-attack-39/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int1.md
sed 's/^    consent: \[state\]/    consent: []/; s/cell 14/cell 15/' $W/int1.md > $W/int2.md
sed 's/^    consent: \[\]/    consent: [state]/' $DOCS/VR-2014-017.decl.md > $W/vr.md
grep -n "consent" $W/vr.md | head -3
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int1.md $W/vr.md 2>&1 | q
t a Admin attach VR-2014-017 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
echo "== before"; t a Admin export VR-2014-017 --audience state --with-attachments -o $W/before/ 2>&1 | q | grep -i "attach\|rror" | cut -c1-250
t a Admin add $W/int2.md 2>&1 | q
echo "== after the withdrawal"; t a Admin person show D-0042 2>&1 | q | grep named; t a Admin export VR-2014-017 --audience state --with-attachments -o $W/mid/ 2>&1 | q | grep -i "attach\|rror" | cut -c1-250; grep -c Sadykov $W/mid/VR-2014-017.state.md
echo "== destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | cut -c1-250
echo "== after the destruction"; t a Admin person show D-0042 2>&1 | q | grep named; t a Admin export VR-2014-017 --audience state --with-attachments -o $W/after/ 2>&1 | q | grep -i "attach\|rror" | cut -c1-250; grep -n Sadykov $W/after/VR-2014-017.state.md | head -2
