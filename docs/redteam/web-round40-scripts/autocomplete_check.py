"""Checks the fix direction for F14 on a plain page (not tamga): does Chromium keep typed text of a form with
autocomplete="off" in its session files? Two forms, one marker each."""
import http.server, os, shutil, sys, threading, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
os.environ.setdefault("SE_OFFLINE", "true")
PROFILE = "/tmp/wa40/ac-profile"; shutil.rmtree(PROFILE, ignore_errors=True)
PAGE = b"""<!doctype html><form method=post action=/x><textarea id=a name=a></textarea></form>
<form method=post action=/y autocomplete=off><textarea id=b name=b></textarea></form><a id=go href=/other>go</a>"""
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Type", "text/html"); self.send_header("Cache-Control", "no-store"); self.end_headers()
        self.wfile.write(PAGE if self.path == "/" else b"other")
    def log_message(self, *a): pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H); threading.Thread(target=srv.serve_forever, daemon=True).start()
o = webdriver.ChromeOptions(); o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--user-data-dir={PROFILE}"]: o.add_argument(a)
drv = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
drv.get(f"http://127.0.0.1:{srv.server_port}/")
drv.find_element(By.ID, "a").send_keys("PLAINFORMMARK"); drv.find_element(By.ID, "b").send_keys("OFFFORMMARK")
drv.find_element(By.ID, "go").click(); time.sleep(3); drv.quit(); time.sleep(1)
found = {m: [] for m in ("PLAINFORMMARK", "OFFFORMMARK")}
for dp, _, fs in os.walk(PROFILE):
    for f in fs:
        try: data = open(os.path.join(dp, f), "rb").read()
        except Exception: continue
        for m in found:
            if m.encode() in data or m.encode("utf-16-le") in data: found[m].append(os.path.join(dp, f).replace(PROFILE, "P"))
print(found)
