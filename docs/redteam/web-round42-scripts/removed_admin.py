"""A removed administrator whose browser session is open: rekey / destroy / erase / approve after a CLI removal."""
import os, re, subprocess, sys, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Boss2"); c = web.session(base, token, D, "Boss2"); c.get("/members")
s = c.post("/members/rekey", {"csrf": c.csrf}); print("Boss2 rekey plan before removal:", s[0], msg(s[2])[:100])
r = subprocess.run([web.T, "member", "remove", "Boss2"], env=env, capture_output=True, text=True); print("CLI removes Boss2:", r.returncode)
for label, fn in [("rekey confirm", lambda: c.post("/members/rekey", {"csrf": c.csrf, "confirm": "yes"})),
                  ("destroy", lambda: c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": "r", "typed": "VR-2015-003"})),
                  ("GET /documents", lambda: c.get("/documents"))]:
    s = fn(); print(f"Boss2 after removal, {label}:", s[0], s[1].get("location", ""), msg(s[2])[:100])
print("list:", [l.split()[0] for l in subprocess.run([web.T, "list"], env=env, capture_output=True, text=True).stdout.splitlines()[1:]])
p.terminate(); p.wait()
