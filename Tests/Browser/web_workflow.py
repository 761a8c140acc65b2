#!/usr/bin/env python3
"""The whole `tamga serve` workflow in a real browser (issue 20).

Debian's chromium, driven through chromium-driver by Selenium, with the
server's own headers in force (Content-Security-Policy, cookies, Host check).
One server, one vault, one browser session for the whole flow, in order:

  the token page; a wrong passphrase, then the right one; a form without the
  CSRF token, a request without the session cookie and a page under a foreign
  Host name (DNS rebinding, through Chromium's host resolver) are all refused;
  another program listening on a loopback port, visited directly and through a
  bounce from another site, gets no session cookie, and the server's own
  127.0.0.1 address is refused (web round 40 F1: the server lives under a
  per-run t-<random>.localhost name);
  a visit report written through the form, with a detainee and a span marked
  internal by the page's own button; its three versions; an export for the
  State, downloaded and verified with stock minisign; consent granted and
  withdrawn, each changing the next State export; an attachment uploaded,
  listed and downloaded; Lock, after which Back shows none of the pages seen
  before (web round 40 F15), and unlocking again; the other pages, with a State member added on the
  members page (the form, the confirmation, the list); the write form in
  Russian; an idle session locking itself.

On every page axe-core (bundled by the selenium-axe-python package) checks
accessibility; any moderate, serious or critical violation fails the run. Each page is
photographed 1024 px wide into TAMGA_WEB_SCREENSHOTS when that is set.

Started by WebBrowserTests (Tests/TamgaEndToEndTests/Web), which starts the
server. Its environment:
  TAMGA_WEB_ADDRESS      the address `tamga serve` printed (with #token)
  TAMGA_WEB_PASSPHRASE   a file holding the passphrase (never an argument)
  TAMGA_WEB_PUBLIC_KEY   the vault's export key (`tamga key public`), for minisign
  TAMGA_WEB_WORK         a folder for downloads
  TAMGA_WEB_IDLE_SECONDS the server's --idle-minutes, in seconds (15 in WebBrowserTests)
  TAMGA_WEB_ATTACHMENT   a file to upload as an attachment (optional)
  TAMGA_WEB_MEMBER_KEY   a file holding a `tamga member invite` key line, for adding a member (optional)
  TAMGA_WEB_SCREENSHOTS  where to write the PNGs (optional)
Exits 0 when every step passed; prints each failure and the seconds taken.
"""

import http.client as httpclient
import http.server as httpserver
import json
import os
import subprocess
import sys
import threading
import time
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium_axe_python import Axe

# Debian's chromium and chromedriver are named below; Selenium must never try to download a browser or driver.
os.environ.setdefault("SE_OFFLINE", "true")
STARTED = time.monotonic()
ADDRESS = os.environ["TAMGA_WEB_ADDRESS"]
BASE = ADDRESS.split("#", 1)[0].rstrip("/")
PORT = urlsplit(BASE).port
WORK = os.environ["TAMGA_WEB_WORK"]
IDLE = float(os.environ.get("TAMGA_WEB_IDLE_SECONDS", "15"))
SHOTS = os.environ.get("TAMGA_WEB_SCREENSHOTS")
ATTACHMENT = os.environ.get("TAMGA_WEB_ATTACHMENT") or None
MEMBER_KEY = None
if os.environ.get("TAMGA_WEB_MEMBER_KEY"):
    with open(os.environ["TAMGA_WEB_MEMBER_KEY"], encoding="utf-8") as handle:
        MEMBER_KEY = handle.read().strip()
with open(os.environ["TAMGA_WEB_PASSPHRASE"], encoding="utf-8") as handle:
    PASSPHRASE = handle.read().rstrip("\n")

failures = []
accessibility = {}
audited = []


def check(condition, what):
    """Records a failed expectation and goes on (the run fails at the end)."""
    if not condition:
        failures.append(what)
        print(f"FAIL: {what}", flush=True)
    return condition


def browser():
    downloads = os.path.join(WORK, "downloads")
    os.makedirs(downloads, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("TAMGA_CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1024,768",
                     "--lang=en-US", "--force-device-scale-factor=1", "--hide-scrollbars",
                     # A page of another site whose name resolves to this machine (DNS rebinding).
                     "--host-resolver-rules=MAP evil.example 127.0.0.1"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False,
                                              "intl.accept_languages": "en-US,en"})
    service = Service(executable_path=os.environ.get("TAMGA_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver, downloads


def page_ready(driver):
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def audit(driver, name):
    """axe-core on the page as shown; remembers every violation by impact."""
    audited.append(name)
    axe = Axe(driver)
    axe.inject()
    results = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); })"
        "  .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });")
    for violation in results:
        targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:4]
        accessibility.setdefault(name, []).append((violation.get("impact"), violation["id"], violation.get("help", ""), targets))


def shoot(driver, name):
    """A PNG of the page, 1024 px wide, as tall as the page (at most 1600 px)."""
    if not SHOTS:
        return
    height = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)")
    driver.set_window_size(1024, max(480, min(int(height), 1600)))
    driver.save_screenshot(os.path.join(SHOTS, f"{name}.png"))
    driver.set_window_size(1024, 768)


def visit(driver, name, path=None):
    """Opens `path` (or stays), then checks and photographs the page as `name`."""
    if path is not None:
        driver.get(BASE + path)
    page_ready(driver)
    if not name.startswith(("01", "02", "03")) and driver.current_url.endswith("/unlock"):
        check(False, f"{name}: the vault locked itself during the flow (a step took longer than the idle time of {IDLE:.0f} s)")
    audit(driver, name)
    shoot(driver, name)


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def submit(driver, form_selector="form"):
    """Submits through the form's own submit button, like a person would, and waits for the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, form_selector + " button[type=submit]").click()
    WebDriverWait(driver, 30).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id)
    page_ready(driver)


def http(path, method="GET", body=None, cookie=None, host=None):
    """A request outside the browser, for the status code: with or without the session cookie, under another Host.
    Sent to 127.0.0.1 with the server's name as Host (Python does not resolve *.localhost; browsers and curl do)."""
    connection = httpclient.HTTPConnection("127.0.0.1", PORT, timeout=30)
    headers = {"Host": host or urlsplit(BASE).netloc}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    reply = connection.getresponse()
    return reply.status, reply.read().decode("utf-8", "replace")


class Listener(httpserver.BaseHTTPRequestHandler):
    """Another program on a loopback port (another local user's): notes every request's Host, path and Cookie.
    Under the name evil.example its page sends the browser to 127.0.0.1 on its port, which sends it on once more."""
    seen = []

    def do_GET(self):
        Listener.seen.append((self.headers.get("Host"), self.path, self.headers.get("Cookie")))
        port = self.server.server_port
        if (self.headers.get("Host") or "").startswith("evil.example"):
            page = f'<script>location.href = "http://127.0.0.1:{port}/hop1";</script>'
        elif self.path == "/hop1":
            page = '<script>location.href = "/hop2";</script>'
        else:
            page = "<p>another program's page</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(page.encode())

    def log_message(self, *arguments):
        pass


def state_export_text(driver, document):
    """Exports `document` for the State through its page's form and reads the Markdown download back."""
    driver.get(f"{BASE}/documents/{document}")
    page_ready(driver)
    Select(driver.find_element(By.ID, "audience")).select_by_value("state")
    Select(driver.find_element(By.ID, "format")).select_by_value("md")
    submit(driver, "section[aria-labelledby=export-heading] form")
    path = download(driver, f"a[download='{document}.state.md']", f"{document}.state.md")
    if not check(path, f"the State export of {document} did not download"):
        return ""
    with open(path, encoding="utf-8") as handle:
        return handle.read()


downloads_made = [0]


def download(driver, selector, name):
    """Clicks the link into a download folder of its own (the page's policy allows no script to fetch); returns the file's path."""
    downloads_made[0] += 1
    folder = os.path.join(WORK, f"download-{downloads_made[0]}")
    os.makedirs(folder, exist_ok=True)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
    driver.find_element(By.CSS_SELECTOR, selector).click()
    return wait_for_file(folder, name)


def wait_for_file(folder, name, seconds=30):
    path = os.path.join(folder, name)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload") and os.path.getsize(path) > 0:
            return path
        time.sleep(0.1)
    return None


def consent(driver, person, change, date):
    driver.get(f"{BASE}/persons/{person}")
    page_ready(driver)
    driver.find_element(By.CSS_SELECTOR, f"input[name=change][value={change}]").click()
    Select(driver.find_element(By.ID, "audience")).select_by_value("state")
    driver.execute_script("document.getElementById('date').value = arguments[0]", date)
    driver.find_element(By.ID, "obtained-by").send_keys("Gulnara Abdyldaeva")
    submit(driver, f"form[action='/persons/{person}/consent']")
    return text(driver)


def flow(driver, downloads):
    # The DNS-rebinding page first: a site whose name resolves to 127.0.0.1 gets nothing.
    driver.get(f"http://evil.example:{PORT}/")
    check("answers only at its own address" in text(driver), "a page under a foreign Host name was served")
    check(http("/", host=f"evil.example:{PORT}")[0] == 403, "a foreign Host header was not refused with 403")

    # The token page (before the token is given), then the address with the token.
    visit(driver, "01-token", "/")
    driver.get("about:blank")  # else only the fragment changes and the page's script does not run again
    driver.get(ADDRESS)
    WebDriverWait(driver, 30).until(lambda d: d.current_url.endswith("/unlock"))
    check("#" not in driver.current_url, "the token stayed in the address bar")
    visit(driver, "02-unlock")

    # A wrong passphrase: said so, nothing unlocked.
    driver.find_element(By.ID, "passphrase").send_keys("not the passphrase")
    submit(driver)
    check("wrong passphrase" in text(driver), "a wrong passphrase was not refused on the page")
    visit(driver, "03-unlock-wrong-passphrase")
    # The right one with the keyboard alone: Tab from the top of the page to the passphrase field, type, Enter.
    old = driver.find_element(By.TAG_NAME, "html")
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    for _ in range(12):
        if driver.switch_to.active_element.get_attribute("id") == "passphrase":
            break
        ActionChains(driver).send_keys(Keys.TAB).perform()
    check(driver.switch_to.active_element.get_attribute("id") == "passphrase", "the passphrase field cannot be reached with Tab")
    ActionChains(driver).send_keys(PASSPHRASE + Keys.ENTER).perform()
    WebDriverWait(driver, 30).until(lambda d: old.id != d.find_element(By.TAG_NAME, "html").id)
    page_ready(driver)
    check(driver.current_url.endswith("/documents"), f"the right passphrase did not open the documents: {driver.current_url}")

    # The session cookie: HttpOnly, SameSite=Strict; without it, 403; with it but without the CSRF token, 403.
    cookies = {c["name"]: c for c in driver.get_cookies()}
    session = cookies.get("tamga_session")
    if check(session is not None, "no session cookie"):
        check(session.get("httpOnly") is True and session.get("sameSite") == "Strict", f"the cookie's attributes: {session}")
        cookie = f"tamga_session={session['value']}"
        check(http("/documents")[0] == 403, "a request without the session cookie was not refused with 403")
        check(http("/documents", cookie=cookie)[0] == 200, "the session cookie did not open the list")
        check(http("/lock", "POST", b"", cookie=cookie)[0] == 403, "a form without the CSRF token was not refused with 403")
        check(http("/documents", cookie=cookie, host=f"evil.example:{PORT}")[0] == 403, "the cookie worked under a foreign Host")
    # In the browser: a form of this page without its CSRF token is refused, and the vault stays unlocked.
    driver.execute_script("var f = document.createElement('form'); f.method = 'post'; f.action = '/lock';"
                          "var b = document.createElement('button'); b.type = 'submit'; f.appendChild(b);"
                          "document.body.appendChild(f); b.click();")
    WebDriverWait(driver, 30).until(lambda d: "CSRF" in text(d))
    check("not from this session" in text(driver), "a form without the CSRF token was not refused")
    # And without the cookie the browser gets no page; with it back, the list again.
    driver.delete_cookie("tamga_session")
    driver.get(BASE + "/documents")
    check("No session" in text(driver), "a page without the session cookie was served")
    if session:
        driver.add_cookie({k: session[k] for k in ("name", "value", "path", "httpOnly", "sameSite") if k in session})
    visit(driver, "04-documents", "/documents")
    check("VR-2014-017" in text(driver), "the list does not show VR-2014-017")
    other_ports(driver)

    # Write a visit report through the form: a detainee, a span marked internal with the page's button.
    driver.find_element(By.CSS_SELECTOR, "a[href='/documents/new']").click()
    page_ready(driver)
    driver.find_element(By.ID, "doc-id").send_keys("VR-2026-101")
    Select(driver.find_element(By.ID, "kind")).select_by_value("visit-report")
    driver.find_element(By.ID, "title").send_keys("Visit to SIZO-1, Bishkek")
    driver.execute_script("document.getElementById('date').value = '2026-03-14'")
    driver.find_element(By.ID, "facility").send_keys("SIZO-1 Bishkek")
    driver.find_element(By.ID, "authors").send_keys("Gulnara Abdyldaeva; Nurlan Toktogulov")
    driver.find_element(By.ID, "tags").send_keys("overcrowding, medical-care")
    driver.find_element(By.NAME, "person-0-id").send_keys("D-0101")
    driver.find_element(By.NAME, "person-0-name").send_keys("Bakyt Asanov")
    Select(driver.find_element(By.NAME, "person-0-role")).select_by_value("detainee")
    body = driver.find_element(By.ID, "body")
    body.clear()
    story = ("## Findings {.public}\n\nThe team visited the facility.\n\n## Conditions\n\n"
             "@D-0101 said he was held for three days in cell 7 of the east wing without water.\n")
    body.send_keys(story)
    span = "cell 7 of the east wing"
    driver.execute_script("var b = document.getElementById('body'); var at = b.value.indexOf(arguments[0]);"
                          "b.focus(); b.setSelectionRange(at, at + arguments[0].length);", span)
    driver.find_element(By.CSS_SELECTOR, "#mark-tools button[data-mark=internal]").click()
    check(f"[{span}]{{.internal}}" in body.get_attribute("value"), "the Internal button did not mark the selection")
    visit(driver, "05-write")
    submit(driver, "#write-form")
    check("Stored VR-2026-101, revision 1." in text(driver), f"the report was not stored: {text(driver)[:300]}")
    visit(driver, "06-stored")

    # Its three versions, side by side.
    visit(driver, "07-document", "/documents/VR-2026-101")
    headings = [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
    for column in ["NPM internal", "State authorities", "Public"]:
        check(column in headings, f"the document page has no {column} column: {headings}")

    # Export for the State; download both files; stock minisign verifies them; neither names the detainee.
    Select(driver.find_element(By.ID, "audience")).select_by_value("state")
    Select(driver.find_element(By.ID, "format")).select_by_value("md")
    submit(driver, "section[aria-labelledby=export-heading] form")
    visit(driver, "08-exported")
    for name in ["VR-2026-101.state.md", "VR-2026-101.state.md.minisig"]:
        driver.find_element(By.CSS_SELECTOR, f"a[download='{name}']").click()
    exported = wait_for_file(downloads, "VR-2026-101.state.md")
    signature = wait_for_file(downloads, "VR-2026-101.state.md.minisig")
    if check(exported and signature, "the export did not download"):
        with open(exported, encoding="utf-8") as handle:
            state = handle.read()
        check("The team visited the facility" in state, "the State export lacks the public finding")
        for secret in ["Bakyt", "Asanov", "cell 7", "east wing"]:
            check(secret not in state, f"the State export holds {secret}")
        verified = subprocess.run(["minisign", "-Vm", exported, "-p", os.environ["TAMGA_WEB_PUBLIC_KEY"]],
                                  capture_output=True, text=True)
        check(verified.returncode == 0, f"stock minisign does not verify the download: {verified.stderr.strip()}")

    # Consent granted, then withdrawn: each changes the next State export of VR-2014-017.
    visit(driver, "09-persons", "/persons")
    check("Sadykov" not in state_export_text(driver, "VR-2014-017"), "the State export names Sadykov before consent")
    check("Recorded: D-0042 consents" in consent(driver, "D-0042", "grant", "2014-11-02"), "the consent was not recorded")
    check("Sadykov" in state_export_text(driver, "VR-2014-017"), "consent to the State did not name him in the State export")
    consent(driver, "D-0042", "withdraw", "2014-12-01")
    check("Sadykov" not in state_export_text(driver, "VR-2014-017"), "the withdrawal did not take his name out")
    visit(driver, "10-person", "/persons/D-0042")
    check("2014-11-02" in text(driver) and "2014-12-01" in text(driver), "the person's page lacks the consent history")

    if ATTACHMENT:
        attachments(driver)

    back_after_lock(driver)

    # The other pages.
    for name, path in [("12-statistics", "/stats?audience=state&by=facility"), ("13-recommendations", "/recommendations?audience=state"),
                       ("14-members", "/members"), ("14c-approvals", "/approvals"), ("15-log", "/log"), ("16-check", "/check")]:
        if name == "14c-approvals" and MEMBER_KEY:
            add_member(driver)
        visit(driver, name, path)
        check(driver.current_url.startswith(BASE + path.split("?")[0]), f"{path} sent the browser to {driver.current_url}")

    # The Russian interface (as a browser set to Russian asks for it): the write form, checked and photographed too.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Accept-Language": "ru-RU,ru;q=0.9"}})
    visit(driver, "17-write-ru", "/documents/new")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru", "the page is not marked lang=ru")
    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {}})

    # Idle: no request for longer than the idle time locks the vault.
    time.sleep(IDLE + min(IDLE / 4, 5) + 1.5)
    driver.get(BASE + "/documents")
    page_ready(driver)
    check(driver.current_url.endswith("/unlock"), f"still unlocked after {IDLE:.0f} s idle: {driver.current_url}")


def other_ports(driver):
    """Web round 40 F1: the session cookie reaches no other program on this machine. The monitor follows a link to
    another loopback port, and visits a page of another site that bounces through one; the listener there gets no
    session cookie. The server's own loopback address (not its name) is refused."""
    Listener.seen.clear()
    listener = httpserver.ThreadingHTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    try:
        driver.get(f"http://127.0.0.1:{listener.server_port}/")
        page_ready(driver)
        driver.get(f"http://evil.example:{listener.server_port}/")
        # The page's own script bounces (within a second when run alone; not waited for longer: the idle lock is 15 s).
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline and not any(path == "/hop2" for _, path, _ in Listener.seen):
            time.sleep(0.2)
    finally:
        listener.shutdown()
    print(f"other ports: the listener saw {[(host, path) for host, path, _ in Listener.seen]}", flush=True)
    check(any(path == "/" and host.startswith("127.0.0.1") for host, path, _ in Listener.seen), f"the listener saw too little: {Listener.seen}")
    for host, path, cookie in Listener.seen:
        check("tamga_session" not in (cookie or ""), f"another port got the session cookie: {host} {path}")
    driver.get(f"http://127.0.0.1:{PORT}/documents")
    check("answers only at its own address" in text(driver), "the server answered at 127.0.0.1, where cookies go to every port")
    driver.get(BASE + "/documents")
    page_ready(driver)
    check("VR-2014-017" in text(driver), "the session did not survive the visits elsewhere")


def back_after_lock(driver):
    """Web round 40 F15: after Lock, Back shows no page from before it (the browser's back/forward cache); then unlock again."""
    visit_plain(driver, "/documents/VR-2026-101")
    check("cell 7" in text(driver), "the preview does not show the internal span")
    visit_plain(driver, "/documents")
    submit(driver, "form[action='/lock']")
    check(driver.current_url.endswith("/unlock"), f"Lock did not lead to the unlock page: {driver.current_url}")
    for step in (1, 2):
        driver.back()
        time.sleep(0.5)
        page_ready(driver)
        shown = text(driver)
        check("cell 7" not in shown and "east wing" not in shown, f"Back x{step} after Lock shows the internal text again")
    visit_plain(driver, "/unlock")
    driver.find_element(By.ID, "member").send_keys("Admin")
    driver.find_element(By.ID, "passphrase").send_keys(PASSPHRASE)
    submit(driver, "form[action='/unlock']")
    shown = driver.execute_script("return document.body.textContent + ' hidden=' + document.documentElement.hidden")
    check(driver.current_url.endswith("/documents"), f"unlocking again after Lock failed: {driver.current_url}: {shown[-600:]}")


def visit_plain(driver, path):
    driver.get(BASE + path)
    page_ready(driver)


def add_member(driver):
    """An administrator adds a State member from their key line: the form, the confirmation naming what will happen, the list."""
    driver.find_element(By.ID, "member-name").send_keys("Nurlan Toktogulov")
    driver.find_element(By.ID, "member-key").send_keys(MEMBER_KEY)
    Select(driver.find_element(By.ID, "member-clearance")).select_by_value("state")
    submit(driver, "#add-member-form")
    check("state, public" in text(driver), f"the confirmation does not name the levels: {text(driver)[:300]}")
    visit(driver, "14a-member-confirm")
    submit(driver, "#confirm-form")
    check("Added Nurlan Toktogulov" in text(driver), f"the member was not added: {text(driver)[:300]}")
    rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "tbody tr")]
    check(any(row.startswith("Nurlan Toktogulov") and " state " in f" {row} " for row in rows), f"the new member is not listed: {rows}")
    visit(driver, "14b-member-added")


def attachments(driver):
    """Upload a file to the new report, see it listed, download it back byte for byte."""
    with open(ATTACHMENT, "rb") as handle:
        original = handle.read()
    driver.get(f"{BASE}/documents/VR-2026-101/attachments")
    page_ready(driver)
    driver.find_element(By.ID, "attachment-file").send_keys(ATTACHMENT)
    driver.find_element(By.ID, "attachment-caption").send_keys("Register page")
    submit(driver, "#attach-form")
    check("Attached" in text(driver), f"the upload was not stored: {text(driver)[:300]}")
    name = os.path.basename(ATTACHMENT)
    check(name in text(driver), "the list does not show the uploaded file's name")
    visit(driver, "11-attachments")
    path = download(driver, "a[data-attachment]", name)
    if check(path, "the attachment did not download"):
        with open(path, "rb") as handle:
            check(handle.read() == original, "the downloaded attachment is not the uploaded file")


def main():
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
    driver, downloads = browser()
    try:
        flow(driver, downloads)
    except TimeoutException as error:
        failures.append(f"timed out at {driver.current_url}: {error.msg}")
    except Exception as error:  # any other failure ends the flow, reported with where it stood
        failures.append(f"{type(error).__name__} at {driver.current_url}: {error}")
    finally:
        driver.quit()
    failing = 0
    for page, found in sorted(accessibility.items()):
        for impact, rule, help_text, targets in found:
            print(f"axe {page}: {impact} {rule}: {help_text} at {targets}")
            if impact in ("moderate", "serious", "critical"):
                failing += 1
    check(failing == 0, f"{failing} moderate, serious or critical accessibility violations (axe-core)")
    print(json.dumps({"pages_checked": audited, "failures": len(failures), "seconds": round(time.monotonic() - STARTED, 1)}))
    for failure in failures:
        print(f"failure: {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
