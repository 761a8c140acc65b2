#!/bin/bash
# P4: F2 with an alias: INT-2014-044 rev 1 declares D-0042 with also: [..., Sultan Kadyrbekov] (an alias the
# finder cannot derive); VR-2014-017 says "Sultan Kadyrbekov". Rev 2 drops the `also:` line. Dana reads VR.
W=/tmp/r18atk39/wP4; source /work/notes/r18-attack-39/lib.sh
sed 's/^    also: \[Айбек Садыков, A. Sadykov\]/    also: [Айбек Садыков, A. Sadykov, Sultan Kadyrbekov]/' $EX/INT-2014-044.md > $W/rev1.md
grep -v "^    also:" $EX/INT-2014-044.md | sed 's/cell 14/cell 15/' > $W/rev2.md
sed 's/Aibek Sadykov/Sultan Kadyrbekov/' $EX/VR-2014-017.md > $W/vr.md
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md $W/vr.md 2>&1 | q
k=$(t a Admin member invite --name Dana 2>/dev/null); t a Admin member add Dana "$k" --clearance state >/dev/null 2>&1
echo "== Dana before"; t a Dana show VR-2014-017 2>&1 | q | sed -n 24p
echo "== add rev2 without also"; t a Admin add $W/rev2.md 2>&1 | q
echo "== person show"; t a Admin person show D-0042 2>&1 | q | head -2
echo "== Dana after"; t a Dana show VR-2014-017 2>&1 | q | sed -n 24p
echo "== Admin export"; t a Admin export VR-2014-017 --audience state -o $W/vr.state.md 2>&1 | q | head -1; sed -n 24p $W/vr.state.md
echo "== refresh; Dana"; t a Admin refresh 2>&1 | q | tail -1; t a Dana show VR-2014-017 2>&1 | q | sed -n 24p
