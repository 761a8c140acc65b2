"""F-stale: a member is removed on the command line (or arrives by sync) while `tamga serve` is unlocked.
(1) the administrator's open web session writes a new document afterwards: which key epoch seals it?
(2) the removed member's own open web session: what can it still do?"""
import glob, os, re, subprocess, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault",
           TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def cli(*a, **kw):
    r = subprocess.run([web.T, *a], env=dict(env, **kw), capture_output=True, text=True); return r
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:200] if m else re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t))[-200:]
pa, base_a, tok_a = web.serve(D, "Admin")
a = web.session(base_a, tok_a, D, "Admin")
pg, base_g, tok_g = web.serve(D, "Gone")
g = web.session(base_g, tok_g, D, "Gone")
before = set(glob.glob(D + "/vault/datakeys/*"))
r = cli("member", "remove", "--member", "Admin", "Gone"); print("CLI: member remove Gone:", r.returncode, r.stdout.strip()[:200])
print("CLI: member list:", [l for l in cli("member", "list").stdout.splitlines() if "Gone" in l or "epoch" in l])
def newdoc(c, did, body):
    c.get("/documents/new")
    s, h, t, _ = c.post("/documents/new", {"csrf": c.csrf, "id": did, "kind": "visit-report", "title": "After removal", "date": "2026-12-01",
        "facility": "IVS-1", "level": "state", "personRows": "0", "body": body})
    return s, msg(t)
print("(1) Admin's web session, opened before the removal, writes VR-2026-501:", newdoc(a, "VR-2026-501", "Seen [secret after removal]{.internal}."))
r = cli("add", "/dev/stdin") if False else None
open(D + "/cli502.md", "w").write("---\nid: VR-2026-502\nkind: visit-report\ntitle: After removal CLI\ndate: 2026-12-01\nlevel: state\npersons: {}\n---\nSeen [secret cli]{.internal}.\n")
print("    the same through the CLI, VR-2026-502:", cli("add", D + "/cli502.md").returncode)
after = sorted(set(glob.glob(D + "/vault/datakeys/*")) - before)
for folder in after:
    for f in sorted(glob.glob(folder + "/*/*")):
        b = open(f, "rb").read(12)
        print("    data key", f.split("/vault/")[1][:60], "key epoch", int.from_bytes(b[8:12], "big"), int.from_bytes(b[8:12], "little"))
print("    export VR-2026-501 for state from the stale session:", msg(a.post("/documents/VR-2026-501/export", {"csrf": a.csrf, "audience": "state", "format": "md"})[2]))
print("    CLI check:", cli("check").stdout.strip().splitlines()[-1:], cli("check").stderr.strip().splitlines()[-1:])
print("(2) Gone's web session after the removal:")
print("    GET /documents:", g.get("/documents")[0])
s, h, t, _ = g.get("/documents/VR-2026-501"); print("    preview of VR-2026-501 (written after removal):", s, "secret after removal" in t, msg(t)[:120])
s, h, t, _ = g.get("/documents/VR-2026-502"); print("    preview of VR-2026-502 (CLI, after removal):", s, "secret cli" in t, msg(t)[:120])
print("    writes VR-2026-503:", newdoc(g, "VR-2026-503", "Written by a removed member."))
print("    consent on D-0042:", g.post("/persons/D-0042/consent", {"csrf": g.csrf, "change": "grant", "audience": "public", "date": "2026-12-01", "obtainedBy": "Gone"})[0],
      msg(g.get("/persons/D-0042")[2])[:80])
s, h, t, _ = g.post("/documents/VR-2014-017/export", {"csrf": g.csrf, "audience": "state", "format": "md"}); print("    export VR-2014-017 for state:", s, msg(t)[:160])
print("    CLI list after:", [l[:40] for l in cli("list").stdout.splitlines()])
print("    CLI log tail:", cli("log").stdout.strip().splitlines()[-4:])
print("    CLI check:", cli("check").stdout.strip().splitlines()[-2:], cli("check").stderr.strip()[-300:])
for p in (pa, pg): p.terminate(); p.wait()
