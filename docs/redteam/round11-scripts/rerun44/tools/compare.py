"""r15-rerun11: compare a rerun's results with an earlier round's verdicts.
Usage: python3 tools/compare.py r11|r10|r9 [-v]   (run from /work/notes/r15-rerun11)
Prints per id: earlier verdict, harness verdict now (the runs' own harness and round 11's harness), kind then/now, flag."""
import json, glob, sys, os, re, importlib.util
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load_harness(path, name):
    spec = importlib.util.spec_from_file_location(name, path); m = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.dirname(path)); spec.loader.exec_module(m); sys.path.pop(0); return m
H11 = load_harness(os.path.join(ROOT, "new/harness.py"), "h11")
which = sys.argv[1]; verbose = "-v" in sys.argv
if which == "r11":
    runs, base, H = "new/runs", json.load(open(os.path.join(ROOT, "round11_verdicts.json"))), H11
elif which == "r10":
    runs, H = "r10/new/runs", load_harness(os.path.join(ROOT, "r10/new/harness.py"), "h10")
    base = json.load(open(os.path.join(ROOT, "r10/round10_verdicts.json")))
else:
    runs, H = "r10/r9/runs", load_harness(os.path.join(ROOT, "r10/r9/harness.py"), "h9")
    base = json.load(open(os.path.join(ROOT, "r10/round10_verdicts.json")))
def is_fail(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN")
def kind(r):
    add = all(c["rc"] == 0 for c in r["log"] if c["args"][0] == "add")
    ex = [c for c in r["log"] if c["args"][0] not in ("init", "add", "member")]
    if not add: return "add-refused"
    if not all(c["rc"] == 0 for c in ex): return "refused"
    return "exported"
def kind_of_verdict(v):
    v = v.split(" —")[0]
    if v.startswith("HELD(add"): return "add-refused"
    if v.startswith("HELD(refused)") or v.startswith("REFUSED-CLEAN (") or v == "REFUSED-CLEAN": return "refused"
    if v.startswith(("HELD", "CLEAN-OK", "LEAK", "REFUSED-CLEAN(damaged)")): return "exported"
    return "?"
def body_line(r):
    for k, t in r["files"].items():
        if (k.endswith(".md") or k.endswith(".html") or k.endswith(".txt")) and "minisig" not in k:
            return " | ".join(x for x in t.split("\n")[8:] if x.strip())[:300]
    ex = [c for c in r["log"] if c["args"][0] not in ("init", "add", "member")]
    add = [c for c in r["log"] if c["args"][0] == "add" and c["rc"] != 0]
    c = (add or ex or [None])[-1]
    if c: return ("rc=%d " % c["rc"]) + "|".join(l for l in (c["stdout"] + c["stderr"]).split("\n") if l.strip() and "everyday word" not in l and "WEAK" not in l)[:300]
    return ""
rows = []
for f in sorted(glob.glob(os.path.join(ROOT, runs, "*/result.json"))):
    r = json.load(open(f)); i = r["id"]
    if i not in base: continue
    v0 = base[i]; vh, hits = H.judge(r); v11, hits11 = H11.judge(r) if H is not H11 else (vh, hits)
    k0, k1 = kind_of_verdict(v0), kind(r)
    flag = []
    if hits or hits11 or vh.startswith(("LEAK", "CHECK", "REFUSED")) or v11.startswith(("LEAK", "CHECK", "REFUSED")): flag.append("harness-hit")
    if is_fail(v0): flag.append("failed-before")
    if k0 != k1 and k0 != "?": flag.append("kind %s->%s" % (k0, k1))
    rows.append((i, r["cls"], v0, vh, v11, hits or hits11, flag, r))
classes = ["A", "B", "C", "D", "E", "clean"]
for i, c, v0, vh, v11, hits, flag, r in rows:
    if verbose or flag:
        print("%-10s %-6s then=%-40s now=%-26s r11h=%-22s %s %s" % (i, c, v0.split(" —")[0][:40], vh[:26], v11[:22], ",".join(flag), hits[:2]))
        if verbose or flag: print("      DESC", r["desc"][:120]); print("      NOW ", body_line(r))
print("rerun:", {c: sum(1 for x in rows if x[1] == c) for c in classes}, "total", len(rows), "of", len(base))
