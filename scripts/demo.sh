#!/usr/bin/env bash
# The demo: what `make demo` runs after the release build. It says plainly what it does.
set -euo pipefail
tamga="${TAMGA_BINARY:?set TAMGA_BINARY to the built tamga}"
echo "== tamga demo =="
"$tamga" --version
echo "The vault and exports are not built yet: this demo only shows the binary runs."
