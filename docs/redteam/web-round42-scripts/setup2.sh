#!/bin/bash
# setup.sh + Boss2 (internal, administrator) + optional policy with second-administrator approval (APPROVAL=1)
set -e
D=${1:?dir}; T=/work/notes/web-attack-42/tamga
$(dirname $0)/setup.sh "$D" >/dev/null 2>&1
cd "$D"
export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1 TAMGA_VAULT=$D/vault XDG_STATE_HOME=$D/state-Admin TAMGA_MEMBER=Admin
key=$(TAMGA_MEMBER= XDG_STATE_HOME=$D/state-Boss2 $T member invite --name Boss2 2>/dev/null)
$T member add Boss2 "$key" --clearance internal --administrator >/dev/null 2>&1
if [ -n "$APPROVAL" ]; then
  cp /work/main/policy/default.yaml policy.yaml; printf '\ndestruction:\n  approval: second-administrator\n' >> policy.yaml
  $T policy set policy.yaml >/dev/null 2>&1
fi
echo ok
