"""Destruction from the document page when one document's folder cannot be written (chattr +i on one folder, as a full
disk or a read-only sync folder would): is anything left half-written?"""
import os, re, subprocess, sys, web
BASE = sys.argv[1]
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
def snapshot(v):
    out = {}
    for root, dirs, files in os.walk(v):
        for f in files:
            p = os.path.join(root, f); out[os.path.relpath(p, v)] = os.path.getsize(p)
    return out
blinds = sorted(os.listdir(BASE + "/vault/documents"))
for target in (["attachments"] if len(sys.argv) < 3 else sys.argv[2:]):
    D = BASE + "-d" + target[:6]
    subprocess.run(["rm", "-rf", D]); subprocess.run(["cp", "-a", BASE, D])
    # key dirs hold absolute paths? state dirs are per member; the vault path is given by env
    path = D + "/vault/" + (("documents/" + target) if target in blinds else target)
    env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
    before = snapshot(D + "/vault")
    p, base, token = web.serve(D, "Admin")
    c = web.session(base, token, D, "Admin"); c.get("/documents/VR-2014-017/destroy")
    subprocess.run(["chattr", "-R", "+i", path])
    s = c.post("/documents/VR-2014-017/destroy", {"csrf": c.csrf, "reason": "retention over", "typed": "VR-2014-017"})
    subprocess.run(["chattr", "-R", "-i", path])
    p.terminate(); p.wait()
    after = snapshot(D + "/vault")
    new = [k for k in after if k not in before]; gone = [k for k in before if k not in after]
    chk = subprocess.run([web.T, "check"], env=env, capture_output=True, text=True)
    show = subprocess.run([web.T, "list"], env=env, capture_output=True, text=True)
    print(f"\n[{target}] POST destroy: {s[0]} {msg(s[2])[:900]}")
    left = [k for k in before if k in after and (k.startswith("attachments") or k.startswith("datakeys") or k.startswith("documents"))]
    print("   tidy:", subprocess.run([web.T, "check", "--tidy"], env=env, capture_output=True, text=True).stdout.strip()[-300:])
    print(f"   files new: {len(new)} removed: {len(gone)}  e.g. new={new[:4]}")
    print(f"   check: rc={chk.returncode} {(chk.stdout+chk.stderr).strip().splitlines()[-1][:200] if (chk.stdout+chk.stderr).strip() else ''}")
    print(f"   person show: rc={show.returncode} still listed: {'VR-2014-017' in show.stdout} | {show.stdout.strip().splitlines()[:2]}")
