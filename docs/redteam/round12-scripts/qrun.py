"""Queue worker: runs, one at a time, the first attempt (in the order of the modules listed in queue.txt, one per line)
that has no result and is not claimed (claims/ID); rereads queue.txt before each attempt; exits when nothing is left.
Start two: python3 qrun.py [--bin PATH]"""
import sys, os, importlib, harness as h
os.makedirs("claims", exist_ok=True)
while True:
    mods = [l.strip() for l in open("queue.txt") if l.strip() and not l.startswith("#")]
    nxt = None
    for m in mods:
        mod = importlib.reload(sys.modules[m]) if m in sys.modules else importlib.import_module(m)
        for a in mod.L:
            if os.path.exists(os.path.join(h.RUNS, a["id"], "result.json")) or os.path.exists(os.path.join("claims", a["id"])): continue
            try: os.mkdir(os.path.join("claims", a["id"]))
            except FileExistsError: continue
            nxt = a; break
        if nxt: break
    if not nxt: break
    h.run_all([nxt]); sys.stdout.flush()
