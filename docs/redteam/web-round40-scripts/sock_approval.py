"""(b) 'Approve their own request': the only administrator asks for a destruction, adds in the browser a second
administrator whose key they made themselves (`tamga member invite` in another state folder), unlocks as it, and
approves. Policy: the shipped one + `destruction: approval: second-administrator`."""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a, **kw): return subprocess.run([web.T, *a], env=dict(env, **kw), capture_output=True, text=True)
pol = open("/work/main/policy/default.yaml").read() + "\ndestruction:\n  approval: second-administrator\n"
open(D + "/policy.yaml", "w").write(pol)
print("policy set:", cli("policy", "set", D + "/policy.yaml").returncode)
r = cli("destroy", "VR-2015-003", "--reason", "retention", "--yes"); print("Admin asks:", r.returncode, r.stdout.strip()[:120])
key = cli("member", "invite", "--name", "Sock", TAMGA_MEMBER="", XDG_STATE_HOME=D + "/state-Sock").stdout.strip()
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main>(.*?)</main>', t, re.S); return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:220] if m else t[-200:]
p, base, token = web.serve(D, "Admin")
c = web.session(base, token, D, "Admin"); c.get("/members")
s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "VR-2015-003", "confirm": "yes"}); print("Admin approves own request:", s[0], msg(s[2])[:160])
s = c.post("/members/add", {"csrf": c.csrf, "name": "Sock", "key": key, "clearance": "internal", "administrator": "1", "confirm": "yes"})
print("Admin adds Sock (administrator) in the browser:", s[0], msg(s[2])[:160])
p.terminate(); p.wait()
p, base, token = web.serve(D, "Sock")
c = web.session(base, token, D, "Sock"); c.get("/members")
s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "VR-2015-003", "confirm": "yes"}); print("Sock approves Admin's request:", s[0], msg(s[2])[:200])
p.terminate(); p.wait()
print("CLI list:", [l.split()[0] for l in cli("list").stdout.splitlines()[1:]])
print("CLI check:", (cli("check").stdout.strip().splitlines() or [""])[-1][:200])
print("log tail:", cli("log").stdout.strip().splitlines()[-3:])
