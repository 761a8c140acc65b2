"""Round 10 follow-ups, third batch: the annual summary of a vault whose public text names nobody, per language (E-523, E-541 were refused on the template). Run: python3 x10c.py [IDS...]"""
import sys, harness as h
L = []
def t(cls, desc, body, needles=(), digits=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    kw.setdefault("clean", cls == "clean")
    L.append(h.A("%s-%d" % (cls, 970 + n), cls, desc, body, list(needles), digits=list(digits), **kw))
for lang in ("ky", "ru", "en"):
    t("clean", "summary --lang %s --audience public (md) of a vault whose only public text is 'All fine.'" % lang, "## Findings {.public}\n\nAll fine.", keep=[], cmds=[["summary", "--year", "2014", "--audience", "public", "--format", "md", "--lang", lang, "-o", "out/s.md", "--explain"]])
t("clean", "summary --lang ky --audience state (html) of the same vault", "## Findings {.public}\n\nAll fine.", keep=[], cmds=[["summary", "--year", "2014", "--audience", "state", "--lang", "ky", "-o", "out/s.html", "--explain"]])
t("A", "German spelling of the Latin-only N-3 alone, no given name beside it (Achmedow)", "Herr Achmedow klagt über Schläge.", ["achmedow"])
t("A", "ch for kh, alone (Achmedov)", "Mr Achmedov was beaten.", ["achmedov"])
t("A", "w for v, alone (Akhmedow)", "Mr Akhmedow was beaten.", ["akhmedow"])
t("A", "German spelling of the Latin-only D-W from round 9, alone (Dschussupow)", "Herr Dschussupow wurde geschlagen.", ["dschussupow"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
