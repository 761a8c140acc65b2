"""Two tabs (or a double click) posting the same destruction / erasure at once; and a replay of the form afterwards."""
import os, re, subprocess, sys, threading, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
for path, f in [("/documents/VR-2015-003/destroy", {"reason": "retention over", "typed": "VR-2015-003"}),
                ("/persons/O-0007/erase", {"reason": "asked", "typed": "O-0007"})]:
    out = {}
    def go(i): s = c.post(path, dict(f, csrf=c.csrf)); out[i] = (s[0], msg(s[2])[:150])
    ts = [threading.Thread(target=go, args=(i,)) for i in range(3)]
    [t.start() for t in ts]; [t.join() for t in ts]
    for i, v in sorted(out.items()): print(path, i, v)
    s = c.post(path, dict(f, csrf=c.csrf)); print(path, "replay:", s[0], msg(s[2])[:150])
p.terminate(); p.wait()
r = subprocess.run([web.T, "check"], env=env, capture_output=True, text=True); print("check:", r.returncode, (r.stdout + r.stderr).strip()[-300:])
r = subprocess.run([web.T, "log"], env=env, capture_output=True, text=True); print("log tail:", "\n".join(r.stdout.strip().splitlines()[-5:]))
