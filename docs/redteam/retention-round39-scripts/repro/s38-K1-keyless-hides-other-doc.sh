#!/bin/bash
# K1: a keyless writer (can only write files in Admin's synced copy) removes VR-2014-017's files from copy a.
# Admin then destroys INT-2014-044: is VR-2014-017 (which names D-0042) still seen by the check?
W=/tmp/r18atk39/s38-K1; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
remote
# find VR's folder: the one whose blind is not INT's (destroy plan lists INT's objects; use `log` of add)
for d in a/documents/*/; do mv "$d" "$W/hidden-$(basename $d)"; if t a Admin show VR-2014-017 >/dev/null 2>&1; then mv "$W/hidden-$(basename $d)" "$d"; else echo "hid $(basename $d) (VR-2014-017's folder)"; break; fi; done
echo "== list"; t a Admin list 2>&1 | q
echo "== destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | grep -v "still able" | cut -c1-250
echo "== sync"; t a Admin sync 2>&1 | q | tail -3
t a Admin list 2>&1 | q
echo "== VR state export"; t a Admin export VR-2014-017 --audience state -o "$W/vr.md" 2>&1 | q | head -2; grep -n -i sadykov "$W/vr.md"
echo "== fresh clone c (or any other synced copy): list, VR state export"
clone c; t c Admin list 2>&1 | q; t c Admin export VR-2014-017 --audience state -o "$W/vr-c.md" 2>&1 | q | head -2; grep -n -i sadykov "$W/vr-c.md"
echo "== copy a: the folder put back; check"; for h in "$W"/hidden-*; do mv "$h" "a/documents/${h##*/hidden-}"; done; t a Admin check 2>&1 | q | tail -1
t a Admin export VR-2014-017 --audience state -o "$W/vr-a.md" 2>&1 | q | head -2; grep -n -i sadykov "$W/vr-a.md"
