"""(a) Slow clients: another local user (no cookie needed) opens many connections that send half a request and
wait. Does the monitor still get pages? Does the server close them?"""
import os, socket, sys, time, resource
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]; N = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, (1024, hard))  # a desktop session's usual soft limit, for the server
p, base, token = web.serve(D)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, N + 200), hard))
port = int(base.rsplit(":", 1)[1])
c = web.session(base, token, D, "Admin")
socks = []
for i in range(N):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(f"GET /documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: ".encode())
        socks.append(s)
    except OSError as e:
        print("connection", i, "failed:", e); break
print("half-open requests held:", len(socks), " server fds:", len(os.listdir(f"/proc/{p.pid}/fd")))
t = time.time()
try:
    r = c.get("/documents"); print("monitor's page while they hang:", r[0], f"{time.time()-t:.2f}s")
except Exception as e:
    print("monitor's page while they hang: FAILED", type(e).__name__, e, f"{time.time()-t:.2f}s")
time.sleep(int(os.environ.get("WAIT", "75")))
closed = 0
for s in socks:
    try:
        s.settimeout(0.01); b = s.recv(10)
        if b == b"": closed += 1
    except socket.timeout: pass
    except OSError: closed += 1
print("after WAIT s, connections closed by the server:", closed, "of", len(socks), " server fds:", len(os.listdir(f"/proc/{p.pid}/fd")))
for s in socks: s.close()
p.terminate(); p.wait()
