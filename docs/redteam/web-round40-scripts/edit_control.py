"""Control for edit_stale.py: the removal lands BEFORE `tamga edit` starts; then the removed member's old session must not read the new revision."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
pg, base, tok = web.serve(D, "Gone"); g = web.session(base, tok, D, "Gone")
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault",
           TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
print("remove:", subprocess.run([web.T, "member", "remove", "--member", "Admin", "Gone"], env=env, capture_output=True).returncode)
editor = "/tmp/wa40/noremove-editor.sh"
open(editor, "w").write("#!/bin/bash\npython3 - \"$1\" <<'PY'\nimport sys; p=sys.argv[1]; s=open(p).read(); open(p,'w').write(s.replace('The monitors observed bruising','The monitors observed bruising [edit-after-removal secret]{.internal}'))\nPY\n")
os.chmod(editor, 0o755)
r = subprocess.run([web.T, "edit", "INT-2014-044"], env=dict(env, EDITOR=editor), capture_output=True, text=True)
print("tamga edit:", r.returncode, r.stdout.strip())
s, h, t, _ = g.get("/documents/INT-2014-044")
print("Gone's old session previews INT-2014-044:", s, "| sees the text added after his removal:", "edit-after-removal secret" in t)
pg.terminate(); pg.wait()
