"""Two rekey confirmations at once in one server (two tabs), and one from Boss2's own server at the same time."""
import re, sys, threading, time, web
D = sys.argv[1]; web.TIMEOUT = 120
def msg(t):
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/members")
q, base2, token2 = web.serve(D, "Boss2"); b = web.session(base2, token2, D, "Boss2"); b.get("/members")
out = {}
def go(k, cl): s = cl.post("/members/rekey", {"csrf": cl.csrf, "confirm": "yes"}); out[k] = (s[0], s[1].get("location"), msg(s[2])[:120])
ts = [threading.Thread(target=go, args=(k, cl)) for k, cl in [("Admin tab 1", c), ("Admin tab 2", c), ("Boss2", b)]]
[t.start() for t in ts]; [t.join() for t in ts]
for k, v in sorted(out.items()): print(k, v)
def wait(cl, who):
    while True:
        s = cl.get("/members/rekey")
        if s[0] != 200 or 'id="rekey-finished"' in s[2]: print(who, "rekey page:", s[0], msg(s[2])[:400]); return
        time.sleep(2)
wait(c, "Admin"); wait(b, "Boss2")
p.terminate(); q.terminate(); p.wait(); q.wait()
