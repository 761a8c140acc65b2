#!/bin/bash
# R7: R1 state (STOP=1). Admin removes Second on copy a and syncs. Second, on copy b (not synced since), runs
# --recover and syncs. GUARD as in $BASE (guarded).
BASE=${BASE:-/tmp/r18atk39/wR1}; W=/tmp/r18atk39/wR7; rm -rf $W; cp -a $BASE $W
source <(sed '/^rm -rf/d; /^printf.*pass/d' /work/notes/r18-attack-39/lib.sh); cd $W
sed -i "s#$BASE/#$W/#g" $W/a/.git/config $W/b/.git/config
echo "== a: remove Second, sync"; t a Admin member remove Second 2>&1 | q | tail -1 | cut -c1-300; t a Admin sync 2>&1 | q | tail -1 | cut -c1-300
echo "== b: Second --recover"; t b Second person erase --recover 2>&1 | q | head -2 | cut -c1-300
echo "== b: sync"; t b Second sync 2>&1 | q | tail -3 | cut -c1-400
echo "== a: sync, export"; t a Admin sync 2>&1 | q | tail -1 | cut -c1-300; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -1 | cut -c1-200
echo "== a: recover"; t a Admin person erase --recover 2>&1 | q | head -1 | cut -c1-300; t a Admin sync 2>&1 | q | tail -1 | cut -c1-300
t a Admin export VR-2014-017 --audience state -o $W/vr2.md 2>&1 | q | head -1 | cut -c1-200; grep -n "Cholpon\|Relative" $W/vr2.md
