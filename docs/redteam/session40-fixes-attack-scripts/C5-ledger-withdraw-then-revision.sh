#!/bin/bash
# C5: rev 1 consent [state]; a logged withdrawal (person consent --withdraw state); then rev 2 (typo fix, consent
# still [state]) and rev 3 (drops the entry) and rev 4 (declares him again with consent [state]). Consent after each?
W=/tmp/atk40b/wC5; source /work/notes/attack-40b/lib.sh
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/rev1.md
sed 's/cell 14/cell 15/' $W/rev1.md > $W/rev2.md
python3 - $W/rev2.md $W/rev3.md <<'PY'
import sys,re
s=open(sys.argv[1]).read()
s=re.sub(r'persons:\n(  D-0042:\n(    .*\n)+)', 'persons: {}\n', s)
open(sys.argv[2],'w').write(s)
PY
sed 's/cell 15/cell 16/' $W/rev2.md > $W/rev4.md
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/rev1.md 2>&1 | q | head -1
t a Admin person consent D-0042 --withdraw state --date 2015-01-01 --obtained-by Admin 2>&1 | q | head -1
s() { t a Admin person show D-0042 2>&1 | q | grep "named to state\|rror" | cut -c1-150; }
s; for r in 2 3 4; do echo "== rev $r"; t a Admin add ${FORCE:+--force} $W/rev$r.md 2>&1 | q | head -1 | cut -c1-200; s; done
