"""(b) Every GET page as each member, next to the CLI's answer for the same read.
Prints status and which confidential markers each response carries."""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
MARK = ["Sadykov", "Садыков", "2345678", "555 123", "plastic bottle", "cell 14", "bruise.jpg", "forearm of", "JPEGSECRET",
        "night-shift", "plan.pdf", "Aibek"]
PAGES = ["/documents", "/documents/INT-2014-044", "/documents/VR-2014-017", "/documents/VR-2014-017/edit",
         "/documents/INT-2014-044/edit", "/documents/new", "/documents/VR-2014-017/attachments",
         "ATT",
         "/persons", "/persons/D-0042", "/persons/O-0007", "/stats?audience=internal&by=facility",
         "/stats?audience=internal&by=tag", "/stats?audience=state&by=kind", "/recommendations?audience=state", "/members", "/approvals", "/log",
         "/log?person=D-0042", "/check", "/members/rekey", "/documents/VR-2014-017/destroy", "/documents/INT-2014-044/destroy", "/persons/D-0042/erase", "/persons/O-0007/erase", "/downloads/x"]
def marks(text): return [m for m in MARK if m in text]
def strip(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    return t
import glob
ATTS = []
members = sys.argv[2:] or ["Admin", "Nurlan", "Liaison", "Contrib"]
for member in members:
    p, base, token = web.serve(D, member)
    try:
        c = web.session(base, token, D, member)
    except AssertionError as e:
        print(f"== {member}: unlock refused {str(e)[:300]}"); p.terminate(); continue
    print(f"== {member}")
    import subprocess as sp
    env=dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
    if not ATTS:
        ATTS[:] = sorted(set(re.findall(r"/documents/VR-2014-017/attachments/([0-9a-f]{6,})", c.get("/documents/VR-2014-017/attachments")[2])))
    pages = []
    for path in PAGES:
        if path == "ATT":
            pages += ["/documents/VR-2014-017/attachments/" + a for a in ATTS]
        else: pages.append(path)
    for path in pages:
        s, h, t, raw = c.get(path)
        t = strip(t)
        msg = ""
        m = re.search(r'class="error"[^>]*>(.*?)</', t, re.S) or re.search(r"<p[^>]*role=\"alert\"[^>]*>(.*?)</p>", t, re.S)
        if m: msg = re.sub(r"\s+", " ", m.group(1))[:120]
        print(f"  {s} {path:55s} {marks(t)} {msg}")
    p.terminate(); p.wait()
