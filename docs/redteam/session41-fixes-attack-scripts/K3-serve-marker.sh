#!/bin/bash
# K3: F7 case with `tamga serve` running on copy s: a removes Bob and syncs; s adds Eve apart; Second's web session is
# unlocked on s; then `tamga sync` on s is refused and leaves the marker. Does the open web session still write, sealed to
# the epoch Bob holds?
W=/tmp/atk41/wK3; source /work/notes/attack-41/lib41.sh
base >/dev/null 2>&1; remote; clone b; clone s
t a Admin member remove Bob 2>&1 | q | tail -1 | cut -c1-60; t a Admin sync 2>&1 | q | tail -1
k=$(t s Eve member invite --name Eve 2>/dev/null | grep -o "tamga-member:[0-9a-f]*"); t s Second member add Eve "$k" --clearance internal 2>&1 | q | tail -1 | cut -c1-80
mkdir -p $W/web; ln -s $W/s $W/web/vault; ln -s $W/s-state $W/web/state-Second; cp $W/pass $W/web/passphrase
W=$W python3 - <<'PY'
import os, re, subprocess, sys
sys.path.insert(0, "/work/notes/attack-41/repro"); import web
W = os.environ["W"]; D = W + "/web"
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=W+"/pass", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=W+"/s", TAMGA_MEMBER="Second", XDG_STATE_HOME=W+"/s-state")
def cli(*a, **kw): return subprocess.run([web.T, *a], env=dict(env, **kw), capture_output=True, text=True)
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:200] if m else re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t))[-200:]
p, base, tok = web.serve(D, "Second")
c = web.session(base, tok, D, "Second")
r = cli("sync"); print("CLI sync on s:", r.returncode, r.stderr.strip().splitlines()[-1][:160])
print("marker:", os.path.exists(W + "/s/.git/tamga-keyring-fork"))
r = cli("add", "/work/main/examples/VR-2015-003.md"); print("CLI add on s:", r.returncode, (r.stderr.strip().splitlines() or [""])[0][:120])
c.get("/documents/new")
s, h, t, _ = c.post("/documents/new", {"csrf": c.csrf, "id": "VR-2026-601", "kind": "visit-report", "title": "After the refused sync", "date": "2026-12-01",
        "facility": "IVS-1", "level": "state", "personRows": "0", "body": "Seen [secret after fork]{.internal}."})
print("web new VR-2026-601:", s, h.get("location"), msg(t)[:150])
r = cli("show", "VR-2026-601", TAMGA_MEMBER="Bob", XDG_STATE_HOME=W+"/b-state"); print("Bob (removed on a) shows it on s:", r.returncode, "secret after fork" in r.stdout, r.stderr.strip()[:150])
r = cli("person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "X"); print("CLI consent:", r.returncode)
s, h, t, _ = c.post("/persons/D-0042/consent", {"csrf": c.csrf, "change": "grant", "audience": "state", "date": "2014-11-02", "obtainedBy": "Second"})
print("web consent grant:", s, msg(c.get("/persons/D-0042")[2])[:120])
print("CLI log tail:", [l[:90] for l in cli("log").stdout.strip().splitlines()[-3:]])
p.terminate(); p.wait()
PY
