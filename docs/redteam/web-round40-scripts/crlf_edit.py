"""F-CRLF: a document stored from a Windows (CRLF) file, opened in the web edit form: what is in the body field,
and what saving the form unchanged stores."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]; DOC = sys.argv[2] if len(sys.argv) > 2 else "VR-2015-003"
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin")
s, h, t, _ = c.get(f"/documents/{DOC}/edit")
print("GET edit:", s)
body = html.unescape(re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', t, re.S).group(1))
print("body field starts:", repr(body[:160]))
# Post the form back as the browser would (every input as shown; textarea lines as CRLF like browsers send).
fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', t))
fields = {k: html.unescape(v) for k, v in fields.items()}
for name in re.findall(r'<select[^>]*name="([^"]+)"', t):
    sel = re.search(r'<select[^>]*name="%s".*?</select>' % re.escape(name), t, re.S).group(0)
    m = re.search(r'<option value="([^"]*)" selected', sel); fields[name] = html.unescape(m.group(1)) if m else ""
for name, val in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', t, re.S):
    fields[name] = html.unescape(val).replace("\r\n", "\n").replace("\n", "\r\n")
fields = {k: v for k, v in fields.items() if not k.startswith("person-") or v}
s, h, t, _ = c.post(f"/documents/{DOC}/edit", fields)
err = re.search(r"class=\"error\"[^>]*>(.*?)</(?:p|div)>", t, re.S); print("POST edit unchanged:", s, re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", err.group(1))) if err else re.sub(r"\s+"," ",re.sub("<[^>]+>"," ",t))[-400:])
p.terminate(); p.wait()
