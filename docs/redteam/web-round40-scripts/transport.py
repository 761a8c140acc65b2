"""(a) Transport-level checks against one server: headers on every kind of response, Host variants, token reuse,
oversized and odd bodies, path traversal, download names."""
import os, re, socket, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
p, base, token = web.serve(D)
port = int(base.rsplit(":", 1)[1])
c = web.session(base, token, D, "Admin")
def hdr(h): return "CSP" if "content-security-policy" in h else "NO-CSP", h.get("cache-control", "NO-CACHE-CONTROL"), h.get("x-frame-options", "NO-XFO")
def show(label, r): print(f"  {label:60s} {r[0]} {hdr(r[1])} {r[2][:90]!r}")
print("== security headers on each kind of response")
show("GET /nope (unknown path, with cookie)", c.get("/nope"))
show("GET /documents/VR-2014-017/nope", c.get("/documents/VR-2014-017/nope"))
show("PUT /documents", c.req("PUT", "/documents", body=b""))
show("POST /lock 100 KiB body", c.post("/lock", {"csrf": c.csrf, "x": "a" * 100000}))
show("POST /unlock 100 KiB body", c.post("/unlock", {"csrf": c.csrf, "x": "a" * 100000}))
show("GET /downloads/nokey", c.get("/downloads/nokey"))
show("GET /documents/..%2f..%2fconfig.json", c.get("/documents/..%2f..%2fconfig.json"))
show("GET /documents/%2e%2e/attachments", c.get("/documents/%2e%2e/attachments"))
show("GET /documents/VR-2014-017/attachments/..%2f..%2fconfig.json", c.get("/documents/VR-2014-017/attachments/..%2f..%2fconfig.json"))
show("GET /documents/VR-2014-017/attachments/9b (prefix)", c.get("/documents/VR-2014-017/attachments/9b"))
print("== Host header variants (should all be 403 but the two real ones)")
for host in [f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"evil.example:{port}", "127.0.0.1", f"127.0.0.1.:{port}",
             f"[::1]:{port}", f"127.1:{port}", f"0x7f000001:{port}", f"127.0.0.1:{port}@evil", f"localhost.:{port}"]:
    cc = web.Client(base, host=host); cc.cookies = dict(c.cookies)
    r = cc.get("/documents"); print(f"  Host {host!r:40s} {r[0]}")
# absolute-form request target with a foreign authority and a good Host
s = socket.create_connection(("127.0.0.1", port)); ck = "; ".join(f"{k}={v}" for k, v in c.cookies.items())
s.sendall(f"GET http://evil.example:{port}/documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {ck}\r\nConnection: close\r\n\r\n".encode())
print("  absolute-form target evil.example, Host good:", s.recv(200).split(b"\r\n")[0]); s.close()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(f"GET http://127.0.0.1:{port}/documents HTTP/1.1\r\nHost: evil.example:{port}\r\nCookie: {ck}\r\nConnection: close\r\n\r\n".encode())
print("  absolute-form target good, Host evil.example:", s.recv(200).split(b"\r\n")[0]); s.close()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(f"GET /documents HTTP/1.0\r\nCookie: {ck}\r\n\r\n".encode())
print("  HTTP/1.0 without Host:", s.recv(200).split(b"\r\n")[0]); s.close()
print("== token and session")
x = web.Client(base); print("  token used again (second browser):", x.post("/session", {"token": token})[0])
x = web.Client(base); print("  no cookie GET /documents:", x.get("/documents")[0])
x.cookies = {"tamga_session": "0" * 64}; print("  wrong cookie:", x.get("/documents")[0])
print("  POST /lock without csrf:", c.post("/lock", {})[0], " with wrong csrf:", c.post("/lock", {"csrf": "0"*64})[0])
print("  cross-site form POST with Origin: evil, right cookie+csrf on export:",
      c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "state", "format": "md"}, headers={"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"})[0])
print("== smuggling / framing")
def raw(data, n=400):
    s = socket.create_connection(("127.0.0.1", port)); s.settimeout(5); s.sendall(data)
    out = b""
    try:
        while True:
            b = s.recv(65536)
            if not b: break
            out += b
    except socket.timeout: pass
    s.close(); return out
r = raw(f"POST /lock HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {ck}\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n0\r\n\r\nGET /documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
print("  CL+TE:", [l for l in r.split(b"\r\n") if l.startswith(b"HTTP/")])
r = raw(f"POST /lock HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {ck}\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\nabcd".encode())
print("  two CL:", [l for l in r.split(b"\r\n") if l.startswith(b"HTTP/")])
r = raw(f"GET /documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example:{port}\r\nCookie: {ck}\r\n\r\n".encode())
print("  two Host headers (good, evil):", [l for l in r.split(b"\r\n") if l.startswith(b"HTTP/")])
r = raw(f"GET /documents HTTP/1.1\r\nHost: evil.example:{port}\r\nHost: 127.0.0.1:{port}\r\nCookie: {ck}\r\n\r\n".encode())
print("  two Host headers (evil, good):", [l for l in r.split(b"\r\n") if l.startswith(b"HTTP/")])
big = b"X-A: " + b"a" * 200000 + b"\r\n"
r = raw(f"GET /documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode() + big + b"\r\n")
print("  200 KB header:", r[:60])
print("  after all that, server alive:", c.get("/documents")[0])
p.terminate(); p.wait()
print("stderr of server:", open(D + "/serve-Admin.stderr").read()[-2000:])
