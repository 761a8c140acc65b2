#!/bin/bash
# A2: Carol (contributor) adds a new document declaring a NEW id O-0099 whose name is D-0042's name (role official,
# named to state). MODE=rev: Carol instead adds INT-2014-044 rev 2 with role official.
MODE=${MODE:-new}; W=/tmp/atk40b/wA2-$MODE; source /work/notes/attack-40b/lib.sh
base >/dev/null 2>&1
if [ $MODE = new ]; then
cat > $W/c.md <<'DOC'
---
id: VR-2014-900
kind: visit-report
title: Note from the facility
date: 2014-11-02
facility: IVS-1 Bishkek
authors: [Carol]
level: state
persons:
  O-0099:
    name: Aibek Sadykov
    also: [Sadykov, Айбек Садыков]
    role: official
    consent: []
---

The head of shift, @O-0099, met the team.
DOC
f=$W/c.md
else sed 's/^    role: detainee/    role: official/' $EX/INT-2014-044.md > $W/rev2.md; f=$W/rev2.md; fi
echo "== Carol adds"; t a Carol add $f 2>&1 | q | head -3
echo "== Admin refresh"; t a Admin refresh 2>&1 | q | tail -2
echo "== person show"; t a Admin person show D-0042 2>&1 | q | head -5; t a Admin person show O-0099 2>&1 | q | head -5
echo "== Dana show VR"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A\|One of them" | head -5
echo "== Dana show VR-2014-900"; t a Dana show VR-2014-900 2>&1 | q | tail -3
echo "== check"; t a Admin check 2>&1 | q | tail -3 | cut -c1-300
