#!/bin/bash
# R5: both copies that made one erasure each run `person erase --recover` apart (each sees the refusal and follows
# its advice), then sync a, b, a. Needs R1's state (STOP=1) in $BASE.
BASE=${BASE:-/tmp/r18atk39/wR1}; W=/tmp/r18atk39/wR5; rm -rf $W; cp -a $BASE $W
source <(sed '/^rm -rf/d; /^printf.*pass/d' /work/notes/r18-attack-39/lib.sh); cd $W
sed -i "s#$BASE/#$W/#g" $W/a/.git/config $W/b/.git/config
echo "== a: recover"; t a Admin person erase --recover 2>&1 | q | head -2
echo "== b: sync first? no: b recovers too"; t b Second person erase --recover 2>&1 | q | head -2 | cut -c1-300
echo "== sync a, b, a"; t a Admin sync 2>&1 | q | tail -1 | cut -c1-300; t b Second sync 2>&1 | q | tail -2 | cut -c1-400; t a Admin sync 2>&1 | q | tail -2 | cut -c1-400
for c in a b; do echo "== $c: list / export"; t $c Admin list 2>&1 | q; t $c Admin export VR-2014-017 --audience state -o $W/ex-$c.md 2>&1 | q | head -2 | cut -c1-300; [ -f $W/ex-$c.md ] && grep -n "Cholpon\|Relative" $W/ex-$c.md; done
echo "== a: recover again"; t a Admin person erase --recover 2>&1 | q | head -2 | cut -c1-300
echo "== b: recover again"; t b Second person erase --recover 2>&1 | q | head -2 | cut -c1-300
echo "== check a"; t a Admin check 2>&1 | q | tail -2 | cut -c1-300
echo "== grep names in plaintext"; grep -rla "Sadykov\|Toktosunov\|Aibek\|Nurbek" $W/a $W/b $W/a-state $W/b-state 2>/dev/null | head
