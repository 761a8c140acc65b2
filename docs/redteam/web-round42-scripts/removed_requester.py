"""A request made by a member who is removed afterwards: does it stay approvable?"""
import os, re, subprocess, sys, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Nurlan"); c = web.session(base, token, D, "Nurlan"); c.get("/documents")
s = c.post("/documents/INT-2014-044/destroy", {"csrf": c.csrf, "reason": "no longer needed", "typed": "INT-2014-044"}); print("Nurlan asks:", s[0], msg(s[2])[:80])
p.terminate(); p.wait()
r = subprocess.run([web.T, "member", "remove", "Nurlan"], env=env, capture_output=True, text=True); print("Admin removes Nurlan:", r.returncode)
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin")
s = c.get("/approvals"); print("approvals page lists Nurlan's request:", "Nurlan" in msg(s[2]))
s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "INT-2014-044"}); print("confirmation page says Nurlan is removed:", "removed" in msg(s[2]).lower(), "|", msg(s[2])[:200])
s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "INT-2014-044", "confirm": "yes"}); print("Admin approves the removed member's request:", s[0], msg(s[2])[:140])
p.terminate(); p.wait()
