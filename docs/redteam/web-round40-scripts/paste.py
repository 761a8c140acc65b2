"""(c) Text pasted from Word / marked with the page's own buttons, written through the web form, then exported for
the State through the web; the same source added with the CLI (`tamga add`) and exported, to compare.
Each case: (label, body). Secret words are 'alpha'..'omega' + the detainee name; they must not reach the State."""
import html, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import web
D = sys.argv[1]
NAME = "Bakyt Usenov"
CASES_EXTRA = [
  ("bom-in-name", "The detainee Bakyt Use\ufeffnov was seen."),
  ("rlo-in-name", "The detainee Bakyt \u202eUsenov\u202c was seen."),
  ("lrm-in-name", "The detainee Bakyt\u200e Usenov was seen."),
  ("ls-in-internal-span", "Seen [alpha\u2028beta]{.internal} now."),
  ("nel-fence", "Intro.\n\n::: internal\u0085gamma\n:::\n\nEnd."),
  ("ff-in-span", "Seen [delta\x0cepsilon]{.internal} now."),
  ("tab-fence", "Intro.\n\n:::\tinternal\nzeta eta\n:::\n\nEnd."),
  ("control-sanity-unmarked", "Unmarked theta here."),
  ("name-hyphen-linebreak", "The detainee Bakyt Use-\nnov was seen."),
  ("name-cyrillic-homoglyph", "The detainee Bakyt Us\u0435nov was seen."),
]
CASES = [
  ("plain-internal-span", "Seen in [cell alpha]{.internal} today."),
  ("button-two-paragraphs", "Intro.\n\n[First paragraph beta.\n\nSecond paragraph gamma.]{.internal}\n\nEnd."),
  ("button-heading-inside", "Intro.\n\n[## Heading delta\nbody epsilon]{.internal}\n"),
  ("button-lone-bracket", "He said [zeta ] eta]{.internal} then."),
  ("button-trailing-backslash", "Note [theta\\]{.internal} end."),
  ("button-backtick", "Note [iota `kappa]{.internal} and ` end."),
  ("button-list-item", "Intro.\n\n[- lambda\n- mu]{.internal}\n"),
  ("smart-quotes-attr", "Note [nu]{.internal title=\u201cx\u201d} end."),
  ("nbsp-in-attr", "Note [xi]{\u00a0.internal} end."),
  ("nbsp-in-name", "The detainee Bakyt\u00a0Usenov was seen."),
  ("soft-hyphen-in-name", "The detainee Bakyt Use\u00adnov was seen."),
  ("zwsp-in-name", "The detainee Bakyt Use\u200bnov was seen."),
  ("zwj-in-name", "The detainee Baky\u200dt Usenov was seen."),
  ("wordjoiner-in-name", "The detainee Bakyt Usen\u2060ov was seen."),
  ("smart-apostrophe", "Usenov\u2019s cell was seen."),
  ("crlf-internal-fence", "Intro.\r\n\r\n::: internal\r\nomicron pi\r\n:::\r\n\r\nEnd."),
  ("lone-cr-fence", "Intro.\r\r::: internal\rrho sigma\r:::\r\rEnd."),
  ("fence-nbsp", "Intro.\n\n:::\u00a0internal\ntau upsilon\n:::\n\nEnd."),
  ("close-span-in-paste", "[Quote: \u201cphi]{.state} chi\u201d]{.internal}"),
  ("fullwidth-brackets", "Note \uff3bpsi\uff3d{.internal} end."),
]
SECRETS = ["alpha","beta","gamma","delta","epsilon","zeta","eta","theta","iota","kappa","lambda","mu","nu","xi",
           "omicron","pi","rho","sigma","tau","upsilon","phi","chi","psi","Usenov","Usen","Bakyt","nov"]
def leaked(text):
    words = re.findall(r"[A-Za-z]+", text)
    return sorted({w for w in words if w in SECRETS} | ({"Usenov-variant"} if re.search(r"Use.{0,3}nov|Usen.{0,2}ov|Baky.?t", text) else set()))
p, base, token = web.serve(D)
c = web.session(base, token, D, "Admin")
T = web.T
env = dict(os.environ, TAMGA_PASSPHRASE_FILE=D+"/passphrase", TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=D+"/vault",
           TAMGA_MEMBER="Admin", XDG_STATE_HOME=D+"/state-Admin")
CASES = CASES_EXTRA if os.environ.get("EXTRA") else CASES
for n, (label, body) in enumerate(CASES):
    did = f"VR-2026-{100+n}"
    c.get("/documents/new")
    f = {"csrf": c.csrf, "id": did, "kind": "visit-report", "title": "Paste test", "date": "2026-11-30", "facility": "IVS-1",
         "level": "state", "personRows": "1", "person-0-id": "D-0100", "person-0-name": NAME, "person-0-role": "detainee", "body": body}
    s, h, t, _ = c.post("/documents/new", f)
    if s != 200:
        err = re.search(r'class="error"[^>]*>(.*?)</(?:p|div)>', t, re.S)
        web_result = f"web {s} refused: " + (re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", html.unescape(err.group(1))))[:110] if err else "?")
    else:
        s2, h2, t2, _ = c.post(f"/documents/{did}/export", {"csrf": c.csrf, "audience": "state", "format": "md"})
        key = re.search(r'/downloads/([0-9a-f]+)" download="[^"]+\.md"', t2)
        if not key:
            web_result = "web stored; export refused: " + re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", re.sub(r"<style.*?</style>", "", t2, flags=re.S)))[-160:]
        else:
            out = c.get("/downloads/" + key.group(1))[2]
            body_out = out
            web_result = f"web stored; state export leaks {leaked(body_out)}"
    # the same source through the CLI
    src = f"---\nid: \"{did}-C\"\nkind: \"visit-report\"\ntitle: \"Paste test\"\ndate: 2026-11-30\nfacility: \"IVS-1\"\nlevel: \"state\"\npersons:\n  \"D-0100\":\n    name: \"{NAME}\"\n    role: \"detainee\"\n    consent: []\n---\n" + body
    fn = f"{D}/paste-{n}.md"; open(fn, "w", newline="").write(src.replace(did, did + "-C") if False else src)
    r = subprocess.run([T, "add", fn], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        cli = "cli refused: " + [l for l in r.stderr.splitlines() if "Error" in l][:1].__str__()[:120]
    else:
        outdir = f"{D}/exp-{n}"; os.makedirs(outdir, exist_ok=True)
        r2 = subprocess.run([T, "export", did + "-C", "--audience", "state", "-o", outdir], env=env, capture_output=True, text=True)
        if r2.returncode != 0: cli = "cli stored; export refused: " + r2.stderr.strip().splitlines()[-1][:100]
        else:
            txt = "".join(open(os.path.join(outdir, x)).read() for x in os.listdir(outdir) if x.endswith(".md"))
            cli = f"cli stored; state export leaks {leaked(txt)}"
    print(f"{label:28s} | {web_result} | {cli}")
p.terminate(); p.wait()
