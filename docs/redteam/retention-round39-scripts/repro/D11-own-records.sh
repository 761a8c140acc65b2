#!/bin/bash
# D11: VR-2014-017 (declares D-0042) is the only document. A State-level response to its own recommendation
# R-2014-017-3 names him. Destroy VR-2014-017: its records stay (documented); does the follow-up report name him?
W=/tmp/r18atk39/wD11; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$DOCS/VR-2014-017.decl.md" 2>&1 | q | grep -v everyday
printf 'The Prosecutor General opened a criminal case on the beating of Aibek Sadykov in IVS-1.\n' > "$W/resp.txt"
t a Admin rec respond R-2014-017-3 --from "Prosecutor General" --date 2015-01-20 --status accepted --text "$W/resp.txt" --level state 2>&1 | q | head -1
echo "== before: follow-up report"; t a Admin rec report --to "Prosecutor General" --audience state -o "$W/before.md" 2>&1 | q | head -2 | cut -c1-250; grep -n -i "sadykov\|case on" "$W/before.md"
echo "== destroy VR-2014-017"; t a Admin destroy VR-2014-017 --reason retention --yes 2>&1 | q | grep -v "still able" | cut -c1-300
echo "== after"; t a Admin rec list 2>&1 | q | head -5; t a Admin rec report --to "Prosecutor General" --audience state -o "$W/after.md" 2>&1 | q | head -2 | cut -c1-250; grep -n -i "sadykov\|case on" "$W/after.md"
ls $W/a/records 2>/dev/null | head -3
