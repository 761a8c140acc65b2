#!/bin/bash
# Under approval: second-administrator, one administrator sets a policy without it, destroys alone (web), sets it back.
set -e
D=${1:?dir}; T=/work/notes/web-attack-42/tamga
APPROVAL=1 $(dirname $0)/setup2.sh $D >/dev/null
cd $D; export TAMGA_PASSPHRASE_FILE=$D/passphrase TAMGA_TEST_ONLY_WEAK_KDF=1 TAMGA_VAULT=$D/vault XDG_STATE_HOME=$D/state-Admin TAMGA_MEMBER=Admin
echo "policy now: $($T policy show | grep -A1 '^destruction:' | tr '\n' ' ')"
cp /work/main/policy/default.yaml off.yaml
echo "Admin sets a policy without the approval rule: $($T policy set off.yaml 2>&1 | tail -1)"
python3 - "$D" <<'PY'
import sys, re; sys.path.insert(0, "/work/notes/web-attack-42/repro"); import web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
s = c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": "retention over", "typed": "VR-2015-003"})
print("web destroy:", s[0], re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", re.search(r"<main[^>]*>(.*?)</main>", s[2], re.S).group(1)))[:90])
p.terminate(); p.wait()
PY
echo "Admin sets the approval rule back: $($T policy set policy.yaml 2>&1 | tail -1)"
echo "check: $($T check | tail -1)"; $T log | tail -4
