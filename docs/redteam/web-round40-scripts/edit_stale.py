"""F2 on the command line too: `tamga edit` unlocks before $EDITOR opens; a removal that lands while the editor is open
(edit_stale_editor.sh simulates it) does not stop the save, and the removed member (here through a web session opened
before, the only way left to him to decrypt with this vault) reads the new revision."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
pg, base, tok = web.serve(D, "Gone"); g = web.session(base, tok, D, "Gone")
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault",
           TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin", EDITOR=os.path.dirname(os.path.abspath(__file__)) + "/edit_stale_editor.sh")
r = subprocess.run([web.T, "edit", "INT-2014-044"], env=env, capture_output=True, text=True)
print("tamga edit:", r.returncode, r.stdout.strip(), [l for l in r.stderr.splitlines() if "Warning" not in l])
s, h, t, _ = g.get("/documents/INT-2014-044")
print("Gone (removed while the editor was open) previews INT-2014-044:", s, "| sees the text added after his removal:", "edit-after-removal secret" in t)
pg.terminate(); pg.wait()
