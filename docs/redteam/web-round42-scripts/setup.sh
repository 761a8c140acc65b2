#!/bin/bash
# Builds a vault like the e2e tests (weak KDF, passphrase by file) with members of each clearance.
# Usage: setup.sh DIR   -> DIR/vault, DIR/passphrase, DIR/state-<member>/ (key dirs)
set -e
D=${1:?dir}; T=/work/notes/web-attack-42/tamga; EX=/work/main/examples
rm -rf "$D"; mkdir -p "$D"; cd "$D"
printf 'correct horse battery staple\n' > passphrase; chmod 600 passphrase
export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1 TAMGA_VAULT=$D/vault XDG_STATE_HOME=$D/state-Admin TAMGA_MEMBER=Admin
$T init --name Admin >/dev/null
cp $EX/*.md .
# declare the detainee in the report as the e2e fixture does
python3 - <<'PY'
s=open('VR-2014-017.md').read()
s=s.replace("persons:\n","persons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n",1)
open('VR-2014-017.md','w').write(s)
PY
$T add INT-2014-044.md VR-2014-017.md VR-2015-003.md >/dev/null
for m in "Nurlan:internal" "Liaison:state" "Contrib:contributor" "Gone:internal"; do
  n=${m%%:*}; c=${m#*:}
  key=$(TAMGA_MEMBER= XDG_STATE_HOME=$D/state-$n $T member invite --name $n 2>/dev/null)
  $T member add --member Admin $n "$key" --clearance $c >/dev/null
done
printf 'floor plan\n' > plan.pdf; printf 'JPEGSECRETPHOTO Sadykov bruises\n' > bruise.jpg
$T attach VR-2014-017 bruise.jpg --caption "forearm of Aibek Sadykov" >/dev/null
$T attach VR-2014-017 plan.pdf --level state >/dev/null
# Gone keeps a copy of his key dir, then is removed
[ -n "$KEEP_GONE" ] || $T member remove --member Admin Gone >/dev/null 2>&1 || true
echo ok
