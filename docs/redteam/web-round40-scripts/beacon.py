"""F12: an image reference written in a document's text stays in the signed HTML export; opening the export in a
browser (as a State official would, from a file) fetches it from the writer's server."""
import http.server, os, re, sys, threading, time
sys.path.insert(0, os.path.dirname(__file__))
import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
os.environ.setdefault("SE_OFFLINE", "true")
D = sys.argv[1]
hits = []
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        hits.append((self.path, self.headers.get("Referer"), self.headers.get("User-Agent", "")[:40])); self.send_response(404); self.end_headers()
    def log_message(self, *a): pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H); threading.Thread(target=srv.serve_forever, daemon=True).start()
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin"); c.get("/documents/new")
body = f"## Summary {{.public}}\n\nThe visit went well. ![](http://127.0.0.1:{srv.server_port}/pixel.png?doc=VR-2026-981)\n"
s = c.post("/documents/new", {"csrf": c.csrf, "id": "VR-2026-981", "kind": "visit-report", "title": "Beacon", "date": "2026-11-30",
    "level": "public", "personRows": "0", "body": body}); print("write:", s[0])
s2 = c.post("/documents/VR-2026-981/export", {"csrf": c.csrf, "audience": "state", "format": "html"})
key = re.search(r'/downloads/([0-9a-f]+)" download="[^"]+\.html"', s2[2]).group(1)
html = c.get("/downloads/" + key)[3]; path = D + "/VR-2026-981.state.html"; open(path, "wb").write(html)
p.terminate(); p.wait()
o = webdriver.ChromeOptions(); o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]: o.add_argument(a)
drv = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
drv.get("file://" + path); time.sleep(2); drv.quit()
print("the writer's server saw, when the State's HTML export was opened:", hits)
