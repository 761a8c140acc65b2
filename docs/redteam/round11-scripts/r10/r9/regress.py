"""Compare this rerun (runs/*/result.json, harness verdicts) with round 9's published verdicts (round9_verdicts.json,
taken from docs/redteam/round9.md's tables). Prints per class: round-9 failures now held, still failing, and
round-9 holds that now fail (regressions), for hand reading. Run: python3 regress.py"""
import json, glob, harness as h
R9 = json.load(open("round9_verdicts.json"))
def fail9(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN")
def fail10(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN") or v.startswith("CHECK")
rows = {}
for f in sorted(glob.glob("runs/*/result.json")):
    r = json.load(open(f)); v, hits = h.judge(r)
    rows[r["id"]] = (r, v, hits)
classes = ["A", "B", "C", "D", "E", "clean"]
for c in classes:
    ids = [i for i in R9 if i.split("-")[0] == c]
    done = [i for i in ids if i in rows]
    f9 = [i for i in done if fail9(R9[i])]
    now_hold = [i for i in f9 if not fail10(rows[i][1])]
    still = [i for i in f9 if fail10(rows[i][1])]
    regress = [i for i in done if not fail9(R9[i]) and fail10(rows[i][1])]
    print("%s: run %d/%d; round-9 failures %d: now hold %d, still fail %d; regressions? %d" % (c, len(done), len(ids), len(f9), len(now_hold), len(still), len(regress)))
    for i in still: print("   still", i, rows[i][1], rows[i][2][:3], "|", R9[i][:90])
    for i in regress: print("   REGRESS?", i, rows[i][1], rows[i][2][:3], "|", R9[i][:90])
