#!/bin/bash
# E2: an erasure of D-0042 is asked (approval policy; folders INT-2014-044 + VR-2014-017, both declare him).
# INT-2014-044 is then destroyed (a destruction request approved). The erasure request names a destroyed folder and
# silently stops being open: `person erase --pending` is empty, `handover plan` transfers VR-2014-017 with his name.
W=/tmp/r18atk39/s38-E2; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$EX/INT-2014-044.md" "$DOCS/VR-2014-017.decl.md" 2>&1 | q | grep -v everyday
for spec in "Second internal --administrator" "Bob internal"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" ${3:-} >/dev/null 2>&1; done
asking_policy; t a Admin policy set asking.yaml 2>&1 | q | tail -1
t a Admin person consent D-0042 --grant transfer --date 2025-09-20 --obtained-by "Monitor" 2>&1 | q
echo "== Bob asks erasure of D-0042"; t a Bob person erase D-0042 --reason "consent withdrawn, erasure asked" --yes 2>&1 | q | head -1
echo "== Bob asks destruction of INT-2014-044"; t a Bob destroy INT-2014-044 --reason "retention" --yes 2>&1 | q | head -1
echo "== Second approves the destruction"; t a Second destroy --approve INT-2014-044 --yes 2>&1 | q | grep -v "still able"
echo "== erase --pending"; t a Admin person erase --pending 2>&1 | q
t succ Succ init --name Succ >/dev/null 2>&1; INV=$(t succ Succ handover invitation 2>/dev/null | head -1)
echo "== plan"; t a Admin handover plan --to "$INV" 2>&1 | q | tail -3
t a Admin key public -o "$W/former.pub" >/dev/null 2>&1
t a Admin handover execute --to "$INV" -o "$W/pkg" 2>&1 | q | grep wrote | cut -c1-80
echo "== Second approves the erasure"; t a Second person erase --approve D-0042 --yes 2>&1 | q | head -2
echo "== successor accepts"; t succ Succ handover accept "$W/pkg" --former-key "$W/former.pub" 2>&1 | q | head -1
t succ Succ show VR-2014-017 2>&1 | q | grep -n -m3 -i "sadykov"
