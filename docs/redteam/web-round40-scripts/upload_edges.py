"""(a) The upload reader's edges: CSRF after the file, a second csrf field, names with paths / control characters /
dot-dot, a second file part, a missing closing boundary, an oversize file."""
import html, os, re, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1))))[:150] if m else t.strip()[:150]
p, base, token = web.serve(D, extra=["--attachment-mib", "1"])
c = web.session(base, token, D, "Admin"); c.get("/documents")
def up(parts, close=True, b=None):
    b = b or "----e" + uuid.uuid4().hex; body = b""
    for kind, name, value in parts:
        if kind == "f": body += f"--{b}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
        else: body += f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\n".encode() + value + b"\r\n"
    if close: body += f"--{b}--\r\n".encode()
    s = c.req("POST", "/documents/VR-2014-017/attachments", body=body, ctype=f"multipart/form-data; boundary={b}")
    return s[0], msg(s[2])
cs = c.csrf
print("csrf after the file:", up([("F", "a.jpg", b"x"), ("f", "csrf", cs)]))
print("wrong csrf then right csrf, then file:", up([("f", "csrf", "0" * 64), ("f", "csrf", cs), ("F", "b.jpg", b"x")]))
print("right csrf then wrong csrf, then file:", up([("f", "csrf", cs), ("f", "csrf", "0" * 64), ("F", "c.jpg", b"x")]))
print("name with a Windows path:", up([("f", "csrf", cs), ("F", "C:\\Users\\m\\Desktop\\secret.jpg", b"x")]))
print("name with a unix path:", up([("f", "csrf", cs), ("F", "../../etc/passwd", b"x")]))
print("name '..':", up([("f", "csrf", cs), ("F", "..", b"x")]))
print("name with ESC:", up([("f", "csrf", cs), ("F", "a\x1b[2Jb.jpg", b"x")]))
print("name with RLO:", up([("f", "csrf", cs), ("F", "photo\u202egpj.exe", b"x")]))
print("two files:", up([("f", "csrf", cs), ("F", "one.jpg", b"1"), ("F", "two.jpg", b"2")]))
print("no closing boundary:", up([("f", "csrf", cs), ("F", "open.jpg", b"x")], close=False))
print("2 MiB file, limit 1 MiB:", up([("f", "csrf", cs), ("F", "big.bin", b"\0" * (2 << 20))]))
s, h, t, _ = c.get("/documents/VR-2014-017/attachments")
rows = re.findall(r"<tr>(.*?)</tr>", t, re.S)
print("listed names:", [html.unescape(re.sub("<[^>]+>", "|", r)).split("|")[2:6] for r in rows[1:]][:12])
for ref in re.findall(r'/documents/VR-2014-017/attachments/([0-9a-f]{12})"', t)[:12]:
    s, h, _, _ = c.get(f"/documents/VR-2014-017/attachments/{ref}"); print("  download", ref, s, h.get("content-disposition"))
p.terminate(); p.wait()
