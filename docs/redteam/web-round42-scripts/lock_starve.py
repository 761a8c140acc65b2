"""While the vault's write lock is held (a rekey started from the members page holds it for its whole run; here
another writer holds it, as WebRekeyTests does), a few requests that wait for the lock (previews log a read)
block the server's threads: nothing else answers, not the rekey page, not Lock."""
import fcntl, os, sys, threading, time, web
D = sys.argv[1]; N = int(sys.argv[2]) if len(sys.argv) > 2 else 4
p, base, token = web.serve(D, "Admin")
c = web.session(base, token, D, "Admin"); c.get("/documents")
t0 = time.time(); s = c.get("/documents/VR-2014-017"); print("preview, lock free:", s[0], f"{time.time()-t0:.2f}s")
fd = os.open(D + "/vault/lock", os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX); print("lock taken by another writer")
res = {}
def hit(i):
    t = time.time()
    try: s = c.get("/documents/VR-2014-017"); res[i] = (s[0], round(time.time()-t, 1))
    except Exception as e: res[i] = (repr(e)[:60], round(time.time()-t, 1))
ths = [threading.Thread(target=hit, args=(i,)) for i in range(N)]
for t in ths: t.start()
time.sleep(1.5)
for path in ["/members", "/documents", "/members/rekey"]:
    t = time.time()
    try: s = c.get(path); print(f"GET {path} while {N} previews wait:", s[0], f"{time.time()-t:.1f}s")
    except Exception as e: print(f"GET {path}:", repr(e)[:80], f"{time.time()-t:.1f}s")
t = time.time(); s = c.post("/lock", {"csrf": c.csrf}); print("POST /lock:", s[0], f"{time.time()-t:.1f}s")
fcntl.flock(fd, fcntl.LOCK_UN); os.close(fd)
for t in ths: t.join()
print("previews:", res)
p.terminate(); p.wait()
