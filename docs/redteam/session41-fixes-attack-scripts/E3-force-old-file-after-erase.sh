#!/bin/bash
# E3: person erase D-0042; then Admin runs `add --force` on the original INT-2014-044.md (saved before the erasure, name in
# it). What does add say; what does person show/list say; does the name come back to the State?
W=/tmp/atk41/wE3; source /work/notes/attack-41/lib41.sh
base >/dev/null 2>&1
t a Admin person erase D-0042 --reason "erasure asked" --yes 2>&1 | q | head -1 | cut -c1-120
echo "== add --force the old file"; t a Admin add --force $EX/INT-2014-044.md 2>&1 | q | head -4 | cut -c1-250
t a Admin person list 2>&1 | q | grep D-0042
t a Admin person show D-0042 2>&1 | q | head -4 | cut -c1-200
t a Admin export INT-2014-044 --audience state -o $W/ex/ 2>&1 | q | head -2 | cut -c1-200; grep -c "Sadykov" $W/ex/* 2>/dev/null
t a Admin show INT-2014-044 2>/dev/null | grep -c Sadykov
