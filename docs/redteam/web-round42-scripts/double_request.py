"""Under approval: three tabs posting the same request at once, then a replay: how many requests are pending?"""
import os, re, subprocess, sys, threading, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
out = {}
def go(i): s = c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": f"tab {i}", "typed": "VR-2015-003"}); out[i] = (s[0], re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", re.search(r"<main[^>]*>(.*?)</main>", s[2], re.S).group(1)))[:110])
ts = [threading.Thread(target=go, args=(i,)) for i in range(3)]; [t.start() for t in ts]; [t.join() for t in ts]
for k, v in sorted(out.items()): print(k, v)
go(9); print("replay:", out[9])
t = c.get("/approvals")[2]; print("pending rows for VR-2015-003:", t.count('name="id" value="VR-2015-003"') // 1, "| reasons shown:", re.findall(r"tab \d", t))
p.terminate(); p.wait()
r = subprocess.run([web.T, "destroy", "--pending"], env=env, capture_output=True, text=True); print("CLI --pending:", r.stdout.strip()[:400])
r = subprocess.run([web.T, "check"], env=env, capture_output=True, text=True); print("check:", r.stdout.strip().splitlines()[-1])
