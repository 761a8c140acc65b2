#!/bin/bash
# D8: the only other place naming D-0042 is a text attachment (level state) of VR-2015-003.
# Before: `export --with-attachments` for State refuses it (leak scan); destroy INT-2014-044 is allowed
# (attachments are not read by the check); after: the exported attachment carries the name?
W=/tmp/r18atk39/s38-D8; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$EX/INT-2014-044.md" "$EX/VR-2015-003.md" 2>&1 | q
printf 'Statement of a cellmate: Aibek Sadykov came back from questioning with bruises on his forearm.\n' > "$W/statement.txt"
t a Admin attach VR-2015-003 "$W/statement.txt" --level state --caption "cellmate statement" 2>&1 | q | head -1
mkdir -p "$W/before" "$W/after"
echo "== before"; t a Admin export VR-2015-003 --audience state --with-attachments -o "$W/before/" 2>&1 | q | head -4; grep -rn -i sadykov "$W/before" 
echo "== destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | grep -v "still able"
echo "== after"; t a Admin export VR-2015-003 --audience state --with-attachments -o "$W/after/" 2>&1 | q | head -4; grep -rn -i sadykov "$W/after"
