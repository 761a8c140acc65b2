#!/bin/bash
# D12: like s38 D7, but the name is in the response's --from field (the text is neutral). Destroy INT-2014-044.
W=/tmp/r18atk39/wD12; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$EX/INT-2014-044.md" "$DOCS/VR-2014-017.mother.md" 2>&1 | q | grep -v everyday
printf 'The case was opened.\n' > "$W/resp.txt"
t a Admin rec respond R-2014-017-3 --from "Lawyer of Aibek Sadykov" --date 2015-01-20 --status accepted --text "$W/resp.txt" --level state 2>&1 | q | head -1
echo "== before"; t a Admin rec report --to "Prosecutor General" --audience state -o "$W/before.md" 2>&1 | q | head -2 | cut -c1-250; grep -n -i "sadykov" "$W/before.md"
echo "== destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | grep -v "still able" | head -2 | cut -c1-300
echo "== after"; t a Admin rec report --to "Prosecutor General" --audience state -o "$W/after.md" 2>&1 | q | head -2 | cut -c1-250; grep -n -i "sadykov" "$W/after.md"
