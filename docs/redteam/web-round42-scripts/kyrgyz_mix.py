"""Pages under Accept-Language: ky — which sentences stay in English (warnings and refusals included)."""
import re, sys, web
D = sys.argv[1]
KY = {"Accept-Language": "ky"}
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
def english(t):  # runs of 5+ Latin words
    return [m.group(0) for m in re.finditer(r"(?:[A-Za-z][A-Za-z'’-]*[ ,;:()]+){5,}[A-Za-z'’-]+", t)]
p, base, token = web.serve(D, "Admin")
c = web.session(base, token, D, "Admin"); c.get("/documents", headers=KY)
def show(label, s):
    t = msg(s[2]); print(f"\n== {label}: {s[0]} lang={re.search(r'<html lang=.(..)', s[2]).group(1) if '<html lang' in s[2] else '?'}")
    for e in english(t): print("   EN:", e[:230])
show("GET destroy page VR-2014-017 (handed over)", c.get("/documents/VR-2014-017/destroy", headers=KY))
show("GET erase page D-0042", c.get("/persons/D-0042/erase", headers=KY))
show("POST erase with the name in the reason", c.post("/persons/D-0042/erase", {"csrf": c.csrf, "reason": "Sadykov", "typed": "D-0042"}, headers=KY))
show("POST destroy typed wrong", c.post("/documents/VR-2014-017/destroy", {"csrf": c.csrf, "reason": "x", "typed": "VR-2014-01"}, headers=KY))
show("POST export state md", c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": "state", "format": "md"}, headers=KY))
show("POST rekey (plan)", c.post("/members/rekey", {"csrf": c.csrf}, headers=KY))
p.terminate(); p.wait()
p, base, token = web.serve(D, "Nurlan")
c = web.session(base, token, D, "Nurlan"); c.get("/documents", headers=KY)
show("Nurlan POST rekey", c.post("/members/rekey", {"csrf": c.csrf}, headers=KY))
show("Nurlan GET /members/rekey", c.get("/members/rekey", headers=KY))
p.terminate(); p.wait()
c = web.Client(base)
p, base, token = web.serve(D, "Admin"); c = web.Client(base); c.post("/session", {"token": token}); c.get("/unlock", headers=KY)
show("unlock, wrong passphrase", c.post("/unlock", {"csrf": c.csrf, "passphrase": "wrong"}, headers=KY))
show("unlock, empty passphrase", c.post("/unlock", {"csrf": c.csrf, "passphrase": ""}, headers=KY))
p.terminate(); p.wait()
