#!/bin/bash
# K1: Bob (internal) runs `tamga edit VR-2014-017`; while his editor is open Admin removes Bob (MODE=remove) or
# removes Dana (MODE=other) or adds Eve (MODE=add). Bob's editor then saves a change with a new internal passage.
# Is the revision stored, and under which epoch (can the removed member read it)?
MODE=${MODE:-remove}; W=/tmp/atk40b/wK1-$MODE; source /work/notes/attack-40b/lib.sh
base >/dev/null 2>&1
cat > $W/ed.sh <<'ED'
#!/bin/bash
while [ ! -e "$FLAG" ]; do sleep 0.2; done
printf '\nLate note [secret-after-removal]{.internal}.\n' >> "$1"
ED
chmod +x $W/ed.sh; export FLAG=$W/flag
( EDITOR=$W/ed.sh VISUAL=$W/ed.sh t a Bob edit VR-2014-017 > $W/edit.out 2>&1; echo "rc=$?" >> $W/edit.out ) &
sleep 4
case $MODE in
 remove) echo "== Admin removes Bob"; t a Admin member remove Bob 2>&1 | q | tail -1 | cut -c1-200;;
 other) echo "== Admin removes Dana"; t a Admin member remove Dana 2>&1 | q | tail -1 | cut -c1-200;;
 add) echo "== Admin adds Eve (state)"; k=$(t a Admin member invite --name Eve 2>/dev/null); t a Admin member add Eve "$k" --clearance state 2>&1 | q | tail -1;;
esac
touch $FLAG; wait
echo "== Bob's edit:"; cat $W/edit.out | q | cut -c1-300
echo "== history"; t a Admin history VR-2014-017 2>&1 | q | tail -3
echo "== Admin show: late note?"; t a Admin show VR-2014-017 2>&1 | q | grep -c "secret-after-removal"
echo "== check"; t a Admin check 2>&1 | q | tail -2 | cut -c1-250
