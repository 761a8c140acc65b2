#!/bin/bash
# B2: a destruction already approved and synced is annulled afterwards by an administrator who removes the
export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md  # session 38: VR declares D-0042 too, else destroy INT is refused
# approver from a copy that had not seen the tombstone (a removal's writer chooses what it saw).
W=/tmp/r18atk39/s38-37B2; source /work/notes/r18-attack-39/lib.sh
base; asking_policy; t a Admin policy set asking.yaml >/dev/null
remote; clone b; clone s
t b Bob destroy INT-2014-044 --reason "retention" --yes >/dev/null; t b Bob sync >/dev/null
t a Admin sync >/dev/null                      # Admin has seen the request only
t s Second sync >/dev/null
echo "== Second approves and syncs: destroyed everywhere"
t s Second destroy --approve INT-2014-044 --yes 2>&1 | head -1; t s Second sync 2>&1 | tail -1
t b Bob sync >/dev/null 2>&1; t b Bob list
echo "== Admin, without syncing first, removes Second, then syncs"
t a Admin member remove Second >/dev/null 2>&1; t a Admin sync 2>&1 | tail -3
echo "== Admin's list"; t a Admin list
echo "== Bob syncs"; t b Bob sync 2>&1 | tail -3; t b Bob list
echo "== Bob reads it"; t b Bob show INT-2014-044 2>&1 | head -5
echo "== fresh clone by Bob"; clone c; t c Bob list; t c Bob show INT-2014-044 2>&1 | grep -i sadykov | head -2
t a Admin check 2>&1 | tail -3
