"""F2, administrator variant: an administrator is removed on the command line while his browser session is open;
through that session he adds a new administrator whose key he made. Does the vault accept it?"""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a, **kw): return subprocess.run([web.T, *a], env=dict(env, **kw), capture_output=True, text=True)
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S); m = re.search(r'<main>(.*?)</main>', t, re.S)
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:200] if m else t[-200:]
key = cli("member", "invite", "--name", "Boss2", TAMGA_MEMBER="", XDG_STATE_HOME=D + "/state-Boss2").stdout.strip()
print("add Boss2 (internal, administrator):", cli("member", "add", "--member", "Admin", "Boss2", key, "--clearance", "internal", "--administrator").returncode)
p, base, token = web.serve(D, "Boss2"); b = web.session(base, token, D, "Boss2"); b.get("/members")
print("remove Boss2 (CLI, by Admin):", cli("member", "remove", "--member", "Admin", "Boss2").returncode)
ghost = cli("member", "invite", "--name", "Ghost", TAMGA_MEMBER="", XDG_STATE_HOME=D + "/state-Ghost").stdout.strip()
s = b.post("/members/add", {"csrf": b.csrf, "name": "Ghost", "key": ghost, "clearance": "internal", "administrator": "1", "confirm": "yes"})
print("removed Boss2's open session adds Ghost (administrator):", s[0], msg(s[2])[:160])
p.terminate(); p.wait()
print("CLI member list:", [l[:60] for l in cli("member", "list").stdout.splitlines() if l.strip()][:9])
r = cli("list", TAMGA_MEMBER="Ghost", XDG_STATE_HOME=D + "/state-Ghost"); print("Ghost on the CLI:", r.returncode, (r.stdout + r.stderr).strip().splitlines()[-1:])
r = cli("check"); print("check:", r.returncode, [l[:160] for l in r.stdout.splitlines() if l.startswith("problem")][:3], r.stderr.strip()[-120:])
