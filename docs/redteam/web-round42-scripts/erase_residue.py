"""After erasing D-0042 from the person page: does any page, export or the CLI still show the name?"""
import os, re, subprocess, sys, web
D = sys.argv[1]
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
NAMES = ["Sadykov", "Садыков", "Aibek", "Айбек"]
def names(t): return [n for n in NAMES if n in t]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
atts = sorted(set(re.findall(r"/documents/VR-2014-017/attachments/([0-9a-f]{6,})", c.get("/documents/VR-2014-017/attachments")[2])))
print("before, attachments page:", names(c.get("/documents/VR-2014-017/attachments")[2]))
s = c.post("/persons/D-0042/erase", {"csrf": c.csrf, "reason": "at the person's request", "typed": "D-0042"})
print("erase:", s[0], re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", re.search(r"<main[^>]*>(.*?)</main>", s[2], re.S).group(1)))[:400])
pages = ["/documents", "/documents/VR-2014-017", "/documents/INT-2014-044", "/documents/VR-2014-017/edit", "/documents/VR-2014-017/attachments",
         "/persons", "/persons/D-0042", "/log", "/log?person=D-0042", "/stats?audience=internal&by=facility", "/check", "/approvals"] + ["/documents/VR-2014-017/attachments/" + a for a in atts]
for path in pages:
    s = c.get(path); print(f"  {s[0]} {path:55s} {names(s[2])}")
for aud in ["internal", "state"]:
    s = c.post("/documents/VR-2014-017/export", {"csrf": c.csrf, "audience": aud, "format": "md"})
    keys = re.findall(r"/downloads/([0-9a-f]+)", s[2])
    body = "".join(c.get("/downloads/" + k)[3].decode("utf-8", "replace") for k in keys)
    print(f"  export {aud}: {s[0]} names in files: {names(body)}")
p.terminate(); p.wait()
for args in [["person", "show", "D-0042"], ["attachments", "VR-2014-017"], ["show", "VR-2014-017"], ["log", "--person", "D-0042"]]:
    r = subprocess.run([web.T, *args], env=env, capture_output=True, text=True); print("CLI", " ".join(args), r.returncode, names(r.stdout + r.stderr))
