"""(c) A huge paste in the browser: a Russian text over the 1 MiB form limit. What does the monitor see, and is the
text still there after Back?"""
import os, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
os.environ.setdefault("SE_OFFLINE", "true")
D = sys.argv[1]; CHARS = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
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
    drv.get(base + "/documents/new")
    drv.find_element(By.NAME, "id").send_keys("VR-2026-900")
    drv.find_element(By.NAME, "title").send_keys("Long report")
    text = ("Мониторы посетили изолятор и побеседовали с задержанными. " * (CHARS // 58 + 1))[:CHARS]
    drv.execute_script("document.getElementById('body').value = arguments[0];", text)
    print("pasted characters:", len(text), "≈ url-encoded bytes:", len(text.encode()) * 3)
    drv.find_element(By.CSS_SELECTOR, "#write-form button[type=submit]").click()
    time.sleep(3)
    print("after Save:", drv.current_url, "|", drv.find_element(By.TAG_NAME, "main").text[:300].replace("\n", " "))
    drv.back(); time.sleep(3)
    kept = drv.execute_script("var b = document.getElementById('body'); return b ? b.value.length : -1;")
    print("after Back: text area holds", kept, "characters (pasted", len(text), ")")
finally:
    drv.quit(); p.terminate(); p.wait()
