"""K1: the English hand-over line on the destroy page in Russian and Kyrgyz (vault after handover.sh)."""
import re, sys, web
D = sys.argv[1]
p, base, token = web.serve(D, "Admin"); c = web.session(base, token, D, "Admin")
for lang in ["ru", "ky"]:
    s = c.get("/documents/VR-2014-017/destroy", headers={"Accept-Language": lang})
    print(lang, re.search(r'<html lang="(..)"', s[2]).group(1), "| English hand-over line present:", "the successor&#39;s copy is not touched by this" in s[2])
    m = re.search(r"the hand-over of[^<]*", s[2]); print("  ", m.group(0) if m else None)
p.terminate(); p.wait()
