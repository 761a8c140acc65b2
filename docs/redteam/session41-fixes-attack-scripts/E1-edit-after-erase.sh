#!/bin/bash
# E1: person erase D-0042, then edit INT-2014-044 (its text holds `erased: true`), add the `show` output back with a
# change, and a NEW document referring to the erased person with `erased: true` (internal; then Carol). Over-refusal?
W=/tmp/atk41/wE1; source /work/notes/attack-41/lib41.sh
base >/dev/null 2>&1
echo "== erase"; t a Admin person erase D-0042 --reason "erasure asked" --yes 2>&1 | q | tail -2 | cut -c1-200 || true
t a Admin person erase --help 2>/dev/null | grep -i "yes\|confirm" | head -2
t a Admin show INT-2014-044 2>&1 | q | sed -n 1,14p
printf '#!/bin/bash\nsed -i "s/visiting room/visiting-room/" "$1"\n' > $W/ed.sh; chmod +x $W/ed.sh
echo "== edit"; EDITOR=$W/ed.sh VISUAL=$W/ed.sh t a Admin edit INT-2014-044 2>&1 | q | tail -2 | cut -c1-250
echo "== show > file, change, add"; t a Admin show INT-2014-044 2>/dev/null | sed 's/without staff/without any staff/' > $W/int.md; t a Admin add $W/int.md 2>&1 | q | head -2 | cut -c1-250
printf -- '---\nid: INT-2014-901\nkind: interview\ntitle: Follow-up\ndate: 2014-11-02\nfacility: IVS-1 Bishkek\nauthors: [X]\npersons:\n  D-0042:\n    erased: true\n    role: detainee\n---\n\nFollow-up on @D-0042.\n' > $W/new.md
echo "== new doc, internal"; t a Bob add $W/new.md 2>&1 | q | head -2 | cut -c1-250
sed 's/INT-2014-901/INT-2014-902/' $W/new.md > $W/new2.md; echo "== new doc, Carol"; t a Carol add $W/new2.md 2>&1 | q | head -2 | cut -c1-250
