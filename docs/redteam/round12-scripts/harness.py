"""Round-12 harness (round 11's with round 12's persons P-1..P-13, two sensitive strings, R12_BIN / --bin).
Round-11 harness (round 10's, with round 11's persons M-1..M-12 and sensitive strings added, a look-alike fold in the reader view, and R11_BIN / --bin to choose the binary).
Round-10 harness (round 9's, with round 10's new persons and sensitive strings added, and a wider reader view): one fresh vault per attempt (TAMGA_TEST_ONLY_WEAK_KDF=1),
passphrase from a 0600 file via TAMGA_PASSPHRASE_FILE (never argv).
Each attempt: write d0.md (front matter + body), tamga add, then commands.
Results: runs/ID/result.json with every command, stdout, stderr and files written."""
import json, os, re, shutil, subprocess, sys, unicodedata, html, urllib.parse, time

BIN = os.environ.get("R12_BIN", os.path.join(os.path.dirname(os.path.abspath(__file__)), "bin", "tamga"))
if "--bin" in sys.argv:
    _i = sys.argv.index("--bin"); BIN = os.path.abspath(sys.argv[_i + 1]); del sys.argv[_i:_i + 2]
ROOT = os.environ.get("R12_ROOT", os.path.dirname(os.path.abspath(__file__)))
PP = os.environ.get("R12_PP", os.path.join(os.path.dirname(os.path.abspath(__file__)), "pp"))
RUNS = ROOT + "/runs"

PERSONS = [
    ("D-1", "Mikhail Petrov", ["Михаил Петров"], "detainee"),
    ("D-2", "Erke Toktosunova", ["Эрке Токтосунова"], "detainee"),
    ("D-3", "Aibek Sadykov", ["Айбек Садыков"], "detainee"),
    ("D-4", "Erkin Asanov", ["Эркин Асанов"], "detainee"),
    ("D-5", "Ivan Starostin", ["Иван Старостин"], "detainee"),
    ("D-6", "Maksat Belov", ["Максат Белов"], "detainee"),
    ("O-1", "Temir Osmonov", ["Темир Осмонов"], "official"),
    ("D-7", "Aleksandr Kuznetsov", ["Александр Кузнецов"], "detainee"),
    ("R-1", "Natalya Orlova", ["Наталья Орлова"], "relative"),
    ("D-8", "Nurlan Bakyt uulu", ["Нурлан Бакыт уулу"], "detainee"),
    ("W-1", "Aigerim Talant kyzy", ["Айгерим Талант кызы"], "witness"),
    ("D-M", "Zhyldyz Abdrakhmanova-Kasymova", ["Жылдыз Абдрахманова-Касымова"], "detainee"),
    ("D-N", "Ruslan Igorevich Shevchenko", ["Руслан Игоревич Шевченко"], "detainee"),
    ("D-Q", "Chyngyz Azamat uulu", ["Чыңгыз Азамат уулу"], "detainee"),
    ("D-R", "Dilshod Rakhimov", ["Дилшод Рахимов"], "detainee"),
    ("D-S", "Pyotr Semyonov", ["Пётр Семёнов"], "detainee"),
    ("D-T", "Aizhan Zheenbekova", ["Айжан Жээнбекова"], "detainee"),
    ("D-U", "Bubusara Omurbekova", ["Бүбүсара Өмүрбекова"], "detainee"),
    # new in round 9: declared in Cyrillic only, or Latin only
    ("D-V", "Бактыгүл Шаршенбаева", [], "detainee"),
    ("D-W", "Urmat Dzhusupov", [], "detainee"),
    ("D-X", "Нуржан Абдыкалыков", ["Nurzhan Abdykalykov"], "detainee"),
]
# new in round 10: declared by this round only, to test generality
NEW = [
    ("N-1", "Каныбек Исмаилов", ["Kanybek Ismailov"], "detainee"),
    ("N-2", "Айсулуу Мамбетова", [], "detainee"),
    ("N-3", "Timur Akhmedov", [], "detainee"),
    ("N-4", "Бакай Сулайман уулу", [], "detainee"),
    ("N-5", "Нурайым Болот кызы", ["Nuraiym Bolot kyzy"], "witness"),
    ("N-6", "Любовь Морозова", ["Lyubov Morozova"], "relative"),
    ("N-7", "Тынчтык Орозбаев", [], "detainee"),
    ("N-8", "Elena Volkova-Sharipova", ["Елена Волкова-Шарипова"], "detainee"),
    ("N-9", "Олег Викторович Гусев", [], "official"),
    ("N-10", "Жеңиш Токтогулов", [], "detainee"),
]
PERSONS = PERSONS + NEW
# new in round 11: declared by this round only (none in any earlier round or in the project's tests)
NEW11 = [
    ("M-1", "Гүлзада Жоробекова", ["Gulzada Zhorobekova"], "detainee"),
    ("M-2", "Алмаз Кудайбергенов", [], "detainee"),
    ("M-3", "Sergei Lebedev", [], "detainee"),
    ("M-4", "Эрмек Жапаров", [], "detainee"),
    ("M-5", "Бегимай Асылбек кызы", [], "witness"),
    ("M-6", "Нурбек Тологон уулу", ["Nurbek Tologon uulu"], "detainee"),
    ("M-7", "Марина Соловьёва", [], "relative"),
    ("M-8", "Асель Турсунбаева-Берг", ["Assel Tursunbaeva-Berg"], "detainee"),
    ("M-9", "Дамир Рашидович Хасанов", ["Damir Khasanov"], "official"),
    ("M-10", "Мээрим Сатыбалдиева", [], "detainee"),
    ("M-11", "Ырыс Токтобаева", [], "detainee"),
    ("M-12", "Дастан Сейитбеков", ["Dastan Seitbekov"], "detainee"),
]
PERSONS = PERSONS + NEW11
# new in round 12: declared by this round only (grepped: none in harness lists or /work/main/Tests)
NEW12 = [
    ("P-1", "Сезим Урустемова", ["Sezim Urustemova"], "detainee"),
    ("P-2", "Акыл Бөкөнбаев", ["Akyl Bokonbaev"], "detainee"),
    ("P-3", "Игорь Голубь", [], "detainee"),
    ("P-4", "Евгения Воробей", [], "relative"),
    ("P-5", "Станислав Черных", ["Stanislav Chernykh"], "official"),
    ("P-6", "Карина Бектурганова-Лим", [], "detainee"),
    ("P-7", "Shohruh Yo'ldoshev", ["Шохрух Йўлдошев"], "detainee"),
    ("P-8", "Фаррух Қодиров", [], "detainee"),
    ("P-9", "Хусейн Сушанло", ["Khuseyn Sushanlo"], "witness"),
    ("P-10", "Ольга Семёновна Ляхович", [], "official"),
    ("P-11", "Өмүрзак Кеңеш уулу", ["Omurzak Kenesh uulu"], "detainee"),
    ("P-12", "Emre Özdemir", [], "detainee"),
    ("P-13", "Күмүш Абдывали кызы", [], "witness"),
]
PERSONS = PERSONS + NEW12
# Round 12 declares only its own 13 persons (plus the consented S-9): with all 57 persons an attempt took ~35 s on the
# shared 2-core machine, with 13 ~18 s. R12_ALL_PERSONS=1 declares rounds 8-11's persons as well.
if not os.environ.get("R12_ALL_PERSONS"): PERSONS = NEW12
CONSENTED = ("S-9", "Gulnara Abdyldaeva", [], "official")
SENSITIVE = ["cell 14", "камера 14", "Кара-Суу", "Жылуу-Булак", "Үч-Коргон", "колония №47", "Ала-Бука", "Ош-3", "карцер №3", "Беш-Күнгөй", "ШИЗО-2", "Сары-Жаз", "кабинет 217", "Кок-Жар", "медпункт №2"]

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def front(fm):
    title = fm.get("title", "Visit to IVS-1 Bishkek")
    lines = ["---", "id: %s" % fm.get("id", "ATK-9"), "kind: %s" % fm.get("kind", "visit-report"),
             "title: %s" % yq(title), "date: %s" % fm.get("date", "2014-10-28"),
             "facility: %s" % yq(fm.get("facility", "IVS-1 Bishkek")), "level: %s" % fm.get("level", "public")]
    if "lang" in fm: lines.append("lang: %s" % fm["lang"])
    if fm.get("authors_raw"): lines.append("authors: [Urmat Dzhusupov]")
    lines.append("persons:")
    for pid, name, also, role in PERSONS + fm.get("extra_persons", []):
        lines.append("  %s:" % pid)
        lines.append("    name: %s" % yq(name))
        if also: lines.append("    also: [%s]" % ", ".join(yq(a) for a in also))
        lines.append("    role: %s" % role)
        lines.append("    consent: []")
    pid, name, also, role = CONSENTED
    lines += ["  %s:" % pid, "    name: %s" % yq(name), "    role: %s" % role, "    consent: [state, public]"]
    sens = fm.get("sensitive", SENSITIVE)
    if sens: lines.append("sensitive: [%s]" % ", ".join(yq(s) for s in sens))
    if "tags" in fm: lines.append("tags: [%s]" % ", ".join(yq(t) for t in fm["tags"]))
    lines.append("---")
    return "\n".join(lines) + "\n"

def env_for(d):
    e = dict(os.environ)
    for k in list(e):
        if k.startswith("TAMGA_"): del e[k]
    e.update(HOME=d, XDG_STATE_HOME=d + "/state", XDG_CONFIG_HOME=d + "/cfg", XDG_CACHE_HOME=d + "/cache",
             TAMGA_VAULT=d + "/vault", TAMGA_PASSPHRASE_FILE=PP, TAMGA_TEST_ONLY_WEAK_KDF="1", LANG="C.UTF-8")
    return e

def run(d, args, env, stdin=None):
    p = subprocess.run([BIN] + args, cwd=d, env=env, capture_output=True, text=True, input=stdin, timeout=300)
    return {"args": args, "rc": p.returncode, "stdout": p.stdout, "stderr": p.stderr}

def attempt(a):
    """a: dict id, cls, desc, body, fm (dict), cmds (list of arg lists; '{KEY}' replaced by the State key),
    state (bool: add Liaison cleared state), docs (extra docs: list of (fm, body)), needles, clean."""
    d = os.path.join(RUNS, a["id"])
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d + "/out")
    env = env_for(d)
    log = []
    log.append(run(d, ["init", "--name", "Admin"], env))
    key = None
    if a.get("state"):
        r = run(d, ["member", "invite", "--name", "Liaison"], env)
        log.append(r)
        key = r["stdout"].strip().split()[-1] if r["stdout"].strip() else ""
        log.append(run(d, ["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"], env))
        env["TAMGA_MEMBER"] = "Admin"
    docs = [(a.get("fm", {}), a["body"])] + a.get("docs", [])
    for i, (fm, body) in enumerate(docs):
        name = "d%d.md" % i
        with open(os.path.join(d, name), "w") as f:
            f.write(front(fm) + "\n" + body + ("\n" if not body.endswith("\n") else ""))
        log.append(run(d, ["add", name], env))
    for fn, content in a.get("extra_files", {}).items():
        with open(os.path.join(d, fn), "w") as f: f.write(content)
    cmds = a.get("cmds") or [["export", a.get("fm", {}).get("id", "ATK-9"), "--audience", "public", "--format", "md", "-o", "out/out.md"]]
    for c in cmds:
        c = [x.replace("{KEY}", key or "") for x in c]
        log.append(run(d, c, env))
    files = {}
    for root, _, fs in os.walk(d + "/out"):
        for fn in fs:
            p = os.path.join(root, fn)
            try:
                files[os.path.relpath(p, d)] = open(p, encoding="utf-8").read()
            except Exception:
                files[os.path.relpath(p, d)] = "<binary %d bytes>" % os.path.getsize(p)
    res = dict(a, log=log, files=files, doc=open(d + "/d0.md").read())
    json.dump(res, open(d + "/result.json", "w"), ensure_ascii=False, indent=1)
    shutil.rmtree(d + "/vault", ignore_errors=True)
    return res

INVIS = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff\u034f\u180e\u115f\u1160\u3164\uffa0\U000e0000-\U000e007f\ufe00-\ufe0f]")
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u17b4\u17b5\U0001d173-\U0001d17a]")
STRESS = re.compile("[\u0300\u0301\u0307]")  # stress marks, Turkish dot of İ after casefold
def reader_view(t):
    t = html.unescape(t)
    t = urllib.parse.unquote(t)
    t = unicodedata.normalize("NFKC", t)
    t = INVIS.sub("", t)
    t = BIDI.sub("", t)
    t = unicodedata.normalize("NFC", STRESS.sub("", unicodedata.normalize("NFD", t)))
    t = re.sub(r"<!--|-->", " ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = re.sub(r"[*_`~\\^]", "", t)
    return t

CONF = str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h",
    "і": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ɡ": "g", "ӏ": "l", "α": "a", "ο": "o", "ε": "e", "ρ": "p", "κ": "k", "ν": "v", "τ": "t", "υ": "y", "ı": "i", "ё": "e", "ë": "e"})
def skel(t):
    return t.casefold().translate(CONF)

def public_text(res):
    """Everything written or printed for a State/public reader: files under out/ (not .minisig) and stdout
    of commands marked public-facing (export -o -, stats, rec table, summary, show --member Liaison ...)."""
    parts = []
    for k, v in res["files"].items():
        parts.append(("path " + k, k))
        if k.endswith(".minisig"):
            parts.append(("trusted comment " + k, "\n".join(l for l in v.split("\n") if l.startswith("trusted comment:"))))
            continue
        parts.append(("file " + k, v))
        fmt = "html" if k.endswith(".html") else "markdown" if k.endswith(".md") else None
        if fmt and not v.startswith("<binary"):
            try:
                p = subprocess.run(["pandoc", "-f", fmt, "-t", "plain", "--wrap=none"], input=v, capture_output=True, text=True, timeout=60)
                parts.append(("pandoc-plain " + k, p.stdout))
            except Exception as e:
                parts.append(("pandoc-plain " + k, ""))
    for i, c in enumerate(res["log"]):
        if c["args"] and c["args"][0] in ("init", "add", "member"): continue
        parts.append(("stdout %d %s" % (i, " ".join(c["args"])), c["stdout"]))
        if "Liaison" in c["args"] and "--member" in c["args"]:  # round 12: a State member reads the messages too
            parts.append(("stderr %d %s" % (i, " ".join(c["args"])), c["stderr"]))
    return parts

def squash_digits(t):
    return re.sub(r"(?<=\d)[\s\-.\/()\u2010-\u2015\u2212:|]+(?=\d)", "", t)

def judge(res):
    needles = res.get("needles", [])
    hits = []
    for where, text in public_text(res):
        sq = squash_digits(reader_view(text))
        for dg in res.get("digits", []):
            if dg in sq: hits.append((where, dg))
    for where, text in public_text(res):
        rv = reader_view(text)
        low = rv.casefold(); lowsq = re.sub(r"\s+", "", low)
        for n in needles:
            nn = unicodedata.normalize("NFKC", n).casefold()
            low2 = unicodedata.normalize("NFC", STRESS.sub("", unicodedata.normalize("NFD", low)))
            sk = skel(low2); skn = skel(nn)
            nm = lambda x: unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", x) if unicodedata.category(ch) != "Mn"))
            if len(nn) > 3 and (nm(nn) in nm(low) or skel(nm(nn)) in skel(nm(low))):
                hits.append((where, n)); continue
            jn = lambda x: re.sub(r"(?<=\w)[.\-_\u00b7\u2027\u2219](?=\w)", "", x)
            if len(nn) > 4 and skel(jn(nm(nn))) in skel(jn(nm(low))):
                hits.append((where, n)); continue
            if nn in low or nn in low2 or (len(nn) > 4 and re.sub(r"\s+", "", nn) in lowsq) or (len(nn) > 3 and skn in sk):
                hits.append((where, n))
    added = all(c["rc"] == 0 for c in res["log"] if c["args"][0] == "add")
    exp = [c for c in res["log"] if c["args"][0] not in ("init", "add", "member")]
    ok = all(c["rc"] == 0 for c in exp)
    if res.get("clean"):
        if not added: return "REFUSED-CLEAN(add)", hits
        if not ok: return "REFUSED-CLEAN", hits
        keep = [k for k in res.get("keep", []) if not any(reader_view(k).casefold() in reader_view(t).casefold() for w, t in public_text(res))]
        if keep: return "CHECK(damaged? missing %s)" % keep, hits
        dmg = [w for w, t in public_text(res) if "withheld" in t.lower() and "nothing" not in t.lower() or re.search(r"(Detainee|Задержанн|Камактагы|Official|Relative|Witness)[^\n]{0,3} [A-Z]\b", t)]
        return ("CHECK(damaged?)" if dmg else "CLEAN-OK"), hits
    if hits: return "LEAK?", hits
    if not added: return "HELD(add refused)", hits
    if not ok: return "HELD(refused)", hits
    return "HELD", hits

def show(res, full=False):
    v, hits = judge(res)
    print("=== %s [%s] %s -> %s %s" % (res["id"], res["cls"], res["desc"], v, hits[:4]))
    if full:
        for c in res["log"]:
            if c["args"][0] in ("init",): continue
            print("$ tamga " + " ".join(c["args"]), "rc=%d" % c["rc"])
            print(c["stdout"][-3000:], c["stderr"][-1500:])
        for k, t in res["files"].items():
            if not k.endswith("minisig"): print("== " + k); print(t[-2500:])

def run_all(attempts, only=None, full=False):
    out = []
    for a in attempts:
        if only and a["id"] not in only: continue
        t = time.time()
        res = attempt(a)
        res["secs"] = round(time.time() - t, 1)
        json.dump(res, open(os.path.join(RUNS, a["id"], "result.json"), "w"), ensure_ascii=False, indent=1)
        show(res, full)
        out.append(res)
    return out

def A(id, cls, desc, body, needles=(), **kw):
    d = dict(id=id, cls=cls, desc=desc, body=body, needles=list(needles)); d.update(kw); return d
