#!/bin/bash
# P1: round 39 P2 setup (policy renames `witness` on a; b adds INT rev 2 declaring a witness; synced: INT's newest
# revision no longer validates). Then WAY=due (destroy --due with a retention policy), erase (person erase D-0042),
# erasewit (erase the witness), retire, policyback (policy set without retention/with role back, then destroy).
WAY=${WAY:-due}; W=/tmp/atk40b/wP1-$WAY; source /work/notes/attack-40b/lib.sh
DOCS=/work/notes/r18-attack-39/docs
base >/dev/null 2>&1; remote; clone b
{ sed 's/^  witness:/  eyewitness:/' /work/main/policy/default.yaml; printf '\nretention:\n  - kind: interview\n    keep: 5 years\n'; } > $W/renamed.yaml
t b Bob add $DOCS/INT-2014-044.three.md 2>&1 | q | head -1 | cut -c1-200
t a Admin policy set $W/renamed.yaml 2>&1 | q | head -1 | cut -c1-200
t b Bob sync 2>&1 | q | tail -1 | cut -c1-200; t a Admin sync 2>&1 | q | tail -1 | cut -c1-200
echo "== a: check"; t a Admin check 2>&1 | q | tail -2 | cut -c1-250
case $WAY in
 due) echo "== destroy --due"; t a Admin destroy --due --yes 2>&1 | q | head -4 | cut -c1-300;;
 erase) echo "== person erase D-0042"; t a Admin person erase D-0042 --reason request --yes 2>&1 | q | head -3 | cut -c1-300;;
 erasewit) w=$(grep -o "^  [A-Z]-[0-9]*" $DOCS/INT-2014-044.three.md | tail -1 | tr -d ' '); echo "== person erase $w"; t a Admin person erase $w --reason request --yes 2>&1 | q | head -3 | cut -c1-300;;
 retire) echo "== person retire D-0042"; t a Admin person retire D-0042 --reason x --yes 2>&1 | q | head -3 | cut -c1-300;;
 review) echo "== retention review"; t a Admin retention 2>&1 | q | head -6 | cut -c1-300;;
esac
echo "== list"; t a Admin list 2>&1 | q | tail -n +2 | cut -c1-100
echo "== VR state export"; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -2 | cut -c1-300; grep -n -i "sadykov" $W/vr.md
echo "== refresh; Dana"; t a Admin refresh 2>&1 | q | tail -1 | cut -c1-200; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A"
