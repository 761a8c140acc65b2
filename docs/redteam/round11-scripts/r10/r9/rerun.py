"""Rerun round-9 attempts by id, from all of round 9's scripts. Usage: python3 rerun.py ID... | python3 rerun.py --rest K N
(--rest K N: the attempts without a result yet, every N-th starting at K, so two queues can share them)."""
import sys, os, importlib, harness as h
MODS = ["clean", "x", "x2", "e", "d", "d2", "d3", "b", "b2", "a", "a2", "c", "c2"]  # clean first: the likeliest place for regressions from round 9's fixes
ALL = []
for m in MODS: ALL += importlib.import_module(m).L
BY = {a["id"]: a for a in ALL}
if sys.argv[1] == "--rest":
    if sys.argv[2] == "1" and os.path.exists("../new/x10.py") and not os.path.exists("../new/runs/C-901/result.json"):
        import subprocess; subprocess.run(["python3", "x10.py"], cwd="../new", stdout=open("../new/qx.log", "w"), stderr=subprocess.STDOUT)  # round 10 follow-ups first
    if sys.argv[2] == "0" and os.path.exists("../new/x10b.py") and not os.path.exists("../new/runs/E-951/result.json"):
        import subprocess; subprocess.run(["python3", "x10b.py"], cwd="../new", stdout=open("../new/qxb.log", "w"), stderr=subprocess.STDOUT)  # round 10 follow-ups, second batch
    k, n = int(sys.argv[2]), int(sys.argv[3])
    todo = [a for i, a in enumerate(ALL) if i % n == k and not os.path.exists(os.path.join(h.RUNS, a["id"], "result.json"))]
else:
    todo = [BY[i] for i in sys.argv[1:]]
h.run_all(todo)
