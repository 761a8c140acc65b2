"""Build the tallies and failure lists of REPORT.md from runs/*/result.json and the hand judgements in judgements12.py.
Run: python3 report12.py > tally.md"""
import json, glob, collections, harness as h, judgements12 as J
CLS = {"A": "A names", "B": "B disguises", "C": "C identifiers", "D": "D structure", "E": "E outputs", "clean": "clean"}
def cls_of(i): return "clean" if i.startswith("clean") else i[0]
rows = []
for f in sorted(glob.glob("runs/*/result.json")):
    r = json.load(open(f))
    if r["id"].startswith("T-"): continue
    auto, hits = h.judge(r)
    j = J.J.get(r["id"])
    if j: verdict = j["v"]
    elif auto.startswith("HELD") or auto == "CLEAN-OK": verdict = auto
    else: verdict = "UNJUDGED " + auto
    rows.append((r["id"], cls_of(r["id"]), verdict, r["desc"], j))
def failed(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN")
def soft(v): return any(t in v for t in ("(weak)", "(scope)", "(trade-off)", "(by design)"))
t = collections.OrderedDict((k, [0, 0, 0]) for k in CLS)
for i, c, v, d, j in rows:
    t[c][0] += 1
    if failed(v): t[c][1] += 1; t[c][2] += soft(v)
print("| class | attempts | failures | of which weak / scope / trade-off |\n|---|--:|--:|--:|")
for k, (n, f, s) in t.items(): print("| %s | %d | %d | %d |" % (CLS[k], n, f, s))
print("| **total** | %d | %d | %d |" % tuple(sum(x[i] for x in t.values()) for i in range(3)))
print()
un = [r for r in rows if r[2].startswith("UNJUDGED")]
if un:
    print("UNJUDGED:"); [print(" ", r[0], r[2], r[3]) for r in un]
print("\n## All attempts\n\n| id | verdict | attempt |\n|---|---|---|")
for i, c, v, d, j in rows: print("| %s | %s | %s |" % (i, v, d.replace("|", "\\|")))
