"""(F2 variant) The policy is tightened on the command line (officials no longer named to the State) while
`tamga serve` is unlocked: does the next web State export follow the new policy?"""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a): return subprocess.run([web.T, *a], env=env, capture_output=True, text=True)
p, base, token = web.serve(D); c = web.session(base, token, D, "Admin")
def export():
    s = c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "state", "format": "md"})
    m = re.search(r'/downloads/([0-9a-f]+)" download="[^"]+\.md"', s[2])
    if not m: return "refused: " + re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", re.sub(r"<style.*?</style>", "", s[2], flags=re.S)))[-200:]
    return "names Osmonov: %s" % ("Osmonov" in c.get("/downloads/" + m.group(1))[2])
print("before: web State export", export())
pol = open("/work/main/policy/default.yaml").read().replace("  official:\n    named-to: [state]", "  official:\n    named-to: []")
open(D + "/policy-strict.yaml", "w").write(pol)
r = cli("policy", "set", D + "/policy-strict.yaml"); print("CLI policy set (officials named to no one):", r.returncode, r.stderr.strip()[-150:])
os.makedirs(D + "/pe", exist_ok=True)
r = cli("export", "VR-2014-017", "--audience", "state", "-o", D + "/pe"); print("CLI State export names Osmonov:", "Osmonov" in open(D + "/pe/VR-2014-017.state.md").read() if r.returncode == 0 else r.stderr)
print("after: web State export (session unlocked before the change)", export())
p.terminate(); p.wait()
