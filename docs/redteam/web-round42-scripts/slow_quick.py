"""Round 40 F3 regression (quick): 300 half-open connections without a cookie; does the monitor's page answer?"""
import socket, sys, time, web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin")
port = int(base.rsplit(":", 1)[1]); socks = []
for i in range(300):
    s = socket.create_connection(("127.0.0.1", port)); s.send(b"GET / HTTP/1.1\r\nHo"); socks.append(s)
time.sleep(1)
t = time.time()
try: r = c.get("/documents"); print("monitor's page with 300 half-open connections:", r[0], f"{time.time()-t:.1f}s")
except Exception as e: print("monitor's page:", repr(e)[:80], f"{time.time()-t:.1f}s")
time.sleep(12); closed = 0
for s in socks:
    s.settimeout(0.01)
    try:
        if s.recv(1) == b"": closed += 1
    except socket.timeout: pass
    except OSError: closed += 1
print("closed by the server after 13 s:", closed, "of 300")
p.terminate(); p.wait()
