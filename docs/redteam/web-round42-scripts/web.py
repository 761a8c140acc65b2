"""Harness: start `tamga serve` on a vault built by setup.sh, and a cookie-jar client.
Passphrase only from the file (read in Python, posted in a form body), never argv."""
import http.client, os, re, subprocess, time, urllib.parse

T = "/work/notes/web-attack-42/tamga"
TIMEOUT = 60

def serve(d, member="Admin", extra=(), env_extra=None):
    env = dict(os.environ)
    env.update({"TAMGA_TEST_ONLY_WEAK_KDF": "1", "TAMGA_VAULT": d + "/vault",
                "XDG_STATE_HOME": d + "/state-" + member})
    env.pop("TAMGA_PASSPHRASE_FILE", None); env.pop("TAMGA_MEMBER", None)
    if env_extra: env.update(env_extra)
    err = open(d + f"/serve-{member}.stderr", "ab")
    p = subprocess.Popen([T, "serve", *extra], stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=d)
    line = p.stdout.readline().decode()
    m = re.search(r"(http://[^/#\s]+)/#([0-9a-f]+)", line)
    assert m, line
    return p, m.group(1), m.group(2)

class Client:
    def __init__(self, base, host=None):
        u = urllib.parse.urlsplit(base)
        self.hostport = ("127.0.0.1", u.port); self.host = host or u.netloc; self.cookies = {}
        self.csrf = None
    def req(self, method, path, body=None, headers=None, ctype="application/x-www-form-urlencoded"):
        c = http.client.HTTPConnection(*self.hostport, timeout=TIMEOUT)
        h = {"Host": self.host}
        if self.cookies: h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            if isinstance(body, (list, dict)): body = urllib.parse.urlencode(body)
            if isinstance(body, str): body = body.encode()
            h["Content-Type"] = ctype
        h.update(headers or {})
        c.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for k, v in h.items(): c.putheader(k, v)
        if body is not None: c.putheader("Content-Length", str(len(body)))
        c.endheaders(body)
        r = c.getresponse(); data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                n, val = v.split(";")[0].split("=", 1); self.cookies[n] = val
        text = data.decode("utf-8", "replace")
        m = re.search(r'name="csrf" value="([0-9a-f]{64})"', text)
        if m: self.csrf = m.group(1)
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), text, data
    def get(self, path, **kw): return self.req("GET", path, **kw)
    def post(self, path, fields, **kw):
        f = list(fields.items()) if isinstance(fields, dict) else list(fields)
        return self.req("POST", path, body=f, **kw)

def session(base, token, d, member=None):
    c = Client(base)
    s = c.post("/session", {"token": token}); assert s[0] == 303, s
    c.get("/unlock")
    pw = open(d + "/passphrase").read().rstrip("\n")
    f = {"csrf": c.csrf, "passphrase": pw}
    if member: f["member"] = member
    s = c.post("/unlock", f); assert s[0] == 303 and "/documents" in s[1].get("location", ""), s[:3]
    return c
