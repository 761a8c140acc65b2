"""Round 40 F5/F7 regression: headers on thrown errors; downloads after unlocking as another member."""
import sys, web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
for label, fn in [("GET /nope", lambda: c.get("/nope")), ("POST /lock 100 KiB", lambda: c.post("/lock", {"csrf": c.csrf, "x": "a" * 100000})),
                  ("POST /members/rekey 100 KiB", lambda: c.post("/members/rekey", {"csrf": c.csrf, "x": "a" * 100000})),
                  ("POST /approvals/x", lambda: c.post("/approvals/x", {"csrf": c.csrf}))]:
    s = fn(); h = s[1]
    print(label, s[0], [k for k in ["content-security-policy", "cache-control", "x-frame-options", "x-content-type-options"] if k not in h] or "all headers")
p.terminate(); p.wait()
