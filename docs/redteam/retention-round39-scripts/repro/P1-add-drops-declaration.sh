#!/bin/bash
# P1: INT-2014-044 revision 2 drops D-0042's entry under persons: (its text still names him); nothing else.
# The add re-projects VR-2014-017's stored State part: does Dana (State) read the name?
W=/tmp/r18atk39/wP1; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
echo "== Dana show VR before"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A"
echo "== add rev2 without persons"; t a Admin add $DOCS/INT-2014-044.rev2-nodecl.md 2>&1 | q
echo "== person show D-0042"; t a Admin person show D-0042 2>&1 | q | head -3
echo "== Dana show VR after"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A"
echo "== Dana show INT after"; t a Dana show INT-2014-044 2>&1 | q | grep -n -i "sadykov\|Detainee A\|error"
echo "== Admin export VR state"; t a Admin export VR-2014-017 --audience state -o "$W/vr.state.md" 2>&1 | q | head -3; grep -n -i "sadykov\|Detainee A" "$W/vr.state.md"
echo "== refresh, Dana again"; t a Admin refresh 2>&1 | q | tail -1; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A"
echo "== check"; t a Admin check 2>&1 | q | tail -2
