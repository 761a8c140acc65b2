"""Round-9 attempts whose outcome kind changed in the rerun (refused <-> exported, add refused <-> accepted), for hand reading. Run: python3 changed.py"""
import json, glob, harness as h, view
R9 = json.load(open("round9_verdicts.json"))
def kind(v):
    v = v.split(" ")[0]
    return {"HELD(refused)": "refused", "HELD(add": "add-refused", "HELD": "exported", "CLEAN-OK": "exported", "LEAK": "exported", "LEAK?": "exported"}.get(v, v)
for f in sorted(glob.glob("runs/*/result.json")):
    r = json.load(open(f)); i = r["id"]
    if i not in R9: continue
    v, hits = h.judge(r)
    k9, k10 = kind(R9[i]), kind(v)
    if k9 != k10 and not R9[i].startswith(("LEAK", "REFUSED")):
        print("%-10s r9=%-28s now=%-22s %s" % (i, R9[i][:28], v, r["desc"][:60]))
        print("           ", view.body_line(r)[:250])
