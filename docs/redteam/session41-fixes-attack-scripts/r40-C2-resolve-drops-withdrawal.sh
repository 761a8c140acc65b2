#!/bin/bash
# C2: like round 39 C3: b withdraws consent (INT rev 2, consent []), a fixes a typo apart (rev 2', consent [state]).
# After sync the fork narrows consent (held). Then Admin resolves the fork keeping the typo fix (an honest choice:
# "mine has the correction"). Does the withdrawal survive the resolve?  EDIT=1: resolve by `tamga edit` instead.
W=/tmp/atk41/wC2-${EDIT:-0}; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/rev1.md > $W/rev2-withdraw.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2-typo.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q
for spec in "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
remote; clone b
echo "== b: withdrawal (rev 2)"; t b Bob add $W/rev2-withdraw.md 2>&1 | q | head -1
sleep 1; echo "== a: typo fix (rev 2')"; t a Admin add $W/rev2-typo.md 2>&1 | q | head -1
echo "== sync b, a, b"; t b Bob sync 2>&1 | q | tail -1 | cut -c1-200; t a Admin sync 2>&1 | q | tail -1 | cut -c1-200; t b Bob sync 2>&1 | q | tail -1 | cut -c1-200
echo "== a: history, consent during the fork"; t a Admin history INT-2014-044 2>&1 | q; t a Admin person show D-0042 2>&1 | q | grep "named to state"
keep=$(t a Admin history INT-2014-044 2>&1 | q | grep -v "^REV\|^ID" | awk '/fork/ {print}' | head -5)
echo "$keep"
typo=$(t a Admin history INT-2014-044 2>&1 | q | awk '$1=="2" && $4=="Admin" {print $2}')
if [ "${EDIT:-0}" = 1 ]; then printf '#!/bin/bash\nsed -i "s/visiting room/visiting-room/" "$1"\n' > $W/ed.sh; chmod +x $W/ed.sh; echo "== a: Admin edit (joins the branches)"; EDITOR=$W/ed.sh VISUAL=$W/ed.sh t a Admin edit INT-2014-044 2>&1 | q | tail -3 | cut -c1-300; t a Admin show INT-2014-044 2>&1 | q | grep -n "consent:"; else echo "== a: Admin resolves keeping the typo fix $typo"; t a Admin resolve INT-2014-044 --keep $typo 2>&1 | q | cut -c1-300; fi
echo "== a: consent after resolve"; t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
