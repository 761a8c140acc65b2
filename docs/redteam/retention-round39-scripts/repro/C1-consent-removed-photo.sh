#!/bin/bash
# C1: D-0042 consented to the State (front matter consent: [state]); a photo of him attached with --consent state.
# Then consent is taken back in the front matter (revision 2). MODE=none: control. MODE=ledger: a ledger grant
# recorded at intake (2014), before the removal. MODE=drop: revision 2 drops his whole entry instead.
MODE=${MODE:-none}; W=/tmp/r18atk39/wC1-$MODE; source /work/notes/r18-attack-39/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
[ $MODE = drop ] && cp $DOCS/INT-2014-044.rev2-nodecl.md $W/rev2.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
[ $MODE = ledger ] && t a Admin person consent D-0042 --grant state --date 2014-10-28 --obtained-by Admin 2>&1 | q
echo "== before"; t a Admin export INT-2014-044 --audience state --with-attachments -o $W/before/ 2>&1 | q | grep -i "attach\|withheld\|rror" | cut -c1-250
t a Admin add $W/rev2.md 2>&1 | q
echo "== person show"; t a Admin person show D-0042 2>&1 | q | head -4
echo "== after"; t a Admin export INT-2014-044 --audience state --with-attachments -o $W/after/ 2>&1 | q | grep -i "attach\|withheld\|rror" | cut -c1-250; ls $W/after 2>/dev/null | grep -c png; grep -n -i sadykov $W/after/*.md | head -3
