#!/bin/bash
# T3: retire's list names State/public versions only. After retiring D-0042 (INT rev 2 dropped his entry; VR names
# him; he gave no transfer consent), does `handover plan` transfer the records naming him to the successor?
W=/tmp/r18atk39/wT3; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1
t succ Succ init --name Succ >/dev/null 2>&1; INV=$(t succ Succ handover invitation 2>/dev/null | head -1)
echo "== plan before"; t a Admin handover plan --to "$INV" 2>&1 | q | tail -4 | cut -c1-200
t a Admin add $DOCS/INT-2014-044.rev2-nodecl.md >/dev/null 2>&1
echo "== retire (list)"; t a Admin person retire D-0042 --reason x 2>&1 </dev/null | q | head -1 | cut -c1-300
t a Admin person retire D-0042 --reason x --yes 2>&1 | q | grep retired
echo "== plan after"; t a Admin handover plan --to "$INV" 2>&1 | q | tail -4 | cut -c1-200
