"""(b) Does a contributor (who may not read documents or the registry) learn registry content from the write form's
refusals or warnings? Declares ids and names that clash with the registry's."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S) or re.search(r'<p[^>]*role="(?:alert|status)"[^>]*>(.*?)</p>', t, re.S)
    w = re.findall(r"<li>(.*?)</li>", t, re.S)
    return (html.unescape(re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", m.group(1)))[:300]) if m else "") + (" | warnings: " + " / ".join(html.unescape(re.sub("<[^>]+>", "", x))[:200] for x in w if "Stored" not in x)[:600] if w else "")
p, base, token = web.serve(D, "Contrib")
c = web.session(base, token, D, "Contrib"); c.get("/documents/new")
cases = [("same id, other name", "D-0042", "Someone Else", "detainee", "Met @D-0042."),
         ("same id, other role", "D-0042", "Someone Else", "official", "Met @D-0042."),
         ("other id, existing name", "D-0999", "Aibek Sadykov", "detainee", "Met @D-0999."),
         ("undeclared existing name in text", "D-0998", "Kanat Beishenov", "detainee", "Met @D-0998 and Aibek Sadykov and Temir Osmonov."),
         ("existing official id", "O-0007", "X Y", "official", "Met @O-0007.")]
for n, (label, pid, name, role, body) in enumerate(cases):
    s = c.post("/documents/new", {"csrf": c.csrf, "id": f"VR-2026-95{n}", "kind": "visit-report", "title": "Probe", "date": "2026-12-01",
        "level": "state", "personRows": "1", "person-0-id": pid, "person-0-name": name, "person-0-role": role, "body": body})
    print(f"{label:34s} {s[0]} {msg(s[2])}")
p.terminate(); p.wait()
