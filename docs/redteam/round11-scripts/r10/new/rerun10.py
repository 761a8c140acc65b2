"""r15-rerun11 reconstruction (round 11's rerun10.py was not committed): rerun round 10's attempts against R10_BIN.
Usage: python3 rerun10.py --fails K N   round 10's failures (LEAK / REFUSED-CLEAN in ../round10_verdicts.json), share K of N
       python3 rerun10.py --rest K N    the others: round 10's own attempts first, then round 9's (through ../r9/rerun.py)
       python3 rerun10.py ID...         given ids
Attempts that already have a result are skipped (new/runs/ID or r9/runs/ID)."""
import sys, os, json, importlib, subprocess, harness as h
V = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round10_verdicts_src.json")))  # id -> {verdict, round}
MODS = ["na", "nb", "nc", "nd", "ne", "nclean", "x10", "x10b", "x10c", "x10d"]
ALL = []
for m in MODS: ALL += importlib.import_module(m).L
BY = {a["id"]: a for a in ALL}
R9RUNS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "r9", "runs")
def fail(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN")
def done(i): return os.path.exists(os.path.join(h.RUNS if i in BY else R9RUNS, i, "result.json"))
def run(ids):
    new = [BY[i] for i in ids if i in BY]
    old = [i for i in ids if i not in BY]
    if new: h.run_all(new)
    for j in range(0, len(old), 10):  # round 9's attempts through round 9's own harness, in batches
        subprocess.run(["python3", "rerun.py"] + old[j:j + 10], cwd=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "r9"))
if sys.argv[1] in ("--fails", "--rest"):
    k, n = int(sys.argv[2]), int(sys.argv[3])
    order = [a["id"] for a in ALL] + [i for i in V if V[i]["round"] == 9]
    sel = [i for i in order if i in V and fail(V[i]["verdict"]) == (sys.argv[1] == "--fails")]
    todo = [i for x, i in enumerate(sel) if x % n == k and not done(i)]
    print("rerun10 %s %d %d: %d to run" % (sys.argv[1], k, n, len(todo)), flush=True)
    run(todo)
else:
    run(sys.argv[1:])
