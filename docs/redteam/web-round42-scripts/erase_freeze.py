"""W1 with an erasure (it runs within the request, holding the write lock): a person named in 200 documents is
erased from the person page; meanwhile one preview click, then Lock."""
import re, sys, threading, time, web
D = sys.argv[1]; web.TIMEOUT = 400
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/persons/D-0042/erase")
res = {}
def erase():
    t = time.time(); s = c.post("/persons/D-0042/erase", {"csrf": c.csrf, "reason": "at the person's request", "typed": "D-0042"})
    m = re.search(r"<main[^>]*>(.*?)</main>", s[2], re.S); res["erase"] = (s[0], round(time.time() - t, 1), re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:100] if m else "")
def preview():
    t = time.time(); s = c.get("/documents/VR-2015-003"); res["preview"] = (s[0], round(time.time() - t, 1))
t0 = time.time()
e = threading.Thread(target=erase); e.start(); time.sleep(1.0)
v = threading.Thread(target=preview); v.start(); time.sleep(1.0)
for path in ["/members", "/documents"]:
    t = time.time(); s = c.get(path); print(f"GET {path} 2 s into the erasure, one preview waiting: {s[0]} after {time.time()-t:.1f}s")
t = time.time(); s = c.post("/lock", {"csrf": c.csrf}); print(f"POST /lock: {s[0]} after {time.time()-t:.1f}s (t={time.time()-t0:.0f}s)")
e.join(); v.join(); print("erasure:", res["erase"]); print("preview:", res["preview"])
p.terminate(); p.wait()
