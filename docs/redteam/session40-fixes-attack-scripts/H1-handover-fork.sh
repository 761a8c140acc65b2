#!/bin/bash
# H1: a forked INT-2014-044 (b withdrew consent, a fixed a typo: fork narrows consent) is handed over. At the
# successor, is D-0042 named to the State / the photo exported?  (transfer consent granted at the former body)
W=/tmp/atk40b/wH1; source /work/notes/attack-40b/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2-withdraw.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2-typo.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q | head -2
k=$(t a Admin member invite --name Bob 2>/dev/null); t a Admin member add Bob "$k" --clearance internal >/dev/null 2>&1
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Admin person consent D-0042 --grant transfer --date 2014-10-28 --obtained-by Admin 2>&1 | q | head -1
remote; clone b
t b Bob add $W/rev2-withdraw.md 2>&1 | q | head -1; sleep 1; t a Admin add $W/rev2-typo.md 2>&1 | q | head -1
t b Bob sync 2>&1 | q | tail -1; t a Admin sync 2>&1 | q | tail -1
echo "== a: during the fork"; t a Admin person show D-0042 2>&1 | q | grep "named to\|consent"
echo "== successor"; t n Asel init --name Asel >/dev/null 2>&1; inv=$(t n Asel handover invitation 2>&1 | q | grep -o "tamga-successor:[^ ]*" | head -1); echo "inv=${inv:0:40}"
t a Admin handover plan --to "$inv" 2>&1 | q | head -8 | cut -c1-200
t a Admin key public -o $W/former.pub 2>&1 | q | tail -1
t a Admin handover execute --to "$inv" -o $W/pkg 2>&1 | q | tail -3 | cut -c1-250
t n Asel handover accept $W/pkg --former-key $W/former.pub 2>&1 | q | tail -4 | cut -c1-250
echo "== successor: history, consent, export"; t n Asel history INT-2014-044 2>&1 | q; t n Asel person show D-0042 2>&1 | q | grep "named to\|consent"
t n Asel export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-250
