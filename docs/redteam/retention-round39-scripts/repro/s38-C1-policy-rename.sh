#!/bin/bash
# C1: a policy change renames a kind (ROLE=0) or a role (ROLE=1); then list, exports, handover plan, destroy, erase run.
W=/tmp/r18atk39/s38-C1${ROLE:-0}; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
sed 's/^  interview:/  interview-record:/' /work/main/policy/default.yaml > "$W/renamed-kind.yaml"
sed 's/^  detainee:/  detained-person:/' /work/main/policy/default.yaml > "$W/renamed-role.yaml"
if [ "${ROLE:-0}" = 0 ]; then echo "== policy set: kind renamed"; t a Admin policy set renamed-kind.yaml 2>&1 | q | head -3; fi
if [ "${ROLE:-0}" = 1 ]; then echo "== policy set: role renamed"; t a Admin policy set renamed-role.yaml 2>&1 | q | head -3; t a Admin log 2>&1 | q | tail -2; fi
echo "== (after the kind rename) list"; t a Admin list 2>&1 | q
echo "== person show D-0042"; t a Admin person show D-0042 2>&1 | q | head -3
echo "== VR state export"; t a Admin export VR-2014-017 --audience state -o "$W/vr.state.md" 2>&1 | q | head -2; grep -n -i sadykov "$W/vr.state.md"
echo "== Dana show VR / INT"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee"; t a Dana show INT-2014-044 2>&1 | q | head -3
echo "== INT state export"; t a Admin export INT-2014-044 --audience state -o "$W/int.state.md" 2>&1 | q | head -2
echo "== check"; t a Admin check 2>&1 | q | tail -3
t succ Succ init --name Succ >/dev/null 2>&1; INV=$(t succ Succ handover invitation 2>/dev/null | head -1)
echo "== handover plan"; t a Admin handover plan --to "$INV" 2>&1 | q | tail -4
echo "== person erase D-0042"; t a Admin person erase D-0042 --reason "asked" --yes 2>&1 | q | head -3
echo "== after erase: INT/VR internal show"; t a Admin show INT-2014-044 2>&1 | q | grep -c -i sadykov; t a Admin show VR-2014-017 2>&1 | q | grep -c -i sadykov
t a Admin export VR-2014-017 --audience state -o "$W/vr2.state.md" 2>&1 | q | head -2; grep -n -i "sadykov\|Detainee" "$W/vr2.state.md"
echo "== destroy INT (check)"; t a Admin destroy INT-2014-044 --reason x --yes 2>&1 | q | head -3

echo "== after the destroy: VR state export, refresh, Dana reads VR"
t a Admin export VR-2014-017 --audience state -o "$W/vr3.state.md" 2>&1 | q | head -2; grep -n -i sadykov "$W/vr3.state.md"
t a Admin refresh 2>&1 | q | tail -1; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov"
