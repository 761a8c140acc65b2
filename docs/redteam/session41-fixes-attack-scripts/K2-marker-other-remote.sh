#!/bin/bash
# K2: s holds the keyring-fork marker (a removed Bob on origin; s added Eve apart). s also syncs with a second remote
# (usb) that holds only c's new document (c cloned before the removal). Does `tamga sync usb` clear the marker, so that
# s writes again sealed to the epoch Bob holds, and pushes it to usb?
W=/tmp/atk41/wK2; source /work/notes/attack-41/lib41.sh
base >/dev/null 2>&1; remote; clone b; clone s; clone c
g clone -q --bare $W/remote.git $W/usb.git
sed 's/^id: INT-2014-044/id: INT-2014-777/' $EX/INT-2014-044.md > $W/new.md; sed 's/^id: INT-2014-044/id: INT-2014-555/' $EX/INT-2014-044.md > $W/c.md
echo "== c: Bob's... Admin adds a document on c, pushes to usb"; t c Admin add $W/c.md 2>&1 | q | head -1; t c Admin remote add usb $W/usb.git >/dev/null; t c Admin sync usb 2>&1 | q | tail -1
echo "== a: remove Bob, sync"; t a Admin member remove Bob 2>&1 | q | tail -1 | cut -c1-80; t a Admin sync 2>&1 | q | tail -1
echo "== s: add Eve, sync origin (refused)"; k=$(t s Eve member invite --name Eve 2>/dev/null | grep -o "tamga-member:[0-9a-f]*"); t s Second member add Eve "$k" --clearance internal 2>&1 | q | tail -1 | cut -c1-80; t s Second sync origin 2>&1 | q | tail -1 | cut -c1-120
ls $W/s/.git/tamga-keyring-fork
echo "== s: sync usb"; t s Second remote add usb $W/usb.git >/dev/null; t s Second sync usb 2>&1 | q | tail -2 | cut -c1-200
ls $W/s/.git/tamga-keyring-fork 2>&1
echo "== s: add (sealed to the epoch Bob holds?)"; t s Second add $W/new.md 2>&1 | q | head -1 | cut -c1-250; t s Second sync usb 2>&1 | q | tail -1 | cut -c1-200
echo "== Bob's copy b syncs usb, reads the new document"; t b Bob remote add usb $W/usb.git >/dev/null; t b Bob sync usb 2>&1 | q | tail -1 | cut -c1-200; t b Bob show INT-2014-777 2>&1 | q | head -3
echo "== plain 'tamga sync' (all remotes?) on s"; t s Second sync 2>&1 | q | tail -2 | cut -c1-200; ls $W/s/.git/tamga-keyring-fork 2>&1
