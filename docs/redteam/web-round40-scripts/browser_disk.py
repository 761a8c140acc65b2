"""(d) What the monitor's browser writes to its own profile on disk during a session: a text typed into the write
form (not saved), a preview page, an attachment download (its original name is kept only inside the vault's
encryption), then Lock and quit. Greps the profile and the download folder for the markers."""
import os, re, shutil, subprocess, sys, time, uuid
sys.path.insert(0, os.path.dirname(__file__))
import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
os.environ.setdefault("SE_OFFLINE", "true")
D = sys.argv[1]
PROFILE = D + "/chrome-profile"; DL = D + "/chrome-downloads"
shutil.rmtree(PROFILE, ignore_errors=True); shutil.rmtree(DL, ignore_errors=True); os.makedirs(DL)
TYPED = "TYPEDMARK" + uuid.uuid4().hex[:6]
# an attachment with a telling original name
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault", TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
photo = D + "/Sadykov_bruises_NAMEMARK.jpg"; open(photo, "wb").write(b"PHOTOBYTESMARK")
subprocess.run([web.T, "attach", "VR-2014-017", photo], env=env, capture_output=True)
p, base, token = web.serve(D)
o = webdriver.ChromeOptions(); o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--user-data-dir={PROFILE}"]: o.add_argument(a)
o.add_experimental_option("prefs", {"download.default_directory": DL, "download.prompt_for_download": False})
drv = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
try:
    drv.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DL})
    drv.get(f"{base}/#{token}")
    WebDriverWait(drv, 20).until(lambda d: "/unlock" in d.current_url)
    drv.find_element(By.ID, "member").send_keys("Admin")
    drv.find_element(By.ID, "passphrase").send_keys(open(D + "/passphrase").read().rstrip("\n"))
    drv.find_element(By.CSS_SELECTOR, "form[action='/unlock'] button").click()
    WebDriverWait(drv, 20).until(lambda d: "/documents" in d.current_url)
    drv.get(base + "/documents/VR-2014-017")             # the preview (internal text, Sadykov)
    drv.get(base + "/documents/new")
    drv.find_element(By.ID, "body").send_keys(f"Draft with {TYPED} about the informant.")
    drv.find_element(By.NAME, "title").send_keys(f"Title {TYPED}")
    drv.get(base + "/documents/VR-2014-017/attachments")   # leaves the form unsaved
    link = [a for a in drv.find_elements(By.TAG_NAME, "a") if re.search(r"/attachments/[0-9a-f]{12}$", a.get_attribute("href") or "")]
    print("attachment links:", [a.text for a in link])
    if link: link[-1].click(); time.sleep(3)
    drv.get(base + "/documents/VR-2014-017/edit"); time.sleep(1)   # the edit page: the whole internal source in the text area, untouched
    drv.back(); time.sleep(1); drv.back(); time.sleep(2)   # back to the form: is the typed text restored?
    restored = drv.execute_script("var b=document.getElementById('body'); return b ? b.value : null;")
    print("typed text restored in the form after Back:", bool(restored and TYPED in restored))
    drv.get(base + "/documents")
    drv.find_element(By.CSS_SELECTOR, "form[action='/lock'] button").click(); time.sleep(1)
finally:
    drv.quit(); p.terminate(); p.wait()
time.sleep(1)
hits = {}
for root in (PROFILE, DL):
    for dp, _, fs in os.walk(root):
        for f in fs:
            path = os.path.join(dp, f)
            try: data = open(path, "rb").read()
            except Exception: continue
            for m in (TYPED, "NAMEMARK", "PHOTOBYTESMARK", "Sadykov", "night-shift", "correct horse"):
                for enc in (m.encode(), m.encode("utf-16-le")):
                    if enc in data: hits.setdefault(m, set()).add(path.replace(D, "D"))
for m, paths in hits.items(): print(f"{m!r} on disk in: {sorted(paths)[:6]}")
print("nothing found" if not hits else "")
