#!/bin/bash
# F11: a document whose body uses bare CR line ends (classic Mac / some paste paths), added with `tamga add`:
# its `::: internal` block reaches the State export, and the export says nothing was withheld.
set -e
D=${1:-/tmp/wa40/cr}; R=/work/notes/web-attack-40/repro; T=/work/notes/web-attack-40/tamga
$R/setup.sh $D >/dev/null 2>&1; cd $D
export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1 TAMGA_VAULT=$D/vault TAMGA_MEMBER=Admin XDG_STATE_HOME=$D/state-Admin
{ printf -- '---\nid: VR-2026-990\nkind: visit-report\ntitle: CR test\ndate: 2026-11-30\nlevel: state\npersons: {}\n---\n'
  printf 'The team visited.\r\r::: internal\rThe informant in cell 9 is Kubat, the night guard.\r:::\r\rEnd.\r'; } > cr.md
$T add cr.md 2>&1 | grep -v '^Warning: TAMGA_TEST'
rm -rf out; mkdir out; $T export VR-2026-990 --audience state -o out 2>&1 | grep -v '^Warning: TAMGA_TEST'
echo "--- the State export, CR shown as line breaks:"; tr '\r' '\n' < out/VR-2026-990.state.md
echo "--- grep informant:"; grep -c "informant" out/VR-2026-990.state.md
