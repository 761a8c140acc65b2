"""(a) The idle lock, /lock, downloads after lock, re-unlock as another member while unlocked."""
import os, re, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
p, base, token = web.serve(D, extra=["--idle-minutes", "0.05"])
c = web.session(base, token, D, "Admin")
s = c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "internal", "format": "md"})
key = re.search(r'/downloads/([0-9a-f]+)"', s[2]).group(1)
print("download before idle:", c.get("/downloads/" + key)[0])
time.sleep(5)
s = c.get("/documents"); print("after 5 s idle (limit 3 s): /documents ->", s[0], s[1].get("location"))
print("download after idle lock:", c.get("/downloads/" + key)[0])
# unlock again as Admin, export, then (without Lock) unlock as Liaison in the same browser session
c.get("/unlock"); pw = open(D + "/passphrase").read().rstrip("\n")
print("unlock again:", c.post("/unlock", {"csrf": c.csrf, "passphrase": pw, "member": "Admin"})[0])
s = c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "internal", "format": "md"})
key = re.search(r'/downloads/([0-9a-f]+)"', s[2]).group(1)
print("POST /unlock as Liaison while unlocked as Admin:", c.post("/unlock", {"csrf": c.csrf, "passphrase": pw, "member": "Liaison"})[0],
      "| header now says:", re.search(r"<span>([^<]*)</span>", c.get("/documents")[2]).group(1))
s = c.get("/downloads/" + key); print("Admin's internal export still downloadable as Liaison:", s[0], "Sadykov" in s[2])
print("wrong passphrase while unlocked:", c.post("/unlock", {"csrf": c.csrf, "passphrase": "nope", "member": "Admin"})[0],
      "| still unlocked as:", re.search(r"<span>([^<]*)</span>", c.get("/documents")[2]).group(1))
print("/lock:", c.post("/lock", {"csrf": c.csrf})[0], "| download after lock:", c.get("/downloads/" + key)[0], "| /documents:", c.get("/documents")[0])
# keep-alive from elsewhere: requests without the cookie must not hold the vault unlocked
c.post("/unlock", {"csrf": c.csrf, "passphrase": pw, "member": "Admin"})
x = web.Client(base)
for i in range(8): x.get("/"); time.sleep(0.6)
print("after ~5 s of cookie-less requests only: /documents ->", c.get("/documents")[0])
p.terminate(); p.wait()
