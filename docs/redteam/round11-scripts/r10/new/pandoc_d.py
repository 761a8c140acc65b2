"""For each D case: does Pandoc put the marked phrase inside an element (or a heading's section) with class internal?
Writes pandoc_d.txt. Run: python3 pandoc_d.py"""
import json, subprocess, nd
PH = "basement"
def text_of(x):
    out = []
    def w(y):
        if isinstance(y, dict):
            if y.get("t") == "Str": out.append(y["c"])
            elif y.get("t") in ("Code", "CodeBlock", "RawInline", "RawBlock", "Math"): out.append(str(y["c"][-1]))
            else: w(y.get("c"))
        elif isinstance(y, list):
            for z in y: w(z)
    w(x); return " ".join(out)
def classes(el):
    t = el.get("t"); c = el.get("c")
    try:
        if t in ("Div", "Span", "CodeBlock", "Code"): return c[0][1]
        if t in ("Link", "Image"): return c[0][1]
        if t == "Header": return c[1][1]
    except Exception: return []
    return []
def walk_blocks(blocks, internal, found):
    sec = []  # stack of (level, internal)
    for b in blocks:
        if isinstance(b, dict) and b.get("t") == "Header":
            lvl = b["c"][0]
            while sec and sec[-1][0] >= lvl: sec.pop()
            cl = classes(b)
            sec.append((lvl, "internal" in cl or (sec[-1][1] if sec else False) and "public" not in cl and "state" not in cl))
        cur = internal if not sec else (sec[-1][1] if any(s[1] for s in sec[-1:]) else internal and not sec)
        cur = sec[-1][1] if sec else internal
        if sec and not sec[-1][1] and internal and not any(cl in ("public", "state") for cl in classes(b)):
            cur = internal
        walk_el(b, cur, found)
def walk_el(el, internal, found):
    if isinstance(el, list):
        if el and all(isinstance(x, dict) and "t" in x for x in el) and any(x.get("t") in ("Para", "Plain", "Div", "Header", "BulletList", "OrderedList", "CodeBlock", "Table", "BlockQuote", "LineBlock", "DefinitionList", "HorizontalRule") for x in el):
            walk_blocks(el, internal, found); return
        for x in el: walk_el(x, internal, found)
        return
    if not isinstance(el, dict): return
    if "internal" in classes(el): internal = True
    t = el.get("t")
    if t in ("Str",) and PH in el["c"]: found.append(internal)
    if t in ("Code", "CodeBlock", "Math", "RawInline", "RawBlock") and PH in str(el["c"][-1]): found.append(internal)
    if t in ("Link", "Image"):
        walk_el(el["c"][1], internal, found)
        if PH in el["c"][2][1]: found.append(internal)
        return
    walk_el(el.get("c"), internal, found)
out = []
for a in nd.L:
    body = a["body"]
    p = subprocess.run(["pandoc", "-f", "markdown", "-t", "json"], input=body, capture_output=True, text=True)
    j = json.loads(p.stdout)
    found = []
    walk_el(j["blocks"], False, found)
    nat = subprocess.run(["pandoc", "-f", "markdown", "-t", "native"], input=body, capture_output=True, text=True).stdout
    verdict = "INTERNAL" if found and all(found) else ("NOT-INTERNAL" if found and not any(found) else ("MIXED" if found else "ABSENT"))
    out.append("### %s %s -> pandoc: %s %s\n%s\n" % (a["id"], a["desc"], verdict, found, nat))
    print(a["id"], verdict, found, a["desc"][:70])
open("pandoc_d.txt", "w").write("\n".join(out))
