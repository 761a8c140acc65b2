#!/bin/bash
# setup2.sh + N documents that each declare and name the detainee D-0042 (for a long erasure).
set -e
D=${1:?dir}; N=${2:-200}; T=/work/notes/web-attack-42/tamga
$(dirname $0)/setup2.sh "$D" >/dev/null
cd $D; mkdir -p many
export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1 TAMGA_VAULT=$D/vault XDG_STATE_HOME=$D/state-Admin TAMGA_MEMBER=Admin
for i in $(seq 1000 $((1000+N-1))); do
cat > many/VR-2027-$i.md <<DOC
---
id: VR-2027-$i
kind: visit-report
date: 2026-03-01
facility: SIZO-1
level: state
persons:
  D-0042:
    name: Aibek Sadykov
    role: detainee
    consent: []
---

The team met Aibek Sadykov in block $i.

::: internal
Sadykov said the night guard hits detainees.
:::
DOC
done
$T add many/*.md >/dev/null 2>&1
echo ok
