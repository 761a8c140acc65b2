#!/bin/bash
# D1: asking policy. Bob requests destruction of INT-2014-044 (both docs give D-0042 consent [state], nothing
# withdrawn). Then Admin adds INT rev 2 taking the consent back. Second approves. MODE=apart: the withdrawal is
# made on copy b, the approval on copy s without it, then all sync.
MODE=${MODE:-linear}; W=/tmp/atk40b/wD1-$MODE; source /work/notes/attack-40b/lib.sh
DOCS=/work/notes/r18-attack-39/docs
sed 's/^    consent: \[\]/    consent: [state]/' $EX/INT-2014-044.md > $W/int1.md
sed 's/^    consent: \[state\]/    consent: []/; s/cell 14/cell 15/' $W/int1.md > $W/int2.md
sed 's/^    consent: \[\]/    consent: [state]/' $DOCS/VR-2014-017.decl.md > $W/vr.md
python3 /tmp/r18atk38/mkpng.py $W/photo.png
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/int1.md $W/vr.md 2>&1 | q | tail -1
for spec in "Second internal --administrator" "Bob internal" "Dana state"; do set -- $spec; k=$(t a Admin member invite --name "$1" 2>/dev/null); t a Admin member add "$1" "$k" --clearance "$2" ${3:-} >/dev/null 2>&1; done
t a Admin attach VR-2014-017 $W/photo.png --depicts D-0042 --consent state --level state 2>&1 | q | head -1
asking_policy; t a Admin policy set $W/asking.yaml 2>&1 | q | tail -1
echo "== Bob requests"; t a Bob destroy INT-2014-044 --reason retention --yes 2>&1 | q | head -2 | cut -c1-250
if [ $MODE = linear ]; then
  echo "== Admin withdraws (rev 2)"; t a Admin add $W/int2.md 2>&1 | q | head -1
  echo "== Second approves"; t a Second destroy --approve INT-2014-044 --yes 2>&1 | q | head -3 | cut -c1-300
  c=a
else
  remote; clone b; clone s
  echo "== b: Bob withdraws (rev 2)"; t b Bob add $W/int2.md 2>&1 | q | head -1; t b Bob sync 2>&1 | q | tail -1
  echo "== s (stale, before b's sync? no: s cloned before): Second approves"; t s Second destroy --approve INT-2014-044 --yes 2>&1 | q | grep -v "still able" | head -3 | cut -c1-300
  echo "== s sync"; t s Second sync 2>&1 | q | tail -3 | cut -c1-300
  t a Admin sync 2>&1 | q | tail -2 | cut -c1-300; t b Bob sync 2>&1 | q | tail -2 | cut -c1-300; c=a
fi
echo "== $c: list, consent, export"; t $c Admin list 2>&1 | q | tail -n +2; t $c Admin person show D-0042 2>&1 | q | grep -i "named to state"
t $c Admin export VR-2014-017 --audience state --with-attachments -o $W/ex/ 2>&1 | q | grep -i "attachment\|rror" | cut -c1-250
