#!/bin/bash
# E2: `tamga edit` (and `add --force`) turning D-0042 (never erased) into `erased: true` by hand; YAML alias and quoted forms.
W=/tmp/atk41/wE2; source /work/notes/attack-41/lib41.sh
base >/dev/null 2>&1
cat > $W/ed.sh <<'ED'
#!/bin/bash
python3 - "$1" <<'PY'
import sys,re
p=sys.argv[1]; s=open(p).read()
s=re.sub(r"  D-0042:\n(    .*\n)+", "  D-0042:\n    erased: true\n    role: detainee\n", s, count=1)
s=s.replace("Aibek Sadykov","the man")
open(p,'w').write(s)
PY
ED
chmod +x $W/ed.sh
echo "== edit"; EDITOR=$W/ed.sh VISUAL=$W/ed.sh t a Admin edit INT-2014-044 2>&1 | q | tail -2 | cut -c1-200
t a Admin show INT-2014-044 2>/dev/null > $W/int.md; $W/ed.sh $W/int.md
echo "== add --force"; t a Admin add --force $W/int.md 2>&1 | q | head -2 | cut -c1-200
sed 's/    erased: true/    erased: "true"/' $W/int.md > $W/q.md; echo "== quoted"; t a Admin add $W/q.md 2>&1 | q | head -1 | cut -c1-200
sed "s/    erased: true/    erased: 'true'/" $W/int.md > $W/q2.md; echo "== single-quoted"; t a Admin add $W/q2.md 2>&1 | q | head -1 | cut -c1-200
python3 - $W/int.md $W/al.md <<'PY'
import sys; s=open(sys.argv[1]).read(); s=s.replace("tags: [ill-treatment]","tags: [&t true]",1).replace("    erased: true","    erased: *t"); open(sys.argv[2],'w').write(s)
PY
echo "== alias"; t a Admin add $W/al.md 2>&1 | q | head -1 | cut -c1-200
t a Admin person list 2>&1 | q | grep D-0042
