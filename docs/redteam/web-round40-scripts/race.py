"""(a) More than one request at once: 8 concurrent writes of the same new id, and 8 concurrent edits from the same
basedOn. At most one may be stored each time; `tamga check` must stay clean."""
import os, re, subprocess, sys, threading
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
p, base, token = web.serve(D); c = web.session(base, token, D, "Admin"); c.get("/documents/new")
def write(i, out):
    cc = web.Client(base); cc.cookies = dict(c.cookies)
    s = cc.post("/documents/new", {"csrf": c.csrf, "id": "VR-2026-600", "kind": "visit-report", "title": f"Race {i}", "date": "2026-12-01",
                                   "level": "state", "personRows": "0", "body": f"## Summary {{.public}}\n\nVersion {i}.\n"})
    out.append(s[0])
out = []; ts = [threading.Thread(target=write, args=(i, out)) for i in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print("8 concurrent writes of VR-2026-600:", sorted(out))
s, h, t, _ = c.get("/documents/VR-2026-600/edit"); based = re.search(r'name="basedOn" value="([^"]+)"', t).group(1)
def edit(i, out):
    cc = web.Client(base); cc.cookies = dict(c.cookies)
    s = cc.post("/documents/VR-2026-600/edit", {"csrf": c.csrf, "id": "VR-2026-600", "kind": "visit-report", "title": f"Edit {i}", "date": "2026-12-01",
                                   "level": "state", "personRows": "0", "basedOn": based, "body": f"## Summary {{.public}}\n\nEdit {i}.\n"})
    out.append(s[0])
out = []; ts = [threading.Thread(target=edit, args=(i, out)) for i in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print("8 concurrent edits from the same revision:", sorted(out))
p.terminate(); p.wait()
r = subprocess.run([web.T, "history", "VR-2026-600"], env=env, capture_output=True, text=True); print(r.stdout.strip())
r = subprocess.run([web.T, "check"], env=env, capture_output=True, text=True); print("check:", r.returncode, (r.stdout.strip().splitlines() or [""])[-1][:200], r.stderr.strip()[-200:])
