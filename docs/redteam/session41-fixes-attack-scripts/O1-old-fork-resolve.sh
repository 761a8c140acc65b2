#!/bin/bash
# O1: old vault (fork made by the session-40b binary, no `withdrawn` in the add entries): b withdraws (rev 2, consent []),
# a fixes a typo apart (rev 2', consent [state]); sync with the OLD binary. Then the NEW binary resolves keeping the typo fix.
W=/tmp/atk41/wO1; source /work/notes/attack-41/lib41.sh
OLD=/work/notes/attack-40b/tamga; NEW=$T
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2-withdraw.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2-typo.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
T=$OLD
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
for spec in "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
echo "== OLD b: withdrawal (rev 2)"; t b Bob add $W/rev2-withdraw.md 2>&1 | q | head -1
sleep 1; echo "== OLD a: typo fix (rev 2')"; t a Admin add $W/rev2-typo.md 2>&1 | q | head -1
t b Bob sync 2>&1 | q | tail -1 | cut -c1-200; t a Admin sync 2>&1 | q | tail -1 | cut -c1-200
T=$NEW
echo "== NEW a: consent during the fork"; t a Admin person show D-0042 2>&1 | q | grep "named to state"
typo=$(t a Admin history INT-2014-044 2>&1 | q | awk '$1=="2" && $4=="Admin" {print $2}')
echo "== NEW a: resolve keeping the typo fix $typo"; t a Admin resolve INT-2014-044 --keep $typo 2>&1 | q | cut -c1-300
t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
