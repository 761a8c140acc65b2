#!/bin/bash
# R2: Carol (contributor) adds a document re-declaring D-0042 with `erased: true` (role detainee). Then an
# administrator, asked by the person, runs `person erase D-0042`. Is the name erased from INT-2014-044?
ID=${ID:-INT-2014-001}; W=/tmp/atk40b/wR2-$ID; source /work/notes/attack-40b/lib.sh
base >/dev/null 2>&1
cat > $W/c.md <<DOC
---
id: $ID
kind: interview
title: Note
date: 2014-11-02
facility: IVS-1 Bishkek
authors: [Carol]
persons:
  D-0042:
    erased: true
    role: detainee
---

Met @D-0042.
DOC
echo "== Carol adds $ID"; t a Carol add $W/c.md 2>&1 | q | head -2 | cut -c1-200
t a Admin refresh 2>&1 | q | tail -1
echo "== person show / list"; t a Admin person show D-0042 2>&1 | q | head -4; t a Admin person list 2>&1 | q | head -5
echo "== Admin: person erase D-0042"; t a Admin person erase D-0042 --reason "the person asked" --yes 2>&1 | q | head -3 | cut -c1-300
echo "== INT-2014-044 internal still names him?"; t a Admin show INT-2014-044 2>&1 | q | grep -c -i "sadykov\|Садыков"
echo "== VR state"; t a Dana show VR-2014-017 2>&1 | q | grep -n "One of them"
echo "== check"; t a Admin check 2>&1 | q | tail -3 | cut -c1-250
