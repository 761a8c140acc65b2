#!/bin/bash
# D3: the new destroy check is not applied to `person retire`: INT-2014-044 rev2 drops D-0042's declaration,
# then `person retire D-0042` takes him out of the registry while VR-2014-017 (and INT's own text) name him.
W=/tmp/r18atk39/s38-D3; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
echo "== add rev2 without persons"; t a Admin add $DOCS/INT-2014-044.rev2-nodecl.md 2>&1 | q
echo "== retire"; t a Admin person retire D-0042 --reason "not declared any more" 2>&1 | q
echo "== VR state export"; t a Admin export VR-2014-017 --audience state -o "$W/vr.state.md" 2>&1 | q | head -3; grep -n -i sadykov "$W/vr.state.md"
echo "== INT state export"; t a Admin export INT-2014-044 --audience state -o "$W/int.state.md" 2>&1 | q | head -3; grep -n -i sadykov "$W/int.state.md"
echo "== Dana show VR"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i sadykov
echo "== destroy INT (for comparison: the new check)"; t a Admin destroy INT-2014-044 --reason x --yes 2>&1 | q | head -3
