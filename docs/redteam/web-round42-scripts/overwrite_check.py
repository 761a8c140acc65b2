"""Are a destroyed document's files overwritten in place (as the page says) or only unlinked? Hard links made
beforehand show what the blocks hold afterwards. Same for an erasure's superseded revisions."""
import hashlib, os, re, sys, web
D = sys.argv[1]; V = D + "/vault"; side = D + "/links"; os.makedirs(side, exist_ok=True)
orig = {}
for root, _, files in os.walk(V):
    for f in files:
        p = os.path.join(root, f); rel = os.path.relpath(p, V)
        if rel.startswith(("documents", "datakeys", "attachments")):
            l = os.path.join(side, rel.replace("/", "_")); os.link(p, l); orig[l] = hashlib.sha256(open(p, "rb").read()).hexdigest()
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin"); c.get("/documents")
for path, f in [("/documents/VR-2015-003/destroy", {"reason": "retention over", "typed": "VR-2015-003"}), ("/persons/D-0042/erase", {"reason": "asked", "typed": "D-0042"})]:
    s = c.post(path, dict(f, csrf=c.csrf)); m = re.search(r"(\d+) file\(s\) overwritten and removed", s[2]); print(path, s[0], "page says overwritten and removed:", m.group(1) if m else None)
p.terminate(); p.wait()
unlinked = [l for l in orig if os.stat(l).st_nlink == 1]
changed = [l for l in unlinked if hashlib.sha256(open(l, "rb").read()).hexdigest() != orig[l]]
zeroish = [l for l in changed if set(open(l, "rb").read()) <= {0}]
print("files removed from the vault:", len(unlinked), "| their blocks rewritten (seen through the hard link):", len(changed), "| all zero:", len(zeroish))
for l in unlinked[:3]: print("  ", os.path.basename(l)[:60], "size", os.path.getsize(l), "changed" if l in changed else "UNCHANGED")
