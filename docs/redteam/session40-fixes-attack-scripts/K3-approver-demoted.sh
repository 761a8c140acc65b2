#!/bin/bash
# K3: asking policy. Bob asks to destroy VR-2015-003... (INT-2014-044 here). MODE=demote: Admin removes Second
# (administrator when asked) and adds the same key back without --administrator; Second approves.
# MODE=readd: Second removed, then added back WITH --administrator from the same key; approves.
MODE=${MODE:-demote}; W=/tmp/atk40b/wK3-$MODE; source /work/notes/attack-40b/lib.sh
base >/dev/null 2>&1; asking_policy; t a Admin policy set asking.yaml >/dev/null 2>&1
t a Admin add $EX/VR-2015-003.md >/dev/null 2>&1
echo "== Bob asks"; t a Bob destroy VR-2015-003 --reason retention --yes 2>&1 | q | head -1 | cut -c1-200
key=$(t a Admin member list 2>&1 | q | grep -i second | head -1); echo "$key" | cut -c1-150
pub=$(cat $W/a/members/*Second* 2>/dev/null | head -c 0); ls $W/a/members | head
echo "== Admin removes Second"; t a Admin member remove Second 2>&1 | q | tail -1 | cut -c1-150
k=$(t a Admin member invite --name Second 2>/dev/null | grep -o "tamga-member:[0-9a-f]*"); echo "invite: ${k:0:80}"
if [ $MODE = demote ]; then t a Admin member add Second "$k" --clearance internal 2>&1 | q | tail -1 | cut -c1-200
else t a Admin member add Second "$k" --clearance internal --administrator 2>&1 | q | tail -1 | cut -c1-200; fi
echo "== Second approves"; t a Second destroy --approve VR-2015-003 --yes 2>&1 | q | grep -v "still able" | head -2 | cut -c1-300
t a Admin list 2>&1 | q | tail -n +2 | cut -c1-60; t a Admin check 2>&1 | q | tail -2 | cut -c1-200
