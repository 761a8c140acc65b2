"""Destruction/erasure and the approvals page, as each clearance, under approval: second-administrator (setup2.sh with APPROVAL=1)."""
import re, sys, web
D = sys.argv[1]
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
S = {}
for m in ["Admin", "Boss2", "Nurlan", "Liaison", "Contrib"]:
    p, base, token = web.serve(D, m); S[m] = (p, web.session(base, token, D, m))
A = S["Admin"][1]; A.get("/documents")
s = A.post("/documents/VR-2015-003/destroy", {"csrf": A.csrf, "reason": "Aibek Sadykov asked; informant Kubat", "typed": "VR-2015-003"})
print("Admin asks destroy VR-2015-003:", s[0], msg(s[2])[:200])
s = A.post("/persons/D-0042/erase", {"csrf": A.csrf, "reason": "Aibek Sadykov withdrew, lawyer Temirov", "typed": "D-0042"})
print("Admin asks erase D-0042:", s[0], msg(s[2])[:200])
for m in ["Liaison", "Contrib", "Nurlan"]:
    c = S[m][1]; c.get("/documents")
    s = c.get("/approvals"); t = msg(s[2])
    print(f"\n[{m}] GET /approvals:", s[0], "| shows reason with name:", "Sadykov" in t, "| Kubat:", "Kubat" in t, "| ids:", re.findall(r"VR-2015-003|D-0042", t)[:4])
    for path in ["/documents/INT-2014-044/destroy", "/documents/NOPE-1/destroy", "/persons/D-0042/erase", "/persons/X-9999/erase"]:
        s = c.get(path); print(f"[{m}] GET {path}:", s[0], msg(s[2])[:140])
    s = c.post("/approvals/withdraw", {"csrf": c.csrf, "kind": "destroy", "id": "VR-2015-003"}); print(f"[{m}] withdraw Admin's destroy request:", s[0], msg(s[2])[:160])
    s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "VR-2015-003"}); print(f"[{m}] approval confirmation page:", s[0], msg(s[2])[:200])
    s = c.post("/approvals/destroy", {"csrf": c.csrf, "id": "VR-2015-003", "confirm": "yes"}); print(f"[{m}] approve:", s[0], msg(s[2])[:160])
A.get("/documents")
s = A.post("/approvals/destroy", {"csrf": A.csrf, "id": "VR-2015-003", "confirm": "yes"}); print("\n[Admin] approve own:", s[0], msg(s[2])[:160])
s = A.post("/approvals/erase", {"csrf": A.csrf, "id": "D-0042", "confirm": "yes"}); print("[Admin] approve own erase:", s[0], msg(s[2])[:160])
B = S["Boss2"][1]; B.get("/documents")
s = B.post("/approvals/destroy", {"csrf": B.csrf, "id": "INT-2014-044", "confirm": "yes"}); print("[Boss2] approve an id nobody asked for:", s[0], msg(s[2])[:160])
s = B.post("/approvals/destroy", {"csrf": B.csrf, "id": "VR-2015-003"}); print("[Boss2] confirmation page:", s[0], msg(s[2])[:300])
for m, (p, c) in S.items(): p.terminate(); p.wait()
for m in S:
    e = open(f"{D}/serve-{m}.stderr").read(); print(m, "stderr bytes", len(e), "| names:", [w for w in ["Sadykov", "Kubat", "Temirov"] if w in e])
