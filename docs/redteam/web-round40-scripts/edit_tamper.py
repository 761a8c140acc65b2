"""(b) Tampered edit forms: an id other than the URL's; basedOn empty / unknown / an older revision."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
def msg(t):
    m = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1))))[:170] if m else "?"
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin")
s, h, t, _ = c.get("/documents/VR-2015-003/edit")
based = re.search(r'name="basedOn" value="([^"]+)"', t).group(1)
form = {"csrf": c.csrf, "id": "VR-2015-003", "kind": "visit-report", "title": "T", "date": "2015-03-17", "level": "state", "personRows": "0",
        "body": "## Summary {.public}\n\nNew text.\n"}
for label, change, path in [("form id VR-2014-017 posted to VR-2015-003's edit", {"id": "VR-2014-017", "basedOn": based}, "/documents/VR-2015-003/edit"),
                            ("basedOn empty", {"basedOn": ""}, "/documents/VR-2015-003/edit"),
                            ("basedOn unknown", {"basedOn": "00000000"}, "/documents/VR-2015-003/edit"),
                            ("edit of an id not in the vault", {"id": "VR-2099-999", "basedOn": based}, "/documents/VR-2099-999/edit"),
                            ("right basedOn", {"basedOn": based}, "/documents/VR-2015-003/edit"),
                            ("same basedOn again (now stale)", {"basedOn": based, "body": "## Summary {.public}\n\nOther text.\n"}, "/documents/VR-2015-003/edit")]:
    f = dict(form); f.update(change)
    s = c.post(path, f); print(f"{label:50s} {s[0]} {msg(s[2])}")
p.terminate(); p.wait()
