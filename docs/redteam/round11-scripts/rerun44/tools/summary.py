"""r15-rerun11: counts per class and the list of regressions / still failing, from compare data + hand verdicts.
Usage: python3 tools/summary.py r11|r10|r9"""
import sys, os, json, glob, importlib.util
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
which = sys.argv[1]
def load_harness(path, name):
    spec = importlib.util.spec_from_file_location(name, path); m = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.dirname(path)); spec.loader.exec_module(m); sys.path.pop(0); return m
if which == "r11":
    import hand11 as HM; runs = "new/runs"; H = load_harness(os.path.join(ROOT, "new/harness.py"), "h11")
    base = json.load(open(os.path.join(ROOT, "round11_verdicts.json")))
else:
    import hand10 as HM
    runs = "r10/new/runs" if which == "r10" else "r10/r9/runs"
    H = load_harness(os.path.join(ROOT, runs.replace("/runs", "/harness.py")), "h")
    base = json.load(open(os.path.join(ROOT, "r10/round10_verdicts.json")))
def is_fail(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN")
classes = ["A", "B", "C", "D", "E", "clean"]
cnt = {c: dict(base=0, run=0, held=0, fixed=0, still=0, regress=0, unread=0) for c in classes}
detail = []
for f in sorted(glob.glob(os.path.join(ROOT, runs, "*/result.json"))):
    r = json.load(open(f)); i = r["id"]
    if i not in base: continue
    c = i.split("-")[0]
    v0 = base[i].split(" —")[0]
    if i in HM.H: vn, note = HM.H[i]
    else:
        vn, hits = H.judge(r); note = ""
        if vn.startswith(("LEAK", "CHECK")): cnt[c]["unread"] += 1; vn = "UNREAD " + vn
    cnt[c]["run"] += 1
    f0, f1 = is_fail(v0), is_fail(vn)
    if not f1: cnt[c]["held"] += 1
    if f0 and not f1: cnt[c]["fixed"] += 1
    if f0 and f1: cnt[c]["still"] += 1; detail.append(("still fails", i, v0, vn, note, r))
    if not f0 and f1: cnt[c]["regress"] += 1; detail.append(("REGRESSION", i, v0, vn, note, r))
print("| class | attempts rerun | hold now | fixed | still failing | regressions | unread harness hits |")
print("|---|--:|--:|--:|--:|--:|--:|")
tot = dict(run=0, held=0, fixed=0, still=0, regress=0, unread=0)
for c in classes:
    x = cnt[c]; print("| %s | %d | %d | %d | %d | %d | %d |" % (c, x["run"], x["held"], x["fixed"], x["still"], x["regress"], x["unread"]))
    for k in tot: tot[k] += x[k]
print("| total | %d | %d | %d | %d | %d | %d |" % (tot["run"], tot["held"], tot["fixed"], tot["still"], tot["regress"], tot["unread"]))
print()
for kind, i, v0, vn, note, r in sorted(detail, key=lambda d: (d[0] != "REGRESSION", d[1].split("-")[0], d[1])):
    print("| %s | %s | %s | %s | %s | %s |" % (kind, i, v0, vn, r["body"].replace("\n", "⏎").replace("|", "\\|")[:120], note.replace("|", "\\|")))
