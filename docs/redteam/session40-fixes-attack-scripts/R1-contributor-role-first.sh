#!/bin/bash
# R1: Carol (contributor) adds a new document re-declaring D-0042 (same name) with role official (named-to [state]).
# The lenient registry merge "keeps the first declaration's name and role". ID sets which document comes first.
ID=${ID:-INT-2014-001}; W=/tmp/atk40b/wR1-$ID; source /work/notes/attack-40b/lib.sh
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
    name: Aibek Sadykov
    role: official
    consent: []
---

Met @D-0042.
DOC
echo "== Carol adds $ID"; t a Carol add $W/c.md 2>&1 | q | head -2 | cut -c1-200
echo "== Admin refresh"; t a Admin refresh 2>&1 | q | tail -1
echo "== person show"; t a Admin person show D-0042 2>&1 | q | head -6
echo "== Dana show VR-2014-017"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A\|Official A\|One of them"
echo "== Admin export VR state"; t a Admin export VR-2014-017 --audience state -o $W/vr.md 2>&1 | q | head -2 | cut -c1-250; grep -n "One of them" $W/vr.md
echo "== check"; t a Admin check 2>&1 | q | tail -3 | cut -c1-250
