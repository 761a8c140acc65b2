"""(a) After Lock, does the browser's Back button show the previous pages (internal text) again?"""
import os, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
os.environ.setdefault("SE_OFFLINE", "true")
D = sys.argv[1]
p, base, token = web.serve(D)
o = webdriver.ChromeOptions(); o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]: o.add_argument(a)
drv = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
try:
    drv.get(f"{base}/#{token}")
    WebDriverWait(drv, 20).until(lambda d: "/unlock" in d.current_url)
    drv.find_element(By.ID, "member").send_keys("Admin")
    drv.find_element(By.ID, "passphrase").send_keys(open(D + "/passphrase").read().rstrip("\n"))
    drv.find_element(By.CSS_SELECTOR, "form[action='/unlock'] button").click()
    WebDriverWait(drv, 20).until(lambda d: "/documents" in d.current_url)
    drv.get(base + "/documents/VR-2014-017"); print("preview shows Sadykov:", "Sadykov" in drv.page_source)
    drv.execute_script("window.__wa40 = 'set before Lock';")
    drv.get(base + "/documents")
    drv.find_element(By.CSS_SELECTOR, "form[action='/lock'] button").click(); time.sleep(1)
    print("after Lock at:", drv.current_url)
    import web as w2; x = w2.Client(base); print("(server side) the vault is locked: GET /documents without cookie ->", x.get("/documents")[0])
    for i in range(3):
        drv.back(); time.sleep(1.5)
        mark = drv.execute_script("return window.__wa40 || null;")
        nav = drv.execute_script("var e = performance.getEntriesByType('navigation')[0]; return e ? e.type : null;")
        why = drv.execute_script("var e = performance.getEntriesByType('navigation')[0]; return e && e.notRestoredReasons ? JSON.stringify(e.notRestoredReasons.reasons) : null;")
        print(f"Back x{i+1}: notRestoredReasons={why} | {drv.current_url} | shows Sadykov: {'Sadykov' in drv.page_source} | JS state from before Lock: {mark} | navigation: {nav}")
finally:
    drv.quit(); p.terminate(); p.wait()
