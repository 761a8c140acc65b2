#!/bin/bash
# T1: `person retire D-0042` after INT-2014-044 rev2 dropped his entry; VR-2014-017 replaced by a variant naming
# him in one way. Compare retire's list of places with what Admin's State/public exports print after `retire --yes`.
for v in ${VARS:-01-cyrillic 13-homoglyph 04-initial 21-public-rec 10-title 28-linebreak}; do
  export VRFILE=/work/notes/r18-attack-39/docs/var/VR-$v.md
  W=/tmp/r18atk39/wT1-$v; source /work/notes/r18-attack-39/lib.sh
  base >/dev/null 2>&1; t a Admin add $DOCS/INT-2014-044.rev2-nodecl.md >/dev/null 2>&1
  echo "######## $v"; t a Admin person retire D-0042 --reason x 2>&1 </dev/null | q | head -2 | cut -c1-300
  t a Admin person retire D-0042 --reason x --yes 2>&1 | q | tail -1 | cut -c1-200
  for au in state public; do t a Admin export VR-2014-017 INT-2014-044 --audience $au -o "$W/ex-$au" 2>&1 | q | grep -i "error\|refus" | cut -c1-300; done
  grep -rn -i "sadykov\|садыков\|Aibek\|Айбек\|A\. S" "$W"/ex-* | cut -c1-200 | head -5
done
