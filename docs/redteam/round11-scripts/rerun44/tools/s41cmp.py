"""r15-rerun11: session 41's N2-N4 now (s41/N*.now) against session 41's outcomes (from docs/redteam/session41-fixes-attack.md,
N1 and N4 sections; the N*.out files were not committed). Outcome now: refused (export error), or exported with the given
name left (LEAK) or replaced."""
import re, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ["Надежда", "Вера", "Урмат", "Темир", "Тынчтык", "Любовь", "Слава", "Жеңиш", "УРМАТ"]
# session 41: L = name left (leak), R = refused by the scan, P = replaced; N4: R is an over-refusal (failure of the clean kind)
S41 = {"N2": "RRLRLLLLLLRRLLLPPPPRLLL", "N3": "LLPLL", "N4": "RRRPPRP"}
AMBIG = {("N2", 9), ("N2", 14)}
def parse(f):
    out = []; cur = None
    for line in open(f, encoding="utf-8", errors="replace"):
        m = re.match(r"\[(\d+)\] IN:  (.*)", line)
        if m: cur = [int(m.group(1)), m.group(2), None]; out.append(cur); continue
        m = re.match(r"    OUT: (.*)", line)
        if m and cur: cur[2] = m.group(1)
        m = re.match(r"\[(\d+)\] add failed: (.*)", line)
        if m: out.append([int(m.group(1)), m.group(2), "<add failed>"])
    return out
def outcome(inp, o):
    if o is None or o.startswith("<"): return "R"
    body = o.split("---")[0]
    first = re.split(r"[\s\-‑–,.«»]", inp.split(". ", 1)[-1] if ". " in inp else inp)
    left = [n for n in NAMES if n in body]
    return "L" if left else "P"
for s in ("N2", "N3", "N4"):
    f = os.path.join(ROOT, "s41", s + ".now")
    if not os.path.exists(f): print(s, "not run"); continue
    rows = parse(f)
    for i, inp, o in rows:
        was = S41[s][i - 1]; now = outcome(inp, o)
        print("%s [%2d] s41=%s now=%s%s  IN: %s\n          OUT: %s" % (s, i, was, now, " (ambiguous)" if (s, i) in AMBIG else "", inp[:90], (o or "")[:150]))
f = os.path.join(ROOT, "s41", "N1.now")
if os.path.exists(f): print("N1 (session 41: scan refused the export):\n" + open(f).read()[:1500])
