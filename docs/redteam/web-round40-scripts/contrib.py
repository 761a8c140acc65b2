"""(b) A contributor in the browser: writes a document, then tries what the CLI refuses a contributor:
attach to another's document, attach above internal... wait: contributors attach only at level internal; edit; export;
read back what it wrote (the CLI: a contributor may not read documents)."""
import os, re, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:170] if m else re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t))[-170:]
def upload(c, doc, level, name="x.jpg"):
    b = "----b" + uuid.uuid4().hex
    body = b"".join(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode() for k, v in [("csrf", c.csrf), ("level", level)])
    body += f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\nDATA\r\n--{b}--\r\n".encode()
    s = c.req("POST", f"/documents/{doc}/attachments", body=body, ctype=f"multipart/form-data; boundary={b}"); return s[0], msg(s[2])
for member in ["Contrib", "Liaison"]:
    p, base, token = web.serve(D, member)
    c = web.session(base, token, D, member); c.get("/members")
    print("==", member)
    did = f"VR-2026-8{0 if member == 'Contrib' else 1}0"
    s = c.post("/documents/new", {"csrf": c.csrf, "id": did, "kind": "visit-report", "title": "By " + member, "date": "2026-12-01",
        "level": "state", "personRows": "1", "person-0-id": "D-0800", "person-0-name": "Nurbek Kasymov", "person-0-role": "detainee",
        "body": "Seen [secret]{.internal} @D-0800."}); print("  write", did, s[0], msg(s[2]))
    print("  read back own doc:", c.get(f"/documents/{did}")[0], "| edit form own doc:", c.get(f"/documents/{did}/edit")[0])
    print("  attach to own doc, internal:", upload(c, did, "internal"))
    print("  attach to own doc, public:", upload(c, did, "public"))
    print("  attach to VR-2014-017 (not own), internal:", upload(c, "VR-2014-017", "internal"))
    print("  attachments page of own doc:", c.get(f"/documents/{did}/attachments")[0])
    s = c.post(f"/documents/{did}/edit", {"csrf": c.csrf, "id": did, "kind": "visit-report", "title": "x", "date": "2026-12-01", "basedOn": "", "personRows": "0", "body": "new text"})
    print("  post edit of own doc:", s[0], msg(s[2])[:120])
    s = c.post("/documents/new", {"csrf": c.csrf, "id": "VR-2014-017", "kind": "visit-report", "title": "overwrite", "date": "2026-12-01", "personRows": "0", "body": "x"})
    print("  write with an existing id:", s[0], msg(s[2])[:140])
    p.terminate(); p.wait()
