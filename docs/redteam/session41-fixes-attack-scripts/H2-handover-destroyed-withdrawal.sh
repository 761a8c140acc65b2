#!/bin/bash
# H2: former body: D-0042 [state] in INT-2014-044 and VR-2014-017 (photo on VR --consent state). Bob withdraws in INT's
# front matter (rev 2, logged); INT-2014-044 is then destroyed (the withdrawal outlives it). VR-2014-017 is handed over.
# At the successor: is the photo/name given to the State?
W=/tmp/atk41/wH2; source /work/notes/attack-41/lib41.sh
DOCS=/work/notes/r18-attack-39/docs
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int1.md
sed 's/^    consent: \[state\]/    consent: []/' $W/int1.md > $W/int2.md
sed 's/^    consent: \[\]/    consent: [state]/' $DOCS/VR-2014-017.decl.md > $W/vr.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int1.md $W/vr.md 2>&1 | q | tail -1
k=$(t a Admin member invite --name Bob 2>/dev/null); t a Admin member add Bob "$k" --clearance internal >/dev/null 2>&1
t a Admin attach VR-2014-017 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Admin person consent D-0042 --grant transfer --date 2014-10-28 --obtained-by Admin 2>&1 | q | head -1 | cut -c1-100
t a Bob add $W/int2.md 2>&1 | q | head -1
t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | head -1 | cut -c1-150
t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export VR-2014-017 --audience state --with-attachments -o $W/exa/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-200
echo "== successor"; t n Asel init --name Asel >/dev/null 2>&1; inv=$(t n Asel handover invitation 2>&1 | q | grep -o "tamga-successor:[^ ]*" | head -1)
t a Admin handover plan --to "$inv" 2>&1 | q | head -4 | cut -c1-200
t a Admin key public -o $W/former.pub 2>&1 | q | tail -1 | cut -c1-80
t a Admin handover execute --to "$inv" -o $W/pkg 2>&1 | q | tail -1 | cut -c1-150
t n Asel handover accept $W/pkg --former-key $W/former.pub 2>&1 | q | head -2 | cut -c1-250
echo "== successor: consent, export"; t n Asel person show D-0042 2>&1 | q | grep -v forms | cut -c1-160
t n Asel export VR-2014-017 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-250
grep -c Sadykov $W/ex/VR-2014-017.state.md 2>/dev/null
