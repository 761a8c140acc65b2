"""(b/F2 variant) Consent withdrawn on the command line while `tamga serve` is unlocked: does the next web export
for the State still name the person?"""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a): return subprocess.run([web.T, *a], env=env, capture_output=True, text=True)
print("grant state (CLI):", cli("person", "consent", "D-0042", "--grant", "state", "--date", "2026-12-01", "--obtained-by", "Nurlan").returncode)
p, base, token = web.serve(D); c = web.session(base, token, D, "Admin")
def export():
    s = c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "state", "format": "md"})
    key = re.search(r'/downloads/([0-9a-f]+)" download="[^"]+\.md"', s[2]).group(1)
    return "Sadykov" in c.get("/downloads/" + key)[2]
print("web export for state names Sadykov (consent given):", export())
print("withdraw state (CLI, server still unlocked):", cli("person", "consent", "D-0042", "--withdraw", "state", "--date", "2026-12-02", "--obtained-by", "Nurlan").returncode)
print("web export for state names Sadykov (after withdrawal):", export())
p.terminate(); p.wait()
