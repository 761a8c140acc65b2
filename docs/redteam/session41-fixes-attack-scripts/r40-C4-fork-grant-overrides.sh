#!/bin/bash
# C4: rev 1 consent [state], photo --consent state. Copy b: Bob withdraws (rev 2, consent []). Copy a, apart:
# Admin fixes a typo (rev 2', later) and then logs a grant (`person consent --grant state`, e.g. the intake form
# re-entered). The grant never saw Bob's withdrawal. Sync b, a, b. ORDER=grantfirst: grant logged before the typo fix.
ORDER=${ORDER:-grantlast}; W=/tmp/atk41/wC4-$ORDER; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2-withdraw.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2-typo.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
for spec in "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
echo "== b: withdrawal (rev 2)"; t b Bob add $W/rev2-withdraw.md 2>&1 | q | head -1
grant() { t a Admin person consent D-0042 --grant state --date 2014-10-28 --obtained-by Admin 2>&1 | q | head -1; }
sleep 1
[ $ORDER = grantfirst ] && { echo "== a: grant"; grant; }
echo "== a: typo fix (rev 2')"; t a Admin add $W/rev2-typo.md 2>&1 | q | head -1
[ $ORDER = grantlast ] && { echo "== a: grant"; grant; }
echo "== sync b, a, b"; t b Bob sync 2>&1 | q | tail -1 | cut -c1-200; t a Admin sync 2>&1 | q | tail -1 | cut -c1-200; t b Bob sync 2>&1 | q | tail -1 | cut -c1-200
for c in a b; do echo "== $c"; t $c Admin history INT-2014-044 2>&1 | q | grep fork; t $c Admin person show D-0042 2>&1 | q | grep "named to state"; t $c Admin export INT-2014-044 --audience state --with-attachments -o $W/ex-$c/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-200; done
