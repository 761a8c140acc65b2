#!/bin/bash
# L1: VR-2014-017 (declaring D-0042) stored with bare CR (LE=cr), NEL (LE=nel) or U+2028 (LE=ls) line ends. Erase D-0042.
# Does any revision still carry the name (internal show, state export)?
LE=${LE:-cr}; W=/tmp/atk40b/wL1-$LE; source /work/notes/attack-40b/lib.sh
DOCS=/work/notes/r18-attack-39/docs
python3 - "$DOCS/VR-2014-017.decl.md" "$W/vr.md" $LE <<'PY'
import sys
s=open(sys.argv[1],encoding='utf-8').read(); sep={'cr':'\r','nel':'\u0085','ls':'\u2028','ff':'\f'}[sys.argv[3]]
open(sys.argv[2],'w',encoding='utf-8',newline='').write(s.replace('\n',sep))
PY
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/vr.md $EX/INT-2014-044.md 2>&1 | q | tail -1
echo "== erase"; t a Admin person erase D-0042 --reason "request of the person" --yes 2>&1 | q | head -3 | cut -c1-300
echo "== internal show (grep name)"; t a Admin show VR-2014-017 2>&1 | q | grep -c -i "sadykov\|Садыков"
t a Admin show INT-2014-044 2>&1 | q | grep -c -i "sadykov\|Садыков"
echo "== person show"; t a Admin person show D-0042 2>&1 | q | head -3
