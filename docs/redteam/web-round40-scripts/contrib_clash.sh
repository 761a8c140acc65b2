#!/bin/bash
# F6, command-line variant: a contributor re-declares the detainee D-0042 with another role; every export stops;
# the administrator's edit of the contributor's document and `destroy` do not get the vault out of it.
D=${1:-/tmp/wa40/clash}; R=/work/notes/web-attack-40/repro; T=/work/notes/web-attack-40/tamga
$R/setup.sh $D >/dev/null 2>&1; cd $D
export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1 TAMGA_VAULT=$D/vault
q() { grep -v '^Warning: TAMGA_TEST'; }
printf -- '---\nid: VR-2026-960\nkind: visit-report\ntitle: probe\ndate: 2026-12-01\nlevel: state\npersons:\n  D-0042:\n    name: Aibek Sadykov\n    role: official\n    consent: [state, public]\n---\nMet @D-0042.\n' > c3.md
echo "# contributor adds:"; XDG_STATE_HOME=$D/state-Contrib $T add c3.md --member Contrib 2>&1 | q
export XDG_STATE_HOME=$D/state-Admin TAMGA_MEMBER=Admin
echo "# admin exports VR-2014-017:"; mkdir -p x; $T export VR-2014-017 --audience state -o x 2>&1 | q
printf '#!/bin/sh\nsed -i "s/D-0042/D-0960/g" "$1"\n' > fixeditor.sh; chmod +x fixeditor.sh
echo "# admin renames the id in the contributor's document:"; EDITOR=$D/fixeditor.sh $T edit VR-2026-960 2>&1 | q
echo "# admin exports again:"; $T export VR-2014-017 --audience state -o x 2>&1 | q
echo "# admin destroys the contributor's document:"; $T destroy VR-2026-960 --reason "clash" --yes 2>&1 | q
echo "# stats / rec table / person show:"; $T stats --audience public --by facility 2>&1 | q | head -1; $T rec table --audience state 2>&1 | q | head -1; $T person show D-0042 2>&1 | q | head -1
