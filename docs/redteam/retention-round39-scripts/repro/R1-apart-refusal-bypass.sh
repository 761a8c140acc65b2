#!/bin/bash
# R1: two erasures of INT-2014-044 made apart (a: D-0042, b: W-0005). VR-2014-017 names R-0003 (Cholpon Asanova)
# whom only INT-2014-044 declares. Try every command that projects or exports while the document is lost.
W=${W:-/tmp/r18atk39/wR1}; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$DOCS/INT-2014-044.three.md" "$DOCS/VR-2014-017.mother.md" 2>&1 | q | grep -v everyday
for spec in "Second internal --administrator" "Bob internal" "Carol contributor" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" ${3:-} >/dev/null 2>&1; done
remote; clone b
echo "== a: erase D-0042"; t a Admin person erase D-0042 --reason "asked" --yes 2>&1 | q | head -1
echo "== b: erase W-0005"; t b Second person erase W-0005 --reason "asked" --yes 2>&1 | q | head -1
echo "== sync a, b, a"; t a Admin sync 2>&1 | q | tail -1; t b Second sync 2>&1 | q | tail -2; t a Admin sync 2>&1 | q | tail -2
[ "${STOP:-0}" = 1 ] && exit 0
for cmd in "export VR-2014-017 --audience state -o $W/x1.md" "export VR-2014-017 --audience public -o $W/x2.md" "show VR-2014-017 --audience state" "person show R-0003" "person list" "list" "refresh" "rec list" "search Cholpon" "stats" "handover plan" ; do
  echo "== a Admin: $cmd"; t a Admin $cmd 2>&1 | q | head -4
done
echo "== Dana show VR-2014-017"; t a Dana show VR-2014-017 2>&1 | q | grep -n "Cholpon\|Relative\|rror" | head
for f in $W/x1.md $W/x2.md; do [ -f $f ] && { echo "WRITTEN $f"; grep -n Cholpon $f; }; done
