"""W1: POST /lock while the write lock is held by another writer and two previews wait for it."""
import fcntl, os, sys, threading, time, web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin")
c = web.session(base, token, D, "Admin"); c.get("/documents")
fd = os.open(D + "/vault/lock", os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX); print("lock held by another writer (as a running rekey holds it)")
ths = [threading.Thread(target=c.get, args=("/documents/VR-2014-017",)) for i in range(2)]
for t in ths: t.start()
time.sleep(1.5)
t = time.time(); s = c.post("/lock", {"csrf": c.csrf}); print("POST /lock (the monitor leaves) while 2 previews wait:", s[0], f"{time.time()-t:.1f}s")
fcntl.flock(fd, fcntl.LOCK_UN)
for t in ths: t.join()
p.terminate(); p.wait()
