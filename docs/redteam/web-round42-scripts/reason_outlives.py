"""A destruction's reason may name a person (the erase form refuses that, the destroy form does not); it is kept for
good in the log and stays after that person is erased."""
import os, re, subprocess, sys, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
s = c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": "Aibek Sadykov (D-0042) asked us to", "typed": "VR-2015-003"}); print("destroy with the name in the reason:", s[0], msg(s[2])[:80])
s = c.post("/persons/D-0042/erase", {"csrf": c.csrf, "reason": "at the person's request", "typed": "D-0042"}); print("erase D-0042:", s[0], msg(s[2])[:80])
s = c.get("/log"); print("web /log after the erasure names him:", "Sadykov" in s[2])
p.terminate(); p.wait()
r = subprocess.run([web.T, "log"], env=env, capture_output=True, text=True); print("CLI log after the erasure:", [l for l in r.stdout.splitlines() if "Sadykov" in l])
r = subprocess.run([web.T, "log", "--person", "D-0042"], env=env, capture_output=True, text=True); print("CLI log --person D-0042:", r.returncode, [l[:120] for l in r.stdout.splitlines() if "destroy" in l])
