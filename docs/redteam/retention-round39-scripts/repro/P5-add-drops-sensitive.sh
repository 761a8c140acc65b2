#!/bin/bash
# P5: F2 with a `sensitive:` string: VR-2014-017 says "cell 14" plainly; only INT-2014-044's `sensitive: [cell 14]`
# withholds it. INT revision 2 drops the `sensitive:` list. Dana reads VR's stored State part.
W=/tmp/r18atk39/wP5; mkdir -p /tmp/r18atk39; export VRFILE=/tmp/r18atk39/P5-vr.md
sed 's/\[cell 14\]{.internal}/cell 14/' /work/main/examples/VR-2014-017.md > $VRFILE
source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
awk '/^sensitive:/{skip=1;next} skip&&/^  - /{next} {skip=0; print}' $EX/INT-2014-044.md > $W/rev2.md
echo "== Dana before"; t a Dana show VR-2014-017 2>&1 | q | grep -n "temperature" -A0 | cut -c1-200
echo "== add rev2 without sensitive"; t a Admin add $W/rev2.md 2>&1 | q
echo "== Dana after"; t a Dana show VR-2014-017 2>&1 | q | grep -n "temperature" | cut -c1-200
echo "== Admin export"; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -1; grep -n "temperature" $W/vr.md | cut -c1-200
