#!/bin/bash
# R6: while INT-2014-044 is lost to two erasures made apart (R1 state, STOP=1), destroy it instead of recovering.
BASE=${BASE:-/tmp/r18atk39/wR1}; W=/tmp/r18atk39/wR6; rm -rf $W; cp -a $BASE $W
source <(sed '/^rm -rf/d; /^printf.*pass/d' /work/notes/r18-attack-39/lib.sh); cd $W
sed -i "s#$BASE/#$W/#g" $W/a/.git/config $W/b/.git/config
echo "== a: destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason "cannot be recovered" --yes 2>&1 | q | head -3 | cut -c1-300
echo "== a: VR state export"; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -2 | cut -c1-200; grep -n "Cholpon\|Relative" $W/vr.md
