#!/bin/bash
# K2: keyless writer in a synced copy: INT-2014-044 rev 1 consent [state] + photo --consent state; rev 2 takes it
# back. The writer deletes the files rev 2 added (documents/*/ newer than a marker). Consent? export? check?
W=/tmp/atk40b/wK2; source /work/notes/attack-40b/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
sleep 1; touch $W/marker; sleep 1
t a Admin add $W/rev2.md 2>&1 | q | head -1; t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== files rev 2 added:"; (cd $W/a && find . -newer $W/marker -type f | grep -v "^./\.git/" | sort)
echo "== keyless writer deletes the new documents/ files (MODE=${MODE:-docs})"
(cd $W/a && find documents datakeys -newer $W/marker -type f 2>/dev/null | xargs rm -f)
[ "${MODE:-docs}" = all ] && (cd $W/a && find log -newer $W/marker -type f | xargs rm -f)
echo "== person show"; t a Admin person show D-0042 2>&1 | q | grep "named to state\|rror" | cut -c1-250
echo "== export with attachments"; t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
echo "== check"; t a Admin check 2>&1 | q | tail -3 | cut -c1-300
