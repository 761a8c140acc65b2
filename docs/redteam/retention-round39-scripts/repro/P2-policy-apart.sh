#!/bin/bash
# P2: s38 #1 (policy rename) made apart. Copy b: Bob adds INT-2014-044 revision 2, which also declares a witness.
# Copy a: Admin renames the role `witness` in the policy (accepted: a's INT-2014-044 revision 1 uses none).
# Sync a, b, a. INT's newest revision no longer validates: does D-0042 leave the registry and VR name him?
W=/tmp/r18atk39/wP2; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1; remote; clone b
sed 's/^  witness:/  eyewitness:/' /work/main/policy/default.yaml > $W/renamed.yaml
echo "== b: Bob adds INT rev2 (witness)"; t b Bob add $DOCS/INT-2014-044.three.md 2>&1 | q | cut -c1-200
echo "== a: policy set, witness renamed"; t a Admin policy set $W/renamed.yaml 2>&1 | q | cut -c1-300
echo "== sync b, a, b"; t b Bob sync 2>&1 | q | tail -1 | cut -c1-300; t a Admin sync 2>&1 | q | tail -2 | cut -c1-300; t b Bob sync 2>&1 | q | tail -1 | cut -c1-300
echo "== a: list"; t a Admin list 2>&1 | q | cut -c1-250
echo "== a: person show D-0042"; t a Admin person show D-0042 2>&1 | q | head -2 | cut -c1-250
echo "== a: VR state export"; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -2 | cut -c1-300; grep -n -i "sadykov" $W/vr.md
echo "== a: refresh; Dana"; t a Admin refresh 2>&1 | q | tail -1 | cut -c1-300; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A"
echo "== a: check"; t a Admin check 2>&1 | q | tail -2 | cut -c1-300
echo "== a: destroy INT"; t a Admin destroy INT-2014-044 --reason x --yes 2>&1 | q | cut -c1-300
echo "== after the destroy: VR state export"; t a Admin export VR-2014-017 --audience state -o $W/vr2.md 2>&1 | q | head -2 | cut -c1-300; grep -n -i "sadykov" $W/vr2.md
echo "== refresh; Dana"; t a Admin refresh 2>&1 | q | tail -1 | cut -c1-200; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A"
