"""Under approval, a member cleared internal (not an administrator) asks for the destruction of a document and the
erasure of a person: what do pending requests block for the others (an edit, a consent, an export)?"""
import os, re, subprocess, sys, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def msg(t):
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Nurlan"); c = web.session(base, token, D, "Nurlan"); c.get("/documents")
s = c.post("/documents/VR-2014-017/destroy", {"csrf": c.csrf, "reason": "not needed", "typed": "VR-2014-017"}); print("Nurlan asks destroy VR-2014-017:", s[0])
s = c.post("/persons/D-0042/erase", {"csrf": c.csrf, "reason": "asked", "typed": "D-0042"}); print("Nurlan asks erase D-0042:", s[0], msg(s[2])[:100])
p.terminate(); p.wait()
p, base, token = web.serve(D, "Admin"); a = web.session(base, token, D, "Admin"); a.get("/documents")
s = a.get("/documents/VR-2014-017/edit"); body = re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', s[2], re.S)
print("Admin opens the edit form:", s[0])
s = a.post("/documents/VR-2014-017/export", {"csrf": a.csrf, "audience": "state", "format": "md"}); print("Admin exports for state:", s[0], msg(s[2])[:90])
s = a.post("/persons/D-0042/consent", {"csrf": a.csrf, "change": "grant", "audience": "state", "date": "2026-01-01", "obtainedBy": "Nurlan"}); print("Admin records consent:", s[0], msg(s[2])[:90])
p.terminate(); p.wait()
r = subprocess.run([web.T, "destroy", "--pending"], env=env, capture_output=True, text=True); print("pending after:", r.stdout.strip()[:300])
