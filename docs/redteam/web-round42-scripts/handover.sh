#!/bin/bash
# A hand-over to a successor (not yet accepted), so destroy/erase pages carry the hand-over notice.
set -e
D=${1:?dir}; T=/work/notes/web-attack-42/tamga
cd $D
export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1
rm -rf succ; XDG_STATE_HOME=$D/state-Succ $T init --vault $D/succ --name Succ >/dev/null 2>&1
inv=$(XDG_STATE_HOME=$D/state-Succ TAMGA_VAULT=$D/succ $T handover invitation --vault $D/succ 2>/dev/null | grep -o 'tamga-successor:[^ ]*' | head -1)
export TAMGA_VAULT=$D/vault XDG_STATE_HOME=$D/state-Admin TAMGA_MEMBER=Admin
$T person consent D-0042 --grant transfer --date 2025-09-20 --obtained-by "Gulnara" >/dev/null 2>&1 || true
$T handover execute --to "$inv" -o $D/package --without-attachments 2>&1 | tail -3
