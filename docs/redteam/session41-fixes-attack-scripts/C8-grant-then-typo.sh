#!/bin/bash
# C8: rev 1 consent [state] (photo --consent state), rev 2 consent [] (withdrawal logged), then the person consents again:
# `person consent --grant state` (logged after). Then Bob fixes a typo in the document (rev 3, front matter unchanged: []).
# Does the grant still count? Then MODE=forcerev1: add --force the old rev 1 file instead (re-declares [state]).
W=/tmp/atk41/wC8-${MODE:-typo}; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2.md
sed 's/cell 14/cell 15/' $W/rev2.md > $W/rev3.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
k=$(t a Admin member invite --name Bob 2>/dev/null); t a Admin member add Bob "$k" --clearance internal >/dev/null 2>&1
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
echo "== rev 2 withdraws"; t a Bob add $W/rev2.md 2>&1 | q | head -2; t a Admin person show D-0042 2>&1 | q | grep "named to state"
echo "== grant logged after"; t a Admin person consent D-0042 --grant state --date 2014-11-02 --obtained-by Admin 2>&1 | q | head -2 | cut -c1-200
t a Admin person show D-0042 2>&1 | q | grep "named to state"
if [ "${MODE:-typo}" = typo ]; then echo "== Bob: typo fix (rev 3, consent [] as in rev 2)"; t a Bob add $W/rev3.md 2>&1 | q | head -3 | cut -c1-300
else echo "== Bob: add --force rev1.md (re-declares [state])"; t a Bob add --force $W/rev1.md 2>&1 | q | head -3 | cut -c1-300; fi
t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
t a Admin person show D-0042 2>&1 | q | tail -8 | cut -c1-200
