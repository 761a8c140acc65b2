#!/bin/bash
# D1: destroy --due with two due interviews that both declare D-0042; VR-2014-017 (kept) names him.
# Each plan alone finds D-0042 declared by the other, so neither is refused; after both go, nobody declares him.
W=/tmp/r18atk39/s38-D1; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
t a Admin add $DOCS/INT-2014-045.md 2>&1 | q
retention_policy; t a Admin policy set ret.yaml 2>&1 | q | tail -2
echo "== before: VR state export"; t a Admin export VR-2014-017 --audience state -o "$W/vr.before.md" 2>&1 | q | head -3; grep -c -i sadykov "$W/vr.before.md"
echo "== retention"; t a Admin retention 2>&1 | q
echo "== destroy --due"; t a Admin destroy --due --yes 2>&1 | q
echo "== list"; t a Admin list 2>&1 | q
echo "== person show D-0042"; t a Admin person show D-0042 2>&1 | q | head -3
echo "== after: VR state export"; t a Admin export VR-2014-017 --audience state -o "$W/vr.after.md" 2>&1 | q | head -3; grep -n -i sadykov "$W/vr.after.md"
echo "== stored state part read by Dana"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i sadykov
