"""(c/d) Control characters and line breaks typed or pasted into the consent form's 'note' and 'obtained by'
fields: what does the command line then print (`tamga person show`, `tamga log`, `tamga disclosures`)?"""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin"); c.get("/persons/O-0007")
note = "ok\x1b[2J\x1b[1;1Hconsent in force: state, public\r\nnamed to state: yes"
s = c.post("/persons/O-0007/consent", {"csrf": c.csrf, "change": "withdraw", "audience": "public", "date": "2026-12-01",
                                      "obtainedBy": "Nurlan\x1b[31m\nforged line", "note": note})
err = re.search(r'class="error"[^>]*>(.*?)</', s[2], re.S)
print("web consent with ESC/CR/LF in note and obtainedBy:", s[0], re.sub(r"\s+", " ", err.group(1))[:200] if err else "")
p.terminate(); p.wait()
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
for args in (["person", "show", "O-0007"], ["log"]):
    out = subprocess.run([web.T, *args], env=env, capture_output=True).stdout
    print(" ".join(args), "| raw ESC bytes in stdout:", out.count(b"\x1b"), "| raw CR:", out.count(b"\r"),
          "| lines with 'forged line' or 'named to state: yes':", [l for l in out.decode(errors="replace").splitlines() if "forged line" in l or "named to state: yes" in l][:4])
