"""F2, signing: after a removal made on the command line, which key signs the still-open session's exports?
The removal replaces the export-signing key (the removed member held the old seed)."""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a): return subprocess.run([web.T, *a], env=env, capture_output=True, text=True)
p, base, token = web.serve(D); c = web.session(base, token, D, "Admin")
print("remove Gone (CLI):", cli("member", "remove", "--member", "Admin", "Gone").returncode)
pub = cli("key", "public").stdout
open(D + "/export-key.pub", "w").write(pub)
print("current export key (tamga key public):", [l for l in pub.splitlines() if l.strip()][-1][:60])
s = c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "state", "format": "md"})
keys = dict((n, k) for k, n in re.findall(r'/downloads/([0-9a-f]+)" download="([^"]+)"', s[2]))
for n, k in keys.items(): open(D + "/" + n, "wb").write(c.get("/downloads/" + k)[3])
r = subprocess.run(["minisign", "-V", "-p", D + "/export-key.pub", "-m", D + "/VR-2014-017.state.md"], capture_output=True, text=True)
print("stock minisign with the current key on the stale session's export:", r.returncode, (r.stdout + r.stderr).strip()[:160])
r = cli("verify", D + "/VR-2014-017.state.md"); print("tamga verify:", r.returncode, (r.stdout + r.stderr).strip()[:300])
p.terminate(); p.wait()
