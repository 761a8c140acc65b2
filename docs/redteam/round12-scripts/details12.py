"""Print the per-failure details of REPORT.md (most severe first) from runs/ and judgements12.py."""
import json, glob, judgements12 as J
SEV = {"high": 0, "medium": 1, "low": 2}
rows = []
for i, j in J.J.items():
    if not (j["v"].startswith("LEAK") or j["v"].startswith("REFUSED-CLEAN")): continue
    try: r = json.load(open("runs/%s/result.json" % i))
    except FileNotFoundError: continue
    rows.append((SEV[j["sev"]], i.split("-")[0], i, j, r))
import ranked12
order = {i: n for n, (i, _) in enumerate(ranked12.rows)}
rows.sort(key=lambda x: order[x[2]])
seen = {}
for n, (s, c, i, j, r) in enumerate(rows, 1):
    body = r["body"].strip()
    fm = {k: v for k, v in r.get("fm", {}).items() if k in ("title", "tags", "facility", "id", "extra_persons")}
    cmds = [c2["args"] for c2 in r["log"] if c2["args"][0] not in ("init", "add", "member")]
    print("**%d. %s** (%s, %s) — %s  " % (n, i, "clean" if i.startswith("clean") else i[0], j["sev"] + (", " + j["v"].split(" ", 1)[1] if " " in j["v"] else ""), r["desc"]))
    print("Document line: `%s`%s  " % (body.replace("\n", "⏎")[:220].replace("`", "ˋ"), ("; front matter " + json.dumps(fm, ensure_ascii=False)) if fm else ""))
    print("Command: %s  " % "; ".join("`tamga " + " ".join(a) + "`" for a in cmds))
    print("Reader sees: %s  " % j["what"])
    if j["why"]:
        if j["why"] in seen: print("Why: as %s." % seen[j["why"]])
        else: seen[j["why"]] = i; print("Why: %s" % j["why"])
    print()
