"""K1/held: the three catalogues have the same keys and placeholders; no markup characters. Run in /work/wt-web-s42."""
import re
def table(f):
    return dict(re.findall(r'"([A-Za-z0-9]+)":\s*"((?:[^"\\]|\\.)*)"', open(f).read()))
en = table("Sources/TamgaWeb/WebStrings.swift"); ru = table("Sources/TamgaWeb/WebStrings+Russian.swift"); ky = table("Sources/TamgaWeb/WebStrings+Kyrgyz.swift")
print(len(en), len(ru), len(ky))
ph = lambda s: sorted(set(re.findall(r"\{[a-z]+\}", s)))
for name, t in [("ru", ru), ("ky", ky)]:
    print(name, "missing:", sorted(set(en) - set(t)), "extra:", sorted(set(t) - set(en)))
    for k in en:
        if k in t and ph(en[k]) != ph(t[k]): print(" placeholder mismatch", name, k)
        if k in t and re.search(r"[<>&]", t[k]): print(" markup char", name, k)
