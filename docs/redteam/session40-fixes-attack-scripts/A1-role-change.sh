#!/bin/bash
# A1: INT-2014-044 rev 2 changes D-0042's role from detainee to official (named-to: [state]); VR-2014-017 does not declare him.
# Does Dana (State) read his name in INT's State part / export?  MODE=vr: VR declares him too (detainee).
MODE=${MODE:-solo}; W=/tmp/atk40b/wA1-$MODE; source /work/notes/attack-40b/lib.sh
[ $MODE = vr ] && export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md
base >/dev/null 2>&1
sed 's/^    role: detainee/    role: official/' $EX/INT-2014-044.md > $W/rev2.md
echo "== Dana show INT before"; t a Dana show INT-2014-044 2>&1 | q | grep -n -i "sadykov\|Detainee A\|Official" | head -3
echo "== Bob (internal) adds rev2 (role official)"; t a Bob add $W/rev2.md 2>&1 | q
echo "== person show"; t a Admin person show D-0042 2>&1 | q | head -5
echo "== Dana show INT after"; t a Dana show INT-2014-044 2>&1 | q | grep -n -i "sadykov\|Detainee A\|Official" | head -3
echo "== Admin export INT state"; t a Admin export INT-2014-044 --audience state -o $W/int.state.md 2>&1 | q | head -3; grep -n -i "sadykov" $W/int.state.md | head
echo "== check"; t a Admin check 2>&1 | q | tail -3
echo "== Dana show VR after (lines 34-40)"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A\|Official\|One of them" | head -5
