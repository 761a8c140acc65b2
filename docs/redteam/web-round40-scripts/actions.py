"""(b) Each action as each member on the web, to compare with the CLI's answer (actions_cli.sh)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wa40/v1"
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'class="error"[^>]*>(.*?)</', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    return re.sub(r"\s+", " ", m.group(1))[:160] if m else re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t))[-200:]
members = sys.argv[2:] or ["Nurlan", "Liaison", "Contrib"]
for member in members:
    p, base, token = web.serve(D, member)
    try:
        c = web.session(base, token, D, member)
    except AssertionError as e:
        print(f"== {member}: unlock refused: {msg(e.args[0][2]) if e.args and isinstance(e.args[0], tuple) else e}"); p.terminate(); continue
    print(f"== {member}")
    c.get("/documents")
    if not c.csrf: c.get("/members")
    def post(path, f):
        s, h, t, _ = c.post(path, dict(f, csrf=c.csrf))
        print(f"  {s} POST {path} {dict((k, v if len(v) < 30 else v[:27]+'...') for k, v in f.items())}: {msg(t)}")
        return s, t
    for aud in ["internal", "state", "public"]:
        post("/documents/VR-2014-017/export", {"audience": aud, "format": "md"})
    post("/persons/D-0042/consent", {"change": "grant", "audience": "state", "date": "2026-12-01", "obtainedBy": member})
    key = open(D + "/newkey").read().strip() if os.path.exists(D + "/newkey") else "x"
    post("/members/add", {"name": "Mallory", "key": key, "clearance": "internal", "administrator": "1", "confirm": "yes"})
    post("/members/remove", {"name": "Admin", "confirm": "yes"})
    post("/approvals/destroy", {"id": "VR-2015-003", "confirm": "yes"})
    post("/approvals/erase", {"id": "D-0042", "confirm": "yes"})
    post("/documents/VR-2015-003/edit", {"id": "VR-2015-003", "kind": "visit-report", "title": "t", "date": "2015-03-17",
                                         "basedOn": "x", "body": "text", "personRows": "0"})
    post("/documents/new", {"id": "VR-2015-003", "kind": "visit-report", "title": "t", "date": "2015-03-17", "body": "text", "personRows": "0"})
    p.terminate(); p.wait()
