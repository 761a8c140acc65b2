"""A rekey started from the members page, then Lock: does the work go on with the keys (and write), what does the
unlock page say; then stop the server in the middle of a rekey: what is left."""
import os, re, subprocess, sys, time, web
D = sys.argv[1]; mode = sys.argv[2] if len(sys.argv) > 2 else "lock"
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
def msg(t):
    t = re.sub(r"<style.*?</style>|<script.*?</script>", "", t, flags=re.S)
    m = re.search(r'<main[^>]*>(.*?)</main>', t, re.S); t = m.group(1) if m else t
    return re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", t)).strip()
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/members")
s = c.post("/members/rekey", {"csrf": c.csrf}); print("plan:", s[0], msg(s[2])[:300])
t0 = time.time(); s = c.post("/members/rekey", {"csrf": c.csrf, "confirm": "yes"}); print("start:", s[0], s[1].get("location"))
time.sleep(1.0)
s = c.get("/members/rekey"); print(f"{time.time()-t0:.1f}s status:", msg(s[2])[:200])
if mode == "lock":
    s = c.post("/lock", {"csrf": c.csrf}); print("Lock:", s[0], s[1].get("location"))
    s = c.get("/unlock"); print("unlock page after Lock says:", msg(s[2])[:300])
    while True:
        time.sleep(2)
        log = subprocess.run([web.T, "log"], env=env, capture_output=True, text=True).stdout.strip().splitlines()
        if any(" rekey" in l for l in log[-3:]): break
        if time.time() - t0 > 300: break
    print(f"{time.time()-t0:.1f}s after start, log tail after Lock:", log[-2:])
    c2 = web.session(base, "x", D) if False else None
    p.terminate(); p.wait()
else:
    time.sleep(float(mode))
    p.terminate(); p.wait(); print(f"server stopped (SIGTERM) {time.time()-t0:.1f}s after the start")
    left = subprocess.run(["bash", "-c", f"find {D}/vault -name '.tmp*' | wc -l"], capture_output=True, text=True).stdout.strip()
    print("temporary files left:", left)
    r = subprocess.run([web.T, "check"], env=env, capture_output=True, text=True); print("check:", r.returncode, (r.stdout + r.stderr).strip().splitlines()[-1][:200])
    r = subprocess.run([web.T, "rekey", "--all"], env=env, capture_output=True, text=True); print("CLI rekey --all afterwards:", r.returncode, (r.stdout + r.stderr).strip()[:300])
