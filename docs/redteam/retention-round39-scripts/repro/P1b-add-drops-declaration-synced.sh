#!/bin/bash
# P1b: F2 through a sync: Bob (internal, not an administrator) adds INT rev 2 without persons on copy b and syncs;
# Admin's copy a syncs. Does Dana on copy a (and on a fresh clone) read the name?
W=/tmp/r18atk39/wP1b; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1; remote; clone b
echo "== b: Bob adds rev2"; t b Bob add $DOCS/INT-2014-044.rev2-nodecl.md 2>&1 | q; t b Bob sync 2>&1 | q | tail -1
echo "== a: sync"; t a Admin sync 2>&1 | q | tail -2 | cut -c1-250
echo "== a: Dana show VR"; t a Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A\|rror" | cut -c1-250
clone c; echo "== fresh clone c: Dana show VR"; t c Dana show VR-2014-017 2>&1 | q | grep -n -i "sadykov\|Detainee A\|rror" | cut -c1-250
