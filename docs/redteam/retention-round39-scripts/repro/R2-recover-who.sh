#!/bin/bash
# R2: who may run `person erase --recover`? Needs R1's state (STOP=1 run of R1 into $BASE).
BASE=${BASE:-/tmp/r18atk39/wR1}
for who in "a Dana" "a Carol" "a Bob" "c Admin"; do
  set -- $who; W=/tmp/r18atk39/wR2-$1-$2; rm -rf $W; cp -a $BASE $W
  source <(sed '/^rm -rf/d; /^printf.*pass/d' /work/notes/r18-attack-39/lib.sh); cd $W
  sed -i "s#$BASE/#$W/#g" $W/a/.git/config $W/b/.git/config 2>/dev/null
  [ "$1" = c ] && clone c
  echo "== $1 $2: person erase --recover"; t $1 $2 person erase --recover 2>&1 | q | cut -c1-400 | head -4; echo "rc=${PIPESTATUS[0]}"
  echo "   log tail:"; t a Admin log 2>&1 | q | tail -2
done
