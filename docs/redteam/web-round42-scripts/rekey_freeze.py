"""W1 with a real rekey started from the members page (big vault: 300 documents, Nurlan removed): two previews
opened while it runs, then the rekey page's own reload and Lock."""
import sys, threading, time, web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/members")
c.post("/members/rekey", {"csrf": c.csrf}); t0 = time.time()
s = c.post("/members/rekey", {"csrf": c.csrf, "confirm": "yes"}); print("rekey started:", s[0])
res = {}
def hit(i):
    t = time.time(); s = c.get("/documents/VR-2026-1%03d" % i); res[i] = (s[0], round(time.time() - t, 1))
ts = [threading.Thread(target=hit, args=(i,)) for i in range(2)]
[t.start() for t in ts]; time.sleep(1)
t = time.time(); s = c.get("/members/rekey"); print(f"rekey page reload while 2 previews wait: {s[0]} after {time.time()-t:.1f}s")
t = time.time(); s = c.post("/lock", {"csrf": c.csrf}); print(f"POST /lock: {s[0]} after {time.time()-t:.1f}s (t={time.time()-t0:.1f}s since the start)")
[t.join() for t in ts]; print("previews:", res)
p.terminate(); p.wait()
