#!/bin/bash
# R3: as R2, but Carol declares D-0042 with his real name (Aibek Sadykov, [state]); Bob corrects her document to another
# person D-0777. Is a withdrawal of the real D-0042's state consent logged from the contributor's baseline?
W=/tmp/atk41/wR3; source /work/notes/attack-41/lib41.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int.md
printf -- '---\nid: INT-2014-002\nkind: interview\ntitle: Short interview\ndate: 2014-10-29\nfacility: IVS-1 Bishkek\nauthors: [Carol]\npersons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: [state]\n---\n\nMet @D-0042 in cell 3.\n' > $W/carol.md
python3 -c "import sys; s=open(sys.argv[1]).read(); s=s.replace(\"  D-0042:\\n    name: Aibek Sadykov\\n    role: detainee\\n    consent: [state]\\n\", \"  D-0777:\\n    name: Bakyt Usenov\\n    role: detainee\\n    consent: [state]\\n\").replace(\"@D-0042\", \"@D-0777\"); open(sys.argv[2],\"w\").write(s)" $W/carol.md $W/bob.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int.md 2>&1 | q
for spec in "Bob internal" "Carol contributor"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" >/dev/null 2>&1; done
t a Admin attach INT-2014-044 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
echo "== Carol adds INT-2014-002 (D-0042: Bakyt Usenov, [state])"; t a Carol add $W/carol.md 2>&1 | q | head -1 | cut -c1-200
t a Admin person show D-0042 2>&1 | q | grep "named to state\|declared"
echo "== Bob corrects the id (rev 2: D-0777)"; t a Bob add $W/bob.md 2>&1 | q | head -3 | cut -c1-250
t a Admin person show D-0042 2>&1 | q | grep -v forms | tail -4 | cut -c1-200
t a Admin export INT-2014-044 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachments:\|rror" | cut -c1-250
