"""(a) --listen other than 127.0.0.1: which Host headers the server then accepts (WebHosts.bound)."""
import os, socket, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
for addr in ["::1", "0.0.0.0", "localhost"]:
    try:
        p, base, token = web.serve(D, extra=["--listen", addr])
    except AssertionError as e:
        print(addr, "no address printed", e); continue
    port = int(base.rsplit(":", 1)[1])
    print(f"--listen {addr}: printed {base}/#…")
    fam, host = (socket.AF_INET6, "::1") if addr == "::1" else (socket.AF_INET, "127.0.0.1")
    for h in [f"[::1]:{port}", f"::1:{port}", f"0.0.0.0:{port}", f"127.0.0.1:{port}", f"localhost:{port}", f"evil.example:{port}"]:
        try:
            s = socket.socket(fam); s.settimeout(3); s.connect((host, port))
            s.sendall(f"GET / HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n".encode()); line = s.recv(100).split(b"\r\n")[0]; s.close()
        except OSError as e: line = str(e)
        print(f"   Host {h:22s} -> {line}")
    p.terminate(); p.wait()
