#!/bin/bash
# A2: like A1 (guarded remote), but before approving, the newest keyring/ (and keys/, members/) files are copied
# from the remote into Second's stale copy s, without its log/ (a partial folder copy: what a keyless writer, or
# a sync tool copying some files first, does). The approval then binds the newest keyring with stale log parents.
export VRFILE=/work/notes/r18-attack-39/docs/VR-2014-017.decl.md
W=${W:-/tmp/r18atk39/wA2}; source /work/notes/r18-attack-39/lib.sh
base >/dev/null 2>&1; asking_policy; t a Admin policy set asking.yaml >/dev/null 2>&1
remote; clone b; clone s
t b Bob destroy INT-2014-044 --reason "retention" --yes 2>&1 | q | head -1; t b Bob sync 2>&1 | q | tail -1; t s Second sync 2>&1 | q | tail -1
echo "== a: Admin syncs, removes Dana, rekeys, syncs"; t a Admin sync 2>&1 | q | tail -1; t a Admin member remove Dana 2>&1 | q | tail -1; t a Admin rekey --all 2>&1 | q | tail -1; t a Admin sync 2>&1 | q | tail -1
echo "== copy keyring/ keys/ members/ (not log/) from the remote into s"
mkdir -p $W/tree; git --git-dir=$W/remote.git archive main | tar -x -C $W/tree
for d in keyring keys members; do [ -d $W/tree/$d ] && cp -rn $W/tree/$d/. $W/s/$d/; done
echo "== s: Second approves"; t s Second destroy --approve INT-2014-044 --yes 2>&1 | q | grep -v "still able" | head -2 | cut -c1-300
echo "== s: sync"; t s Second sync 2>&1 | q | tail -3 | cut -c1-400
echo "== a, b: sync, list"; t a Admin sync 2>&1 | q | tail -1 | cut -c1-300; t a Admin list 2>&1 | q; t b Bob sync 2>&1 | q | tail -1 | cut -c1-300; t b Bob list 2>&1 | q
clone c; echo "== fresh clone"; t c Admin list 2>&1 | q
