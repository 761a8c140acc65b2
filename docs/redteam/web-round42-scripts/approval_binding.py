"""The approval form names only the id: a confirmation page seen for one request approves whichever request holds that id when posted.
Also: erasure reasons that still name the person (variants of the name)."""
import re, sys, web
D = sys.argv[1]
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
S = {}
for m in ["Admin", "Boss2", "Nurlan"]:
    p, base, token = web.serve(D, m); S[m] = (p, web.session(base, token, D, m)); S[m][1].get("/documents")
A, B, N = S["Admin"][1], S["Boss2"][1], S["Nurlan"][1]
for reason in ["sadykov's family asked", "Садыков просил", "A. Sadykov", "Aibek asked", "S-a-d-y-k-o-v asked", "the detainee in VR-2014-017 asked"]:
    s = A.post("/persons/D-0042/erase", {"csrf": A.csrf, "reason": reason, "typed": "D-0042"})
    print(f"erase request reason {reason!r}:", s[0], msg(s[2])[:110])
    if s[0] == 200:
        A.post("/approvals/withdraw", {"csrf": A.csrf, "kind": "erase", "id": "D-0042"})
s = A.post("/documents/VR-2015-003/destroy", {"csrf": A.csrf, "reason": "retention period over", "typed": "VR-2015-003"}); print("\nAdmin asks:", s[0])
s = B.post("/approvals/destroy", {"csrf": B.csrf, "id": "VR-2015-003"}); print("Boss2 sees:", re.search(r"Asked by[^.]*\.[^A]*", msg(s[2])).group(0)[:120])
s = A.post("/approvals/withdraw", {"csrf": A.csrf, "kind": "destroy", "id": "VR-2015-003"}); print("Admin withdraws:", s[0])
s = N.post("/documents/VR-2015-003/destroy", {"csrf": N.csrf, "reason": "Nurlan: I want it gone", "typed": "VR-2015-003"}); print("Nurlan asks anew:", s[0], msg(s[2])[:90])
s = B.post("/approvals/destroy", {"csrf": B.csrf, "id": "VR-2015-003", "confirm": "yes"}); print("Boss2 presses the button of the page he saw:", s[0], msg(s[2])[:160])
for m, (p, c) in S.items(): p.terminate(); p.wait()
