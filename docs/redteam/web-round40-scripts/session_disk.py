"""(d) One whole web session (write, attach, download, export in every format, preview, edit, stats, lock), then:
is any marker or the passphrase in the server's stderr, in a response where it should not be, or in any file
written during the session (vault folder, the server's working directory, /tmp, /var/tmp, /dev/shm, $HOME caches)?"""
import os, re, subprocess, sys, time, uuid
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
MARK = "ZQXJ" + uuid.uuid4().hex[:8]          # confidential body text
FILEMARK = "FILEQ" + uuid.uuid4().hex[:8]      # attachment content
NAMEMARK = "Zarinaqx Temirbekova"              # a declared detainee's name
PW = open(D + "/passphrase").read().rstrip("\n")
open(D + "/markers", "w").write(f"{MARK}\n{FILEMARK}\n{NAMEMARK}\n")
start = time.time() - 1
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin")
c.get("/documents/new")
s = c.post("/documents/new", {"csrf": c.csrf, "id": "VR-2026-700", "kind": "visit-report", "title": "Disk test", "date": "2026-12-01",
    "facility": "IVS-1", "level": "state", "personRows": "1", "person-0-id": "D-0700", "person-0-name": NAMEMARK, "person-0-role": "detainee",
    "sensitive": MARK + "-phrase", "body": f"Seen [{MARK} internal]{{.internal}} and @D-0700.\n\n::: internal\n{NAMEMARK} said {MARK}.\n:::\n"})
print("write:", s[0])
# a refused write (raw HTML) echoing the text back
s = c.post("/documents/new", {"csrf": c.csrf, "id": "VR-2026-701", "kind": "visit-report", "title": "x", "date": "2026-12-01",
    "personRows": "0", "body": f"<b>{MARK}</b>"}); print("refused write:", s[0])
# attach
b = "----tamgaWA40" + uuid.uuid4().hex
parts = [("csrf", c.csrf), ("level", "internal"), ("caption", f"caption {MARK}")]
body = b"".join(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode() for k, v in parts)
body += f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{MARK}.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".encode() + f"{FILEMARK} bytes".encode() + f"\r\n--{b}--\r\n".encode()
s = c.req("POST", "/documents/VR-2026-700/attachments", body=body, ctype=f"multipart/form-data; boundary={b}"); print("attach:", s[0])
ref = re.search(r'/documents/VR-2026-700/attachments/([0-9a-f]{12})', s[2])
if ref: print("download attachment:", c.get(f"/documents/VR-2026-700/attachments/{ref.group(1)}")[0])
for aud in ["internal", "state", "public"]:
    for fmt in ["md", "html", "json"]:
        s = c.post("/documents/VR-2026-700/export", {"csrf": c.csrf, "audience": aud, "format": fmt})
        for key in re.findall(r'/downloads/([0-9a-f]+)"', s[2]): c.get("/downloads/" + key)
print("preview:", c.get("/documents/VR-2026-700")[0], " edit:", c.get("/documents/VR-2026-700/edit")[0], " stats:", c.get("/stats?audience=state&by=tag")[0])
print("person:", c.get("/persons/D-0700")[0], " log:", c.get("/log?doc=VR-2026-700")[0])
c.post("/unlock", {"csrf": c.csrf, "passphrase": "wrong " + PW})   # a wrong passphrase typed while unlocked
c.post("/lock", {"csrf": c.csrf})
time.sleep(1)
p.terminate(); p.wait()
err = open(D + "/serve-Admin.stderr", errors="replace").read()
print("server stderr bytes:", len(err), "| markers in it:", [m for m in (MARK, FILEMARK, NAMEMARK, PW) if m in err])
# files written during the session
roots = [D, "/tmp", "/var/tmp", "/dev/shm", os.path.expanduser("~/.cache")]
hits = []
for root in roots:
    for dirpath, dirs, files in os.walk(root):
        if "/proc" in dirpath: continue
        for f in files:
            path = os.path.join(dirpath, f)
            try:
                st = os.lstat(path)
                if not os.path.isfile(path) or st.st_mtime < start or st.st_size > 50_000_000: continue
                data = open(path, "rb").read()
            except Exception: continue
            if path.endswith("/markers") or path.startswith("/work/notes"): continue
            found = [m for m in (MARK, FILEMARK, NAMEMARK, PW) if m.encode() in data]
            if found: hits.append((path, found))
print("files written during the session holding a marker or the passphrase:", hits or "none")
print("files written in the vault folder during the session:", len([1 for dp, _, fs in os.walk(D + "/vault") for f in fs if os.path.getmtime(os.path.join(dp, f)) >= start]))
