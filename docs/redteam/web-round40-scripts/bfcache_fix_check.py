"""Fix check for F15 on a plain server (not tamga): a no-store page with an HttpOnly cookie; then a 'lock' POST that
answers (a) plain 303, (b) 303 + a changed Set-Cookie, (c) 303 + Clear-Site-Data: "cache", (d) plain 303 but the page
has a pageshow handler that reloads when persisted. After Back: is the old page (JS state) shown?"""
import http.server, os, sys, threading, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
os.environ.setdefault("SE_OFFLINE", "true")
MODE = {"v": "a"}
LOCKED = {"v": False}
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Type", "text/html; charset=utf-8"); self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-abc'; style-src 'nonce-abc'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        self.send_header("X-Content-Type-Options", "nosniff"); self.send_header("Referrer-Policy", "no-referrer"); self.send_header("X-Frame-Options", "DENY")
        if self.path == "/start": self.send_header("Set-Cookie", "s=1; HttpOnly; SameSite=Strict; Path=/")
        script = "<script nonce=abc>addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });</script>" if MODE["v"] == "d" else ""
        if self.path == "/list":
            b = f"<html><body>{script}list <form method=post action=/lock><button id=lock>Lock</button></form></body></html>".encode(); self._b(b); return
        if self.path in ("/start", "/secret") and not LOCKED["v"]:
            self._b(f"<html><body>{script}SECRETTEXT <form method=post action=/lock><button id=lock>Lock</button></form></body></html>".encode())
        else:
            self._b(b"<html><body>locked page</body></html>")
    def _b(self, b):
        self.send_header("Content-Length", str(len(b))); self.end_headers(); self.wfile.write(b)
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0)); LOCKED["v"] = True
        self.send_response(303); self.send_header("Location", "/unlock")
        if MODE["v"] == "b": self.send_header("Set-Cookie", "s=2; HttpOnly; SameSite=Strict; Path=/")
        if MODE["v"] == "c": self.send_header("Clear-Site-Data", '"cache"')
        self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H); threading.Thread(target=srv.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{srv.server_port}"
o = webdriver.ChromeOptions(); o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]: o.add_argument(a)
for mode in (os.environ.get("MODES") or "abcd"):
    MODE["v"] = mode; LOCKED["v"] = False
    drv = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
    drv.get(base + "/start"); drv.get(base + "/secret"); drv.execute_script("window.__m = 1;"); drv.get(base + "/list")
    drv.find_element(By.ID, "lock").click(); time.sleep(1); drv.back(); time.sleep(1.5); drv.back(); time.sleep(1.5)
    restored = drv.execute_script("return window.__m || null;")
    why = drv.execute_script("var e = performance.getEntriesByType('navigation')[0]; return e && e.notRestoredReasons ? JSON.stringify(e.notRestoredReasons) : null;")
    print("   notRestoredReasons:", (why or "")[:400])
    print(f"mode {mode}: after Back url={drv.current_url.replace(base, '')} restored-from-bfcache={bool(restored)} shows-secret={'SECRETTEXT' in drv.page_source}")
    drv.quit()
