#!/bin/bash
# L2: VR-2014-017 (declares D-0042) with "Aibek Sadykov" written as "Aibek<SEP>Sadykov" in its State text, SEP one
# of the line ends the parser now reads (CR, VT, FF, NEL, U+2028, U+2029) or plain LF. State export md/json/html.
W=/tmp/atk40b/wL2; source /work/notes/attack-40b/lib.sh
DOCS=/work/notes/r18-attack-39/docs
t a Admin init --name Admin >/dev/null 2>&1
for sep in lf cr vt ff nel ls ps; do
python3 - "$DOCS/VR-2014-017.decl.md" "$W/vr-$sep.md" $sep <<'PY'
import sys
s=open(sys.argv[1],encoding='utf-8').read(); c={'lf':'\n','cr':'\r','vt':'\v','ff':'\f','nel':'\u0085','ls':'\u2028','ps':'\u2029'}[sys.argv[3]]
s=s.replace('One of them, Aibek Sadykov,','One of them, Aibek'+c+'Sadykov,')
open(sys.argv[2],'w',encoding='utf-8',newline='').write(s)
PY
  if [ $sep = lf ]; then t a Admin add $W/vr-$sep.md 2>&1 | q | head -1 | cut -c1-120; else t a Admin add --force $W/vr-$sep.md 2>&1 | q | head -1 | cut -c1-120; fi
  for f in md json html; do
    out=$(t a Admin export VR-2014-017 --audience state --format $f -o $W/x-$sep.$f 2>&1 | q | head -1 | cut -c1-110)
    hits=$(python3 -c "import sys,re;s=open(sys.argv[1],encoding='utf-8').read();print(len(re.findall(r'Aibek[\s\S]{0,8}Sadykov|Sadykov',s)))" $W/x-$sep.$f 2>/dev/null)
    echo "$sep $f: ${out} | name hits: ${hits:-no file}"; rm -f $W/x-$sep.$f
  done
done
