"""Markup in ids (path), reasons and typed fields on the new routes: is any of it written unescaped?"""
import re, sys, urllib.parse, web
D = sys.argv[1]
X = '"><img src=x onerror=alert(1)><b>Q</b>'
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
q = urllib.parse.quote(X, safe="")
tests = [("GET destroy", lambda: c.get(f"/documents/{q}/destroy")), ("GET erase", lambda: c.get(f"/persons/{q}/erase")),
         ("POST destroy", lambda: c.post(f"/documents/{q}/destroy", {"csrf": c.csrf, "reason": X, "typed": X})),
         ("POST destroy real id, reason markup, typed wrong", lambda: c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": X, "typed": "no"})),
         ("POST destroy real id, reason markup", lambda: c.post("/documents/VR-2015-003/destroy", {"csrf": c.csrf, "reason": X, "typed": "VR-2015-003"})),
         ("GET approvals", lambda: c.get("/approvals")),
         ("POST approvals/destroy id markup", lambda: c.post("/approvals/destroy", {"csrf": c.csrf, "id": X})),
         ("POST approvals/withdraw kind erase id markup", lambda: c.post("/approvals/withdraw", {"csrf": c.csrf, "kind": "erase", "id": X})),
         ("POST approvals/<markup>", lambda: c.post(f"/approvals/{q}", {"csrf": c.csrf, "id": X})),
         ("POST erase reason markup", lambda: c.post("/persons/O-0007/erase", {"csrf": c.csrf, "reason": X, "typed": "O-0007"}))]
for label, fn in tests:
    s = fn(); raw = s[2]
    print(f"{label}: {s[0]} raw markup present: {'<img src=x' in raw or '<b>Q</b>' in raw} | escaped present: {'&lt;img' in raw}")
s = c.get("/approvals", headers={"Accept-Language": "ky"})
B = None
p.terminate(); p.wait()
p, base, token = web.serve(D, "Boss2"); b = web.session(base, token, D, "Boss2"); b.get("/documents")
s = b.post("/approvals/destroy", {"csrf": b.csrf, "id": "VR-2015-003"}); print("Boss2 confirm page with markup reason:", s[0], "raw:", '<img src=x' in s[2], "escaped:", '&lt;img' in s[2])
p.terminate(); p.wait()
