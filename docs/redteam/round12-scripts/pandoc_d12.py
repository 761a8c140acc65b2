"""Where Pandoc puts each D case's phrase: 'public-by-pandoc' if the phrase survives removal of every internal/state
Div, Span and section (strip_internal.lua), else 'restricted-by-pandoc'. Writes pandoc_d12.txt."""
import subprocess, d12, y12, os
out = []
for a in d12.L + [a for a in y12.L if a["cls"] == "D"]:
    nat = subprocess.run(["pandoc", "-f", "markdown", "-t", "native"], input=a["body"], capture_output=True, text=True).stdout
    pl = subprocess.run(["pandoc", "-f", "markdown", "-t", "plain", "--lua-filter", os.path.join(os.path.dirname(os.path.abspath(__file__)), "strip_internal.lua")], input=a["body"], capture_output=True, text=True)
    v = "public-by-pandoc" if any(n.casefold() in pl.stdout.casefold() for n in a["needles"]) else "restricted-by-pandoc"
    out.append("=== %s %s: %s\n--- stripped:\n%s\n--- native:\n%s" % (a["id"], v, a["desc"], pl.stdout + pl.stderr, nat))
    print(a["id"], v, a["desc"][:80])
open("pandoc_d12.txt", "w").write("\n".join(out))
