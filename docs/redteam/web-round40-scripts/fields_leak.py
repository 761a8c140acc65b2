"""(c) Names pasted into the front-matter fields of the web form (title, facility, tags, authors) rather than the text:
does the State/public export, the statistics page (labels) and the documents list show them?"""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
NAME = "Bakyt Usenov"
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin"); c.get("/documents/new")
cases = {"title": {"title": f"Visit: {NAME}\u2019s cell"}, "facility": {"facility": f"IVS-1 cell of {NAME}"},
         "tags": {"tags": f"ill-treatment, {NAME}"}, "authors": {"authors": f"Gulnara Abdyldaeva; {NAME}"},
         "sensitive-only": {"sensitive": "the blue door", "body_extra": "They met behind the blue\u00a0door."}}
for n, (label, extra) in enumerate(cases.items()):
    did = f"VR-2026-97{n}"
    f = {"csrf": c.csrf, "id": did, "kind": "visit-report", "title": "Fields test", "date": "2026-11-30", "facility": "IVS-1", "level": "public",
         "personRows": "1", "person-0-id": "D-0970", "person-0-name": NAME, "person-0-role": "detainee",
         "body": "## Summary {.public}\n\nThe team met @D-0970. " + extra.pop("body_extra", "")}
    f.update(extra)
    s = c.post("/documents/new", f)
    res = f"write {s[0]}"
    if s[0] == 200:
        for aud in ["state", "public"]:
            s2 = c.post(f"/documents/{did}/export", {"csrf": c.csrf, "audience": aud, "format": "json"})
            key = re.search(r'/downloads/([0-9a-f]+)" download="[^"]+\.json"', s2[2])
            if key:
                out = c.get("/downloads/" + key.group(1))[2]
                res += f" | {aud}: {'LEAK' if re.search('Usenov|Bakyt|blue.door', out) else 'clean'}"
            else:
                err = re.search(r'class="error"[^>]*>(.*?)</', s2[2], re.S)
                why = re.sub(r'\s+', ' ', err.group(1))[:90] if err else '?'
                res += f" | {aud}: refused ({why})"
    else:
        err = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', s[2], re.S); res += " " + (re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", err.group(1)))[:150] if err else "")
    print(f"{label:15s} {res}")
for by in ["facility", "tag"]:
    for aud in ["public", "state"]:
        s = c.get(f"/stats?audience={aud}&by={by}")
        t = re.sub(r"<style.*?</style>|<script.*?</script>", "", s[2], flags=re.S)
        print(f"stats {aud} by {by}: {s[0]} {'LEAK' if re.search('Usenov|Bakyt', t) else 'clean'}")
print("documents list (internal member) shows the name in a title:", "Usenov" in c.get("/documents")[2])
p.terminate(); p.wait()
