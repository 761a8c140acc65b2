"""Round 11 follow-ups, second batch: do the round's leaks (a Kyrgyz name's diminutive, a word of Latin look-alike capitals,
a lower-case plate, a КУСП number) reach the other outputs? Run: python3 x11b.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def t(cls, desc, body, needles=(), digits=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    kw.setdefault("clean", cls == "clean")
    L.append(h.A("%s-%d" % (cls, 1950 + n), cls, desc, body, list(needles), digits=list(digits), **kw))
EXP = lambda aud, fmt, out: ["export", "ATK-9", "--audience", aud, "--format", fmt, "-o", out]
REC = "## Recommendations {.public}\n\n1. [Ensure a doctor sees every detainee on arrival.]{.recommendation #R-11-1 to=\"Ministry of Interior\" theme=medical}"
t("E", "tag with the diminutive (gulya-complaint), stats --by tag public", "Visit notes.", ["gulya"], cmds=[["stats", "--audience", "public", "--by", "tag"]], fm={"tags": ["gulya-complaint"]})
t("E", "-o file named with the diminutive Гуля", "Visit notes.", ["гуля"], cmds=[EXP("public", "md", "out/Гуля.md")])
t("E", "title with the look-alike capitals XACAHOB, public html", "Visit notes.", ["хасанов"], cmds=[EXP("public", "html", "out/o.html")], fm={"title": "ЖАЛОБА НА XACAHOB"})
t("E", "facility with a lower-case plate, stats --by facility public", "Visit notes.", ["01kg123abc"], cmds=[["stats", "--audience", "public", "--by", "facility"]], fm={"facility": "police car 01kg123abc"})
t("E", "rec report --to with the diminutive", REC, ["гуля"], cmds=[["rec", "report", "--audience", "public", "--to", "Мать Гули", "-o", "out/r.md"]])
t("E", "summary public md: a public section with the diminutive", "## Findings {.public}\n\nГуля рассказала, что её держали в подвале.", ["гуля"], cmds=[["summary", "--year", "2014", "--audience", "public", "--format", "md", "-o", "out/s.md"]])
t("E", "disclosures after a public export carrying the diminutive: does the ledger record M-1? (hand-read)", "Гуля рассказала, что её держали в подвале.", ["гуля"], cmds=[EXP("public", "md", "out/x.md"), ["disclosures", "--json"]])
t("E", "title with a КУСП number, State member list", "Visit notes.", ["кусп № 1234"], cmds=[["list", "--member", "Liaison"]], state=True, fm={"title": "Проверка по КУСП № 1234"})
t("E", "-o folder named with dotted letter-spacing of a surname", "Visit notes.", ["toktobaeva", "oktobaeva"], cmds=[["export", "ATK-9", "--audience", "public", "--format", "md", "-o", "out/T.o.k.t.o.b.a.e.v.a/"]])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
