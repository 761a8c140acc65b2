#!/bin/bash
# P3: F2 with a spelling: INT-2014-044 revision 2 keeps D-0042 but drops `also: [Айбек Садыков, A. Sadykov]`.
# VR-2014-017 names him in Cyrillic (or as "A. Sadykov": VAR=04-initial). Dana reads VR's stored State part.
VAR=${VAR:-01-cyrillic}; export VRFILE=/work/notes/r18-attack-39/docs/var/VR-$VAR.md
W=/tmp/r18atk39/wP3-$VAR; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
grep -v "^    also:" $EX/INT-2014-044.md | sed 's/cell 14/cell 15/' > $W/rev2.md
echo "== Dana before"; t a Dana show VR-2014-017 2>&1 | q | sed -n 24p
echo "== add rev2 without also"; t a Admin add $W/rev2.md 2>&1 | q
echo "== Dana after"; t a Dana show VR-2014-017 2>&1 | q | sed -n 24p
echo "== Admin export"; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -1; sed -n 24p $W/vr.md
