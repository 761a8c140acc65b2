"""Builds REPORT.md from new/runs (round 11's attempts), r10/new/runs and r10/r9/runs (reruns of rounds 10 and 9),
s41/*.now (session 41's N1-N4 scripts) and judgements11.py (hand verdicts). Run: python3 report11.py"""
import json, glob, sys, os
sys.path.insert(0, "new")
import harness as h
from judgements11 import J, RJ, HEAD, PERSONS_MD, REGRESSION_NOTES, S41_MD, RULES, TAIL, SEV
R10 = json.load(open("r10/round10_verdicts.json"))
R9 = json.load(open("r10/r9/round9_verdicts.json"))
CLASSES = [("A", "A names"), ("B", "B disguises"), ("C", "C identifiers"), ("D", "D structure"), ("E", "E outputs"), ("clean", "clean")]
def load(d):
    out = {}
    for f in sorted(glob.glob(d + "/runs/*/result.json")):
        r = json.load(open(f))
        if r["id"].startswith("T-"): continue
        out[r["id"]] = r
    return out
def hv(r):
    v, hits = h.judge(r)
    if v.startswith("CHECK"): v = "CHECK" + v[5:]
    return v
def verdict(r):
    if r["id"] in J: return J[r["id"]]
    return (hv(r), "", "")
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
        out = "\n".join(l for l in out.split("\n") if "also an everyday word" not in l and not l.startswith("Warning: ATK-9: ") and "TAMGA_TEST_ONLY_WEAK_KDF" not in l)
        if out: lines.append(out[:3000])
    for k in sorted(r["files"]):
        lines.append("== " + (k[4:] if k.startswith("out/") else k))
        if not k.endswith(".minisig"): lines.append(r["files"][k].rstrip()[:3000])
        else: lines += [l for l in r["files"][k].split("\n") if l.startswith("trusted comment:")]
    return "\n".join(lines)
def body_of(r):
    body = r["body"]
    fm = {k: v for k, v in (r.get("fm") or {}).items()}
    if fm or r.get("docs"):
        body = "front matter: %s%s\n\n%s" % (json.dumps(fm, ensure_ascii=False), " (plus a second document: %s)" % json.dumps(r["docs"], ensure_ascii=False) if r.get("docs") else "", body)
    if r.get("extra_files"): body += "\n\n(files: %s)" % json.dumps(r["extra_files"], ensure_ascii=False)
    return body
def regress_table(out, runs, before, overrides, label, klass):
    out.append("| class | %s attempts rerun | %s failures rerun | now hold | still fail | regressions (held in %s, fail now) |" % (label, label, label))
    out.append("|---|--:|--:|--:|--:|--:|")
    tot = [0] * 5; detail = []
    for c, name in CLASSES:
        ids = [i for i in before if klass(i) == c]
        run = [i for i in ids if i in runs]
        f0 = [i for i in run if is_fail(before[i])]
        def now(i):
            if i in overrides: return overrides[i][0]
            v = hv(runs[i]); return "CLEAN-OK" if v.startswith("CHECK") else v
        still = [i for i in f0 if is_fail(now(i))]
        reg = [i for i in run if not is_fail(before[i]) and is_fail(now(i))]
        out.append("| %s | %d of %d | %d of %d | %d | %d | %d |" % (name, len(run), len(ids), len(f0), len([i for i in ids if is_fail(before[i])]), len(f0) - len(still), len(still), len(reg)))
        for k, x in enumerate((len(run), len(f0), len(f0) - len(still), len(still), len(reg))): tot[k] += x
        for i in still + reg:
            detail.append((i, "still fails" if i in still else "REGRESSION", now(i), overrides.get(i, ("", ""))[1], before[i], runs[i]))
    out.append("| **total** | %d | %d | %d | %d | %d |\n" % tuple(tot))
    return detail
def main():
    new = load("new"); r10 = load("r10/new"); r9 = load("r10/r9")
    out = [HEAD, PERSONS_MD]
    out.append("## 1. Regression: round 10's scripts and session 41's N1 cases rerun against this binary\n")
    out.append("### Round 10's attempts (r10/new)\n")
    d10 = regress_table(out, r10, R10, RJ, "round-10", lambda i: i.split("-")[0])
    out.append("### Round 9's failures, rerun through round 10's r9 scripts (r10/r9)\n")
    d9 = regress_table(out, r9, {i: v for i, v in R9.items() if i in r9}, RJ, "round-9", lambda i: i.split("-")[0])
    out.append(REGRESSION_NOTES)
    if d10 or d9:
        out.append("\n| earlier case | now | verdict now | note | earlier verdict |\n|---|---|---|---|---|")
        for i, kind, v, note, v0, r in d10 + d9:
            out.append("| %s | %s | %s | %s | %s |" % (i, kind, v, note.replace("|", "\\|"), v0.replace("|", "\\|")[:160]))
    out.append(S41_MD)
    out.append("\n## 2. New attempts: tally (attempts / failures)\n")
    out.append("| class | attempts | failures | of which weak / scope / trade-off |")
    out.append("|---|--:|--:|--:|")
    tot = [0, 0, 0]
    by = {c: [new[i] for i in new if new[i]["cls"] == c] for c, _ in CLASSES}
    for c, name in CLASSES:
        vs = [verdict(r)[0] for r in by[c]]
        f = [v for v in vs if is_fail(v)]; q = [v for v in f if qual(v)]
        out.append("| %s | %d | %d | %d |" % (name, len(vs), len(f), len(q)))
        tot[0] += len(vs); tot[1] += len(f); tot[2] += len(q)
    out.append("| **total** | %d | %d | %d |\n" % tuple(tot))
    out.append("### Failures ranked by severity\n")
    out.append("High: a protected name published in the way people really write it, and carried into every output. Medium: an identifier or a name in a less common form, a side effect, or an everyday text refused outright. Low: weak, scope, trade-off and by-design cases.\n")
    out.append("| rank | severity | case | class | what |\n|--:|---|---|---|---|")
    allf = [r for c, _ in CLASSES for r in by[c] if is_fail(verdict(r)[0])]
    def sev(r):
        v = verdict(r)[0]
        return SEV.get(r["id"], 3 if qual(v) else 2.5)
    allf.sort(key=lambda r: (sev(r), r["cls"], r["id"]))
    names = {1: "high", 2: "medium", 2.5: "medium-low", 3: "low"}
    for k, r in enumerate(allf, 1):
        v, note, why = verdict(r)
        out.append("| %d | %s | %s | %s | %s |" % (k, names[sev(r)], r["id"], r["cls"], (note or r["desc"]).replace("|", "\\|")[:220]))
    out.append("")
    out.append(RULES)
    for c, name in CLASSES:
        rows = by[c]
        fails = [r for r in rows if is_fail(verdict(r)[0])]
        fails.sort(key=lambda r: (sev(r), r["id"]))
        out.append("\n## %s (%d attempts, %d failures)\n" % (name, len(rows), len(fails)))
        if fails: out.append("### Failing cases (most severe first; weak, scope and trade-off last)\n")
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
    out.append(TAIL)
    open("REPORT.md", "w").write("\n".join(out) + "\n")
if __name__ == "__main__": main()
