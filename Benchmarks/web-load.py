#!/usr/bin/env python3
"""Page views of `tamga serve` from 20 concurrent clients on loopback (issue 20).

The server keeps one unlocked session per process (a monitor's own machine),
so the 20 clients share that session's cookie, as 20 browser tabs would; each
views the pages below in turn, ROUNDS times. Standard library only.

    TAMGA_WEB_ADDRESS=http://127.0.0.1:PORT/#TOKEN TAMGA_WEB_PASSPHRASE=FILE \\
        python3 Benchmarks/web-load.py [CLIENTS] [ROUNDS]

Prints every status other than 200 (an error), the median, 90th percentile and
slowest page time, each page's median, the wall time and the load average;
exits 1 on any error.
"""

import os
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ADDRESS = os.environ["TAMGA_WEB_ADDRESS"]
BASE, TOKEN = ADDRESS.split("#", 1)
BASE = BASE.rstrip("/")
CLIENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
PAGES = ["/documents", "/documents/VR-2014-017", "/persons", "/persons/D-0042", "/stats?audience=state&by=facility",
         "/recommendations?audience=state", "/members", "/log?doc=VR-2014-017", "/documents/VR-2014-017/attachments"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def request(path, data=None, cookie=None):
    req = urllib.request.Request(BASE + path, data=urllib.parse.urlencode(data).encode() if data else None)
    if cookie:
        req.add_header("Cookie", cookie)
    try:
        with opener.open(req, timeout=120) as reply:
            return reply.status, reply.headers, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def unlock():
    status, headers, _ = request("/session", {"token": TOKEN})
    cookie = headers.get("Set-Cookie", "").split(";")[0]
    assert status == 303 and cookie, f"the token was refused: {status}"
    _, _, page = request("/unlock", cookie=cookie)
    csrf = re.search(rb'name="csrf" value="([0-9a-f]{64})"', page).group(1).decode()
    with open(os.environ["TAMGA_WEB_PASSPHRASE"], encoding="utf-8") as handle:
        passphrase = handle.read().rstrip("\n")
    status, headers, _ = request("/unlock", {"csrf": csrf, "passphrase": passphrase}, cookie)
    assert status == 303 and headers.get("Location") == "/documents", f"unlock failed: {status}"
    return cookie


def main():
    cookie = unlock()
    times, errors, lock = [], [], threading.Lock()
    by_page = {path: [] for path in PAGES}

    def client(number):
        for round_number in range(ROUNDS):
            for index in range(len(PAGES)):
                path = PAGES[(index + number) % len(PAGES)]  # the clients start on different pages
                started = time.monotonic()
                status, _, body = request(path, cookie=cookie)
                elapsed = time.monotonic() - started
                with lock:
                    times.append(elapsed)
                    by_page[path].append(elapsed)
                    if status != 200 or not body:
                        errors.append(f"{path}: {status}")

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    times.sort()
    print(f"{CLIENTS} clients x {ROUNDS} rounds x {len(PAGES)} pages = {len(times)} page views in {wall:.1f} s "
          f"({len(times) / wall:.1f} per second)")
    print(f"page time: median {statistics.median(times) * 1000:.0f} ms, 90th percentile {times[int(len(times) * 0.9)] * 1000:.0f} ms, "
          f"slowest {times[-1] * 1000:.0f} ms")
    print("median by page: " + ", ".join(f"{path} {statistics.median(t) * 1000:.0f} ms" for path, t in by_page.items()))
    print(f"errors: {len(errors)}" + "".join(f"\n  {e}" for e in errors[:20]))
    print(f"load average after: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
