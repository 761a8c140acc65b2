#!/bin/bash
# C10: fork: b withdraws (rev 2, []), a fixes a typo apart (rev 2', [state]); sync. The detainee consents again: Admin logs
# `person consent --grant state` (after the sync: it saw both heads). Then Admin resolves keeping Bob's branch (its text
# is the one with the withdrawal the grant already answered). Does the logged grant still count?
W=/tmp/atk41/wC10; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2-withdraw.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2-typo.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
k=$(t a Admin member invite --name Bob 2>/dev/null); t a Admin member add Bob "$k" --clearance internal >/dev/null 2>&1
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
t b Bob add $W/rev2-withdraw.md 2>&1 | q | head -1; sleep 1; t a Admin add $W/rev2-typo.md 2>&1 | q | head -1
t b Bob sync 2>&1 | q | tail -1 | cut -c1-100; t a Admin sync 2>&1 | q | tail -1 | cut -c1-100
echo "== a: grant after the sync"; t a Admin person consent D-0042 --grant state --date 2014-11-02 --obtained-by Admin 2>&1 | q | head -1 | cut -c1-150
t a Admin person show D-0042 2>&1 | q | grep "named to state"
bob=$(t a Admin history INT-2014-044 2>&1 | q | awk '$1=="2" && $4=="Bob" {print $2}')
echo "== a: resolve keeping Bob's branch $bob"; t a Admin resolve INT-2014-044 --keep $bob 2>&1 | q | cut -c1-250
t a Admin person show D-0042 2>&1 | q | grep -v forms | tail -6 | cut -c1-200
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
