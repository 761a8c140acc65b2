"""For each D case of d11.py: does Pandoc (markdown -> html --section-divs) put the internal phrase inside an element with
class internal (a section from a heading, a div, a span)? Writes pandoc_d11.txt with each verdict and Pandoc's native tree.
Run: python3 pandoc_d11.py"""
import subprocess, d11
from html.parser import HTMLParser
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "col"}
class P(HTMLParser):
    def __init__(self, needles):
        super().__init__(); self.stack = []; self.found = []; self.needles = needles
    def internal(self): return any("internal" in (c or "").split() for _, c in self.stack)
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for v in a.values():
            if v and any(n in v.lower() for n in self.needles): self.found.append(("attr " + tag, self.internal() or "internal" in (a.get("class") or "").split()))
        if tag not in VOID: self.stack.append((tag, a.get("class")))
    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag: del self.stack[i:]; break
    def handle_data(self, d):
        if any(n in d.lower() for n in self.needles): self.found.append(("text", self.internal()))
out = []
for a in d11.L:
    body = a["body"].replace("\r\n", "\n") if False else a["body"]
    html = subprocess.run(["pandoc", "-f", "markdown", "-t", "html", "--section-divs"], input=body, capture_output=True, text=True).stdout
    nat = subprocess.run(["pandoc", "-f", "markdown", "-t", "native"], input=body, capture_output=True, text=True).stdout
    p = P([n.lower() for n in a["needles"]] + ["источник"]); p.feed(html)
    f = [x[1] for x in p.found]
    v = "INTERNAL" if f and all(f) else ("NOT-INTERNAL" if f and not any(f) else ("MIXED" if f else "ABSENT"))
    out.append("### %s %s -> pandoc: %s %s\n%s\n%s\n" % (a["id"], a["desc"], v, p.found, html, nat))
    print(a["id"], v, p.found, a["desc"][:80])
open("pandoc_d11.txt", "w").write("\n".join(out))
