#!/usr/bin/env bash
# The demo that `make demo` runs after the release build: a vault in a
# temporary folder, the bundled examples added, and what the vault holds.
# Demo keys and passphrase are throwaway: generated here, never committed.
set -euo pipefail
tamga="${TAMGA_BINARY:?set TAMGA_BINARY to the built tamga}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/tamga-demo.XXXXXX")"
chmod 700 "$work"
export TAMGA_VAULT="$work/vault"
export TAMGA_PASSPHRASE_FILE="$work/demo-passphrase"
export XDG_STATE_HOME="$work/state"
umask 077
printf 'demo passphrase, not for real use\n' > "$TAMGA_PASSPHRASE_FILE"

step() { printf '\n== %s\n' "$*"; }

step "tamga $("$tamga" --version | sed 's/^tamga //')"
step "Creating a demo vault in $TAMGA_VAULT (Argon2id at libsodium's MODERATE limits)"
"$tamga" init --name "Demo Administrator" > "$work/init.txt"
sed -n '1,3p' "$work/init.txt"
echo "(the recovery shares are in $work/init.txt)"

step "Adding the examples"
"$tamga" add "$root"/examples/*.md

step "What the vault holds"
"$tamga" list

step "Exporting VR-2014-017 for each audience (redacted, leak-scanned, logged)"
mkdir -p "$work/exports"
for audience in internal state public; do
  "$tamga" export VR-2014-017 --audience "$audience" --format md -o "$work/exports/"
  "$tamga" export VR-2014-017 --audience "$audience" --format html -o "$work/exports/"
done
"$tamga" export VR-2014-021 --audience state -o "$work/exports/"

step "The review page: the three audiences side by side"
"$tamga" preview VR-2014-017 -o "$work/exports/VR-2014-017.preview.html"

step "An interview is never exported to the public (the policy's ceiling)"
if "$tamga" export INT-2014-044 --audience public -o "$work/exports/"; then
  echo "unexpected: the interview was exported to the public" >&2; exit 1
fi

step "What the State authorities receive (VR-2014-017.state.md), and its signature"
cat "$work/exports/VR-2014-017.state.md"
"$tamga" key public -o "$work/exports/npm.pub"
"$tamga" verify "$work/exports/VR-2014-017.state.md" -p "$work/exports/npm.pub"
if command -v minisign >/dev/null; then minisign -Vm "$work/exports/VR-2014-017.state.md" -p "$work/exports/npm.pub"; fi

step "Evidence: a photo with GPS, camera and author tags; a region blacked out; exported for the State"
# A stand-in photo made with libvips, tagged the way a phone camera would (make deps installs vips and exiftool).
/usr/bin/vips black "$work/blank.v" 320 240 --bands 3
/usr/bin/vips linear "$work/blank.v" "$work/forearm.jpg" "1 1 1" "180 140 120" --uchar
/usr/bin/exiftool -q -overwrite_original -GPSLatitude=42.8746 -GPSLatitudeRef=N -GPSLongitude=74.5698 -GPSLongitudeRef=E \
  -Make=Canon -Model="EOS 5D" -Artist="Demo Monitor" -DateTimeOriginal="2014:10:28 11:42:00" "$work/forearm.jpg"
reference="$("$tamga" attach VR-2014-017 "$work/forearm.jpg" --level state --caption "Left forearm, day 2" | sed -n 's/.* as //p')"
"$tamga" attachment redact VR-2014-017 "$reference" --rect 100,60,120,90 --audience state
mkdir -p "$work/exports/evidence"
"$tamga" export VR-2014-017 --audience state --with-attachments -o "$work/exports/evidence/"
echo "GPS, camera and author tags in the exported photo (none expected):"
/usr/bin/exiftool -a -G -s -gps:all -make -model -artist -datetimeoriginal "$work/exports/evidence/VR-2014-017.state.attachment-1.jpg" || true
echo "the pixel at the centre of the blacked-out region: $(/usr/bin/vips getpoint "$work/exports/evidence/VR-2014-017.state.attachment-1.jpg" 160 105)"

step "The recommendations of the examples, and a response from the Ministry of Health"
"$tamga" rec list
printf 'A medical examination on admission will be introduced in all IVS from 1 March 2015.\n' > "$work/response.txt"
"$tamga" rec respond R-2014-017-2 --from "Ministry of Health" --date 2015-02-01 --status in-progress --text "$work/response.txt"

step "The follow-up report for the Ministry of Health (state)"
"$tamga" rec report --audience state --to "Ministry of Health" --format html -o "$work/exports/follow-up.ministry-of-health.state.html"
"$tamga" rec report --audience state --to "Ministry of Health" --format md -o -

step "The recommendations' status table for the annual report (public)"
"$tamga" rec table --audience public

step "Public statistics of the example year (small counts suppressed)"
"$tamga" stats --audience public --by facility --by tag

step "The public annual summary of 2014 (HTML with a chart, signed)"
"$tamga" summary --year 2014 --audience public -o "$work/exports/summary-2014.public.html"
"$tamga" verify "$work/exports/summary-2014.public.html"

step "What was disclosed, and to whom"
"$tamga" disclosures

step "The audit log"
"$tamga" log

step "Checking every object, signature and chain"
"$tamga" check

echo
echo "Exports:    $work/exports"
ls -1 "$work/exports" | sed 's/^/  /'
echo "Demo vault: $TAMGA_VAULT"
echo "Everything is in $work (remove it with: rm -rf '$work')"
