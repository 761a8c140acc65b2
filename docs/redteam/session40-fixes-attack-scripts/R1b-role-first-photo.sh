#!/bin/bash
# R1b: as R1 (ID=AAA-1), plus a photo of D-0042 on VR-2014-017 (attached --depicts D-0042 --consent state --level
# state, but D-0042 has no consent to be named to the State: withheld). After Carol's document and a refresh?
W=/tmp/atk40b/wR1b; source /work/notes/attack-40b/lib.sh
export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md
base >/dev/null 2>&1
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin attach VR-2014-017 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
echo "== before"; t a Admin export VR-2014-017 --audience state --with-attachments -o $W/before/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-200
cat > $W/c.md <<DOC
---
id: AAA-1
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
t a Carol add $W/c.md 2>&1 | q | head -1; t a Admin refresh 2>&1 | q | tail -1
echo "== after"; t a Admin person show D-0042 2>&1 | q | grep "named to state"
t a Admin export VR-2014-017 --audience state --with-attachments -o $W/after/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-200; grep -c Sadykov $W/after/VR-2014-017.state.md
t a Dana show VR-2014-017 2>&1 | q | grep -n "One of them"
