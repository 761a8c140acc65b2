"""(a/c) Markup in fields and text written through the form: is anything active in the preview page (under the CSP)
or in the HTML export (opened later without any CSP)?"""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin"); c.get("/documents/new")
body = ("## Summary {.public}\n\nSee [the report](javascript:alert(1)) and [x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and "
        "![chart](http://evil.example/pixel.png) and http://evil.example/auto and [y](//evil.example/z) "
        "and `<script>alert(2)</script>` and &lt;b&gt; and &#60;script&#62;.\n")
f = {"csrf": c.csrf, "id": "VR-2026-980", "kind": "visit-report", "title": "Title \" onmouseover=alert(3) x=\"", "date": "2026-11-30",
     "facility": "IVS 'x' & co", "tags": "t1", "level": "public", "personRows": "1", "person-0-id": "O-0980",
     "person-0-name": "Ivan Petrov", "person-0-role": "official", "body": body}
s = c.post("/documents/new", f)
err = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', s[2], re.S)
print("write:", s[0], re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", err.group(1)))[:200] if err else "")
def active(h):
    pats = {"<script> not ours": r"<script(?![^>]*nonce)", "javascript: href": r"href=\"\s*javascript:", "data: href": r"href=\"\s*data:",
            "external img": r"<img[^>]*src=\"(?:https?:)?//", "external href": r"href=\"(?:https?:)?//evil", "onerror=": r"<[^>]+\sonerror=",
            "raw <i>": r"<i>Petrov", "raw <b>": r"<b>t</b>"}
    return [k for k, v in pats.items() if re.search(v, h, re.I)]
if s[0] == 200:
    pv = c.get("/documents/VR-2026-980")[2]; print("preview page: active markup:", active(pv))
    for aud in ["internal", "state", "public"]:
        s2 = c.post("/documents/VR-2026-980/export", {"csrf": c.csrf, "audience": aud, "format": "html"})
        key = re.search(r'/downloads/([0-9a-f]+)" download="[^"]+\.html"', s2[2])
        if key:
            h = c.get("/downloads/" + key.group(1))[2]
            print(f"HTML export {aud}: active markup:", active(h), "| its CSP meta:", bool(re.search(r"Content-Security-Policy", h)))
            for m in re.findall(r"<a [^>]*>|<img [^>]*>", h)[:8]: print("     ", m[:120])
        else:
            print(f"HTML export {aud}: refused", re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", re.sub(r"<style.*?</style>", "", s2[2], flags=re.S)))[-150:])
p.terminate(); p.wait()
