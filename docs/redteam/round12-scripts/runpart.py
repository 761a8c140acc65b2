"""Run share K of N of the attempts in the given modules (every N-th, skipping attempts that already have a result unless --again).
Usage: python3 runpart.py [--bin PATH] K N module... ; two queues: K=0 and K=1 with N=2."""
import sys, os, importlib, harness as h
again = "--again" in sys.argv
args = [x for x in sys.argv[1:] if x != "--again"]
k, n, mods = int(args[0]), int(args[1]), args[2:]
ALL = []
for m in mods: ALL += importlib.import_module(m).L
todo = [a for i, a in enumerate(ALL) if i % n == k and (again or not os.path.exists(os.path.join(h.RUNS, a["id"], "result.json")))]
h.run_all(todo)
