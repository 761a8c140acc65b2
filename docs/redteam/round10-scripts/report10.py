"""Builds REPORT.md from new/runs (round 10's attempts), r9/runs (round 9 rerun) and judgements10.py.
Run: python3 report10.py"""
import json, glob, sys, os
sys.path.insert(0, "new")
import harness as h
from judgements10 import J, HEAD, RULES, REGRESSION_NOTES
R9 = json.load(open("r9/round9_verdicts.json"))
CLASSES = [("A", "A names"), ("B", "B disguises"), ("C", "C identifiers"), ("D", "D structure"), ("E", "E outputs"), ("clean", "clean")]
def load(d):
    out = {}
    for f in sorted(glob.glob(d + "/runs/*/result.json")):
        r = json.load(open(f))
        if r["id"].startswith("T-"): continue
        out[r["id"]] = r
    return out
def verdict(r):
    if r["id"] in J: return J[r["id"]]
    v, hits = h.judge(r)
    if v.startswith("CHECK"): v = "CLEAN-OK"
    return (v, "", "")
def is_fail(v): return v.startswith("LEAK") or v.startswith("REFUSED-CLEAN")
def qual(v):
    for q in ("weak", "scope", "trade-off", "by design"):
        if "(%s)" % q in v: return q
    return ""
def shown(r):
    lines = []
    for c in r["log"]:
        a = c["args"]
        if a[0] == "init": continue
        if a[0] in ("add", "member") and c["rc"] == 0: continue
        lines.append("$ tamga " + " ".join((x if " " not in x else '"%s"' % x) for x in a) + "   (exit %d)" % c["rc"])
        out = (c["stdout"] + c["stderr"]).rstrip()
        out = "\n".join(l for l in out.split("\n") if "also an everyday word" not in l and not l.startswith("Warning: ATK-9: "))
        if out: lines.append(out[:3000])
    for k in sorted(r["files"]):
        lines.append("== " + (k[4:] if k.startswith("out/") else k))
        if not k.endswith(".minisig"): lines.append(r["files"][k].rstrip()[:3000])
        else: lines += [l for l in r["files"][k].split("\n") if l.startswith("trusted comment:")]
    return "\n".join(lines)
def body_of(r):
    body = r["body"]
    fm = {k: v for k, v in (r.get("fm") or {}).items() if k != "extra_persons"}
    if fm or r.get("docs"):
        body = "front matter: %s%s\n\n%s" % (json.dumps(fm, ensure_ascii=False), " (plus a second document: %s)" % json.dumps(r["docs"], ensure_ascii=False) if r.get("docs") else "", body)
    if r.get("extra_files"): body += "\n\n(files: %s)" % json.dumps(r["extra_files"], ensure_ascii=False)
    return body
def main():
    new = load("new"); old = load("r9")
    out = [HEAD]
    # regression
    out.append("## 1. Round 9 rerun (regression check)\n")
    out.append("| class | round-9 attempts rerun | round-9 failures rerun | now hold | still fail | regressions (held in round 9, fail now) |")
    out.append("|---|--:|--:|--:|--:|--:|")
    from judgements10 import R9J
    tot = [0] * 5; detail = []
    for c, name in CLASSES:
        ids = [i for i in R9 if i.split("-")[0] == c]
        run = [i for i in ids if i in old]
        f9 = [i for i in run if is_fail(R9[i])]
        def now(i):
            if i in R9J: return R9J[i][0]
            v, _ = h.judge(old[i]); return "CLEAN-OK" if v.startswith("CHECK") else v
        still = [i for i in f9 if is_fail(now(i))]
        reg = [i for i in run if not is_fail(R9[i]) and is_fail(now(i))]
        out.append("| %s | %d of %d | %d of %d | %d | %d | %d |" % (name, len(run), len(ids), len(f9), len([i for i in ids if is_fail(R9[i])]), len(f9) - len(still), len(still), len(reg)))
        for k, x in enumerate((len(run), len(f9), len(f9) - len(still), len(still), len(reg))): tot[k] += x
        for i in still + reg:
            detail.append((i, "still fails" if i in still else "REGRESSION", now(i), R9J.get(i, ("", ""))[1], R9[i]))
    out.append("| **total** | %d | %d | %d | %d | %d |\n" % tuple(tot))
    out.append(REGRESSION_NOTES)
    if detail:
        out.append("\n| round-9 case | now | verdict now | note | round 9's verdict |\n|---|---|---|---|---|")
        for i, kind, v, note, v9 in detail:
            out.append("| %s | %s | %s | %s | %s |" % (i, kind, v, note.replace("|", "\\|"), v9.replace("|", "\\|")[:160]))
    # new attempts tally
    out.append("\n## 2. New attempts: tally (attempts / failures)\n")
    out.append("| class | attempts | failures | of which weak / scope / trade-off / by design |")
    out.append("|---|--:|--:|--:|")
    tot = [0, 0, 0]
    by = {c: [new[i] for i in new if new[i]["cls"] == c] for c, _ in CLASSES}
    for c, name in CLASSES:
        vs = [verdict(r)[0] for r in by[c]]
        f = [v for v in vs if is_fail(v)]; q = [v for v in f if qual(v)]
        out.append("| %s | %d | %d | %d |" % (name, len(vs), len(f), len(q)))
        tot[0] += len(vs); tot[1] += len(f); tot[2] += len(q)
    out.append("| **total** | %d | %d | %d |\n" % tuple(tot))
    out.append(RULES)
    for c, name in CLASSES:
        rows = by[c]
        fails = [r for r in rows if is_fail(verdict(r)[0])]
        out.append("\n## %s (%d attempts, %d failures)\n" % (name, len(rows), len(fails)))
        if fails: out.append("### Failing cases\n")
        for r in fails:
            v, note, why = verdict(r)
            out.append("#### %s. %s — **%s**\n" % (r["id"], note or r["desc"], v))
            if why: out.append("Why it matters: %s\n" % why)
            out.append("Body:\n\n~~~~~~~~markdown\n%s\n~~~~~~~~\n" % body_of(r))
            out.append("Shown (command, exit status, output, files written):\n\n~~~~~~text\n%s\n~~~~~~\n" % shown(r))
        out.append("### All attempts\n\n| # | attempt | result |\n|---|---|---|")
        for r in rows:
            v, note, why = verdict(r)
            out.append("| %s | %s | %s |" % (r["id"], r["desc"].replace("|", "\\|"), v + (" — " + note.replace("|", "\\|") if note and not is_fail(v) else "")))
    open("REPORT.md", "w").write("\n".join(out) + "\n")
    print("\n".join(out[:40]))
if __name__ == "__main__": main()
