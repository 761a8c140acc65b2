import json, glob, sys, os, subprocess, harness as h, view
from judgements import J, RULES, HEAD
CLASSES = [("A", "A names"), ("B", "B disguises"), ("C", "C identifiers"), ("D", "D structure"), ("E", "E outputs"), ("clean", "clean")]
def verdict(r):
    v, hits = h.judge(r)
    if r["id"] in J: return J[r["id"]]
    if v.startswith("CHECK"): v = "CLEAN-OK"
    return (v, "")
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
        lines.append("$ tamga " + " ".join((x if " " not in x else '"%s"' % x) for x in a))
        out = (c["stdout"] + c["stderr"]).rstrip()
        out = "\n".join(l for l in out.split("\n") if not l.startswith("Warning: ATK-9: ") and "also an everyday word" not in l)
        if out: lines.append(out[:3500])
    for k in sorted(r["files"]):
        lines.append("== " + k[4:] if k.startswith("out/") else "== " + k)
        if not k.endswith(".minisig"): lines.append(r["files"][k].rstrip()[:3500])
        else: lines += [l for l in r["files"][k].split("\n") if l.startswith("trusted comment:")]
    return "\n".join(lines)
def main():
    rs = [r for r in view.load() if not r["id"].startswith("T-")]
    by = {c: [r for r in rs if r["cls"] == c] for c, _ in CLASSES}
    out = [HEAD, "## Tally (attempts / failures)\n", "| class | attempts | failures | of which weak / scope / trade-off / by design |", "|---|--:|--:|--:|"]
    tot = [0, 0, 0]
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
            v, note = verdict(r)
            out.append("#### %s. %s — **%s**\n" % (r["id"], note or r["desc"], v))
            body = r["body"]
            fm = r.get("fm") or {}
            extra = {k: v2 for k, v2 in fm.items() if k != "extra_persons"}
            if extra or r.get("docs"):
                body = "front matter: %s%s\n\n%s" % (json.dumps(extra, ensure_ascii=False), " (plus a later document ATK-10 at level internal declaring D-Y Нурбек Качкынбаев / Nurbek Kachkynbaev)" if r.get("docs") else "", body)
            if r.get("extra_files"):
                body += "\n\n(files: %s)" % json.dumps(r["extra_files"], ensure_ascii=False)
            out.append("Body:\n\n~~~~~~~~markdown\n%s\n~~~~~~~~\n" % body)
            out.append("Shown:\n\n~~~~~~text\n%s\n~~~~~~\n" % shown(r))
        out.append("### All attempts\n\n| # | attempt | result |\n|---|---|---|")
        for r in rows:
            v, note = verdict(r)
            out.append("| %s | %s | %s |" % (r["id"], r["desc"].replace("|", "\\|"), v + (" — " + note if note and not is_fail(v) else "")))
    open("/tmp/r9/round9.md", "w").write("\n".join(out) + "\n")
    print("\n".join(out[:20]))
if __name__ == "__main__": main()
