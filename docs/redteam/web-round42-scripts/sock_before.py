"""Round 40 F10 variant after its fix ('an administrator added after a request cannot approve it'): the only
administrator adds a second administrator (a key they made) BEFORE asking, then approves as it. All in the browser."""
import os, re, subprocess, sys, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a, **kw): return subprocess.run([web.T, *a], env=dict(env, **kw), capture_output=True, text=True)
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
pol = open("/work/main/policy/default.yaml").read() + "\ndestruction:\n  approval: second-administrator\n"
open(D + "/policy.yaml", "w").write(pol); print("policy set:", cli("policy", "set", D + "/policy.yaml").returncode)
print("administrators:", [l.split()[0] for l in cli("member", "list").stdout.splitlines() if "administrator" in l])
key = cli("member", "invite", "--name", "Sock", TAMGA_MEMBER="", XDG_STATE_HOME=D + "/state-Sock").stdout.strip()
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/members")
s = c.post("/members/add", {"csrf": c.csrf, "name": "Sock", "key": key, "clearance": "internal", "administrator": "1", "confirm": "yes"})
print("Admin adds Sock (administrator):", s[0], msg(s[2])[:120])
s = c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": "retention over", "typed": "VR-2015-003"}); print("Admin asks:", s[0], msg(s[2])[:100])
s = c.post("/persons/O-0007/erase", {"csrf": c.csrf, "reason": "asked", "typed": "O-0007"}); print("Admin asks erasure:", s[0], msg(s[2])[:100])
p.terminate(); p.wait()
p, base, token = web.serve(D, "Sock"); c = web.session(base, token, D, "Sock"); c.get("/approvals")
s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "VR-2015-003", "confirm": "yes"}); print("Sock approves:", s[0], msg(s[2])[:140])
s = c.post("/approvals/erase", {"csrf": c.csrf, "id": "O-0007", "confirm": "yes"}); print("Sock approves erasure:", s[0], msg(s[2])[:140])
p.terminate(); p.wait()
print("CLI list:", [l.split()[0] for l in cli("list").stdout.splitlines()[1:]])
print("CLI check:", (cli("check").stdout.strip().splitlines() or [""])[-1][:200])
print("log tail:", cli("log").stdout.strip().splitlines()[-5:])
