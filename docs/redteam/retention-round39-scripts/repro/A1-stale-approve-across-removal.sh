#!/bin/bash
# A1 (s38 S3 rerun + variants): Bob asks to destroy INT-2014-044; Second's copy s sees it. Admin removes Dana on a,
# rekeys, syncs. Second approves on stale s and syncs. GUARD=0: the remote has no guard. Then: a, Bob's b, a fresh clone.
export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md
W=${W:-/tmp/r18atk39/wA1-g${GUARD:-1}}; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1; asking_policy; t a Admin policy set asking.yaml >/dev/null 2>&1
remote; clone b; clone s
t b Bob destroy INT-2014-044 --reason "retention" --yes 2>&1 | q | head -1; t b Bob sync 2>&1 | q | tail -1; t s Second sync 2>&1 | q | tail -1
echo "== a: Admin syncs, removes Dana, rekeys, syncs"; t a Admin sync 2>&1 | q | tail -1; t a Admin member remove Dana 2>&1 | q | tail -1; t a Admin rekey --all 2>&1 | q | tail -1; t a Admin sync 2>&1 | q | tail -1
echo "== s: Second approves (stale)"; t s Second destroy --approve INT-2014-044 --yes 2>&1 | q | grep -v "still able" | head -2
echo "== s: sync"; t s Second sync 2>&1 | q | tail -4 | cut -c1-500; echo "== s: sync again"; t s Second sync 2>&1 | q | tail -2 | cut -c1-300
echo "== s: list"; t s Second list 2>&1 | q
echo "== a: sync, list"; t a Admin sync 2>&1 | q | tail -2 | cut -c1-400; t a Admin list 2>&1 | q
echo "== b: sync, list"; t b Bob sync 2>&1 | q | tail -2 | cut -c1-400; t b Bob list 2>&1 | q
clone c; echo "== fresh clone list"; t c Admin list 2>&1 | q; t c Admin check 2>&1 | q | tail -2 | cut -c1-300
echo "== a: check"; t a Admin check 2>&1 | q | tail -2 | cut -c1-300
