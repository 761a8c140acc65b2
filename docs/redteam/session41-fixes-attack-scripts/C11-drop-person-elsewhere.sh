#!/bin/bash
# C11: D-0042 declared consent [state] in INT-2014-044 (photo --consent state on INT) and in VR-2014-017. A monitor revises
# VR-2014-017 taking D-0042's entry out (he was listed there by mistake; the text no longer names him). What happens to his
# consent for the interview's photo, and does anyone hear about it?
W=/tmp/atk41/wC11; source /work/notes/attack-41/lib41.sh
DOCS=/work/notes/r18-attack-39/docs
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int.md
sed 's/^    consent: \[\]/    consent: [state]/' $DOCS/VR-2014-017.decl.md > $W/vr1.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int.md $W/vr1.md 2>&1 | q | tail -1
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
t a Admin person show D-0042 2>&1 | q | grep "named to state\|declared"
# VR rev 2: D-0042's entry removed, his @-references replaced by "a detainee"
python3 - "$W/vr1.md" "$W/vr2.md" <<'PY'
import sys,re
s=open(sys.argv[1]).read()
fm,body=s.split('\n---\n',1)
lines=fm.split('\n'); out=[]; skip=False
for l in lines:
    if re.match(r'^  D-0042:',l): skip=True; continue
    if skip and l.startswith('    '): continue
    skip=False; out.append(l)
body=re.sub(r'@D-0042','a detainee',body)
body=body.replace('Aibek Sadykov','a detainee').replace('Sadykov','the detainee')
open(sys.argv[2],'w').write('\n'.join(out)+'\n---\n'+body)
PY
echo "== VR rev 2 without D-0042"; t a Admin add $W/vr2.md 2>&1 | q | cut -c1-250
t a Admin person show D-0042 2>&1 | q | grep -v forms | tail -5 | cut -c1-200
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
