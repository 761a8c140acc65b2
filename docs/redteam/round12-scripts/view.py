import json, glob, sys, harness as h, re
def load(pat="*"):
    out = []
    for f in sorted(glob.glob("runs/%s/result.json" % pat)):
        r = json.load(open(f))
        if r["id"].startswith("T-"): continue
        out.append(r)
    return out
def body_line(r):
    # the part of the export after the header, short
    for k, t in r["files"].items():
        if k.endswith(".md") and not k.endswith("minisig"):
            parts = t.split("\n\n", 2)
            return " | ".join(x for x in t.split("\n")[8:] if x.strip())[:200]
    ex = [c for c in r["log"] if c["args"][0] not in ("init", "add", "member")]
    if ex: return ("rc=%d " % ex[-1]["rc"]) + (ex[-1]["stdout"] + ex[-1]["stderr"]).replace("\n", " | ")[:200]
    return ""
if __name__ == "__main__":
    pat = sys.argv[1] if len(sys.argv) > 1 else "*"
    verbose = "-v" in sys.argv
    for r in load(pat):
        v, hits = h.judge(r)
        addrc = [c["rc"] for c in r["log"] if c["args"][0] == "add"]
        print("%-10s %-28s %s" % (r["id"], v, r["desc"][:70]), hits[:2] if hits else "")
        if verbose: print("           ", body_line(r))
