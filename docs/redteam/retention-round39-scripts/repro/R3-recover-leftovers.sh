#!/bin/bash
# R3: Admin recovers on copy a (made the D-0042 erasure); sync a, b, a. Does any form of an erased name remain?
BASE=${BASE:-/tmp/r18atk39/wR1}; W=/tmp/r18atk39/wR3; rm -rf $W; cp -a $BASE $W
source <(sed '/^rm -rf/d; /^printf.*pass/d' /work/notes/r18-attack-39/lib.sh); cd $W
sed -i "s#$BASE/#$W/#g" $W/a/.git/config $W/b/.git/config
for c in a b; do echo "datakeys in $c before:"; find $c/datakeys -type f | wc -l; done
echo "== a: recover"; t a Admin person erase --recover 2>&1 | q
echo "== sync a, b, a"; t a Admin sync 2>&1 | q | tail -1; t b Second sync 2>&1 | q | tail -2; t a Admin sync 2>&1 | q | tail -1
for c in a b; do echo "== $c: check"; t $c Admin check 2>&1 | q | tail -3; done
for c in a b; do echo "== $c: exports"; t $c Admin export VR-2014-017 INT-2014-044 --audience state -o $W/ex-$c 2>&1 | q | head -3; grep -rn "Cholpon\|Relative\|Sadykov\|Toktosunov\|Nurbek\|Aibek" $W/ex-$c | head; done
echo "== b: show INT-2014-044 (internal)"; t b Second show INT-2014-044 2>&1 | q | grep -n "Sadykov\|Aibek\|Nurbek\|Toktosunov\|D-0042\|W-0005" 
echo "== b: person show D-0042 / W-0005"; t b Second person show D-0042 2>&1 | q | head -3; t b Second person show W-0005 2>&1 | q | head -3
echo "== plaintext greps in vault folders, state dirs, remote"; grep -rla "Sadykov\|Toktosunov\|Aibek\|Nurbek" $W/a $W/b $W/a-state $W/b-state $W/remote.git 2>/dev/null | head
for c in a b; do echo "datakeys in $c after:"; find $c/datakeys -type f | wc -l; done
echo "== b: check --tidy"; t b Second check --tidy 2>&1 | q | tail -2
