"""New routes without CSRF, with a foreign Sec-Fetch-Site, a foreign Host, no cookie, the old 127.0.0.1 host, GET with query instead of POST."""
import sys, web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
routes = [("/members/rekey", {"confirm": "yes"}), ("/documents/VR-2015-003/destroy", {"reason": "r", "typed": "VR-2015-003"}),
          ("/persons/O-0007/erase", {"reason": "r", "typed": "O-0007"}), ("/approvals/withdraw", {"kind": "erase", "id": "O-0007"}),
          ("/approvals/destroy", {"id": "VR-2015-003", "confirm": "yes"})]
port = base.rsplit(":", 1)[1]
for path, f in routes:
    r = []
    r.append(("no csrf", c.post(path, f)[0]))
    r.append(("bad csrf", c.post(path, dict(f, csrf="0"*64))[0]))
    r.append(("same-site", c.post(path, dict(f, csrf=c.csrf), headers={"Sec-Fetch-Site": "same-site"})[0]))
    r.append(("cross-site", c.post(path, dict(f, csrf=c.csrf), headers={"Sec-Fetch-Site": "cross-site"})[0]))
    r.append(("Host 127.0.0.1", c.post(path, dict(f, csrf=c.csrf), headers={"Host": "127.0.0.1:" + port})[0]))
    n = web.Client(base); r.append(("no cookie", n.post(path, dict(f, csrf=c.csrf))[0]))
    r.append(("GET with query", c.get(path + "?csrf=" + c.csrf + "&confirm=yes&reason=r&typed=VR-2015-003")[0]))
    print(path, r)
print("documents still:", "VR-2015-003" in c.get("/documents")[2])
p.terminate(); p.wait()
