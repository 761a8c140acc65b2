#!/bin/bash
# D7: the only other place naming D-0042 is a recommendation response (records/), not a document.
# INT-2014-044 declares him; VR-2014-017 (mother variant) does not name him; a State-level response to R-2014-017-3
# names "Aibek Sadykov". Destroy INT-2014-044 (no document names him: allowed); then the follow-up report for State.
W=/tmp/r18atk39/s38-D7; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$EX/INT-2014-044.md" "$DOCS/VR-2014-017.mother.md" 2>&1 | q | grep -v everyday
printf 'The Prosecutor General opened a criminal case on the beating of Aibek Sadykov in IVS-1.\n' > "$W/resp.txt"
echo "== respond"; t a Admin rec respond R-2014-017-3 --from "Prosecutor General" --date 2015-01-20 --status accepted --text "$W/resp.txt" --level state 2>&1 | q | head -2
echo "== before: follow-up report for state"; t a Admin rec report --to "Prosecutor General" --audience state -o "$W/before.md" 2>&1 | q | head -3; grep -n -i "sadykov\|case on" "$W/before.md"
echo "== destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | grep -v "still able"
echo "== after: follow-up report for state"; t a Admin rec report --to "Prosecutor General" --audience state -o "$W/after.md" 2>&1 | q | head -3; grep -n -i "sadykov\|case on" "$W/after.md"
