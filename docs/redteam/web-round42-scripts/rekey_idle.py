"""The rekey page reloads itself every 3 s while the rekey runs; each reload counts as activity, so the idle lock
(--idle-minutes 0.25 here) does not fire while a rekey runs with its page open, whoever sits at the browser.
Control (argv[2] == 'control'): the same rekey without the page open locks at the idle time."""
import sys, time, web
D = sys.argv[1]; control = len(sys.argv) > 2
p, base, token = web.serve(D, "Admin", extra=("--idle-minutes", "0.25")); c = web.session(base, token, D, "Admin"); c.get("/members")
c.post("/members/rekey", {"csrf": c.csrf}); c.post("/members/rekey", {"csrf": c.csrf, "confirm": "yes"}); t0 = time.time()
last = None
while time.time() - t0 < (20 if control else 60):
    time.sleep(3)
    if control:
        continue
    s = c.get("/members/rekey")   # what the page's <meta http-equiv=refresh content=3> does
    if s[0] != 200: print(f"{time.time()-t0:.0f}s: rekey page {s[0]} {s[1].get('location')}"); break
    if 'id="rekey-finished"' in s[2]: print(f"{time.time()-t0:.0f}s: rekey finished; session still unlocked (idle time 15 s)"); break
if control:
    pass
s = c.get("/documents"); print(f"{time.time()-t0:.0f}s after the start: GET /documents {s[0]} {s[1].get('location') or 'unlocked'}")
p.terminate(); p.wait()
