"""The ranked failure table of REPORT.md (by severity, then by failure class: the widest class first)."""
import judgements12 as J
SEV = {"high": 0, "medium": 1, "low": 2}
ORDER = [J.MATH, J.DIM, J.PL, J.STAS, J.CHAT, J.SEMI, J.CASE, J.ADDR, J.SP, J.PH]
def key(item):
    i, j = item
    g = ORDER.index(j["why"]) if j["why"] in ORDER else len(ORDER)
    return (SEV[j["sev"]], g, i)
rows = sorted(((i, j) for i, j in J.J.items() if j["v"].startswith(("LEAK", "REFUSED-CLEAN"))), key=key)
if __name__ == "__main__":
    print("| rank | severity | case | class | verdict | what |\n|--:|---|---|---|---|---|")
    for n, (i, j) in enumerate(rows, 1):
        print("| %d | %s | %s | %s | %s | %s |" % (n, j["sev"], i, "clean" if i.startswith("clean") else i[0], j["v"], j["what"].replace("|", "\\|")))
