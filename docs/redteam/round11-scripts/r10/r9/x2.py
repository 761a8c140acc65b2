import sys, harness as h
L = []
REC = "1. [Ensure a doctor sees every detainee on arrival.]{.recommendation #R-9-1 to=\"Ministry of Interior\" theme=medical}"
def t(id, cls, desc, body, needles, **kw):
    L.append(h.A(id, cls, desc, body, list(needles), **kw))
RR = lambda to, out="out/r.md": [["rec", "report", "--audience", "state", "--to", to, "-o", out]]
t("A-420", "A", "Жусупов alone, no given name next to it (Cyrillic of a Latin-only name)", "Жусупов кармалды.", ["жусуп"])
t("A-421", "A", "Джусупов alone", "Джусупов кармалды.", ["джусуп"])
t("E-401", "E", "rec report --to Джусупов (Cyrillic of a Latin-only name)", REC, ["джусуп"], cmds=RR("Джусупов"))
t("E-402", "E", "rec report --to Садыков (a declared Cyrillic spelling)", REC, ["садыков"], cmds=RR("Садыков"))
t("E-403", "E", "rec report --to Sadykov (declared Latin surname)", REC, ["sadykov"], cmds=RR("Sadykov"))
t("E-404", "E", "rec report --to 'Наталья Орлова' (relative)", REC, ["орлова"], cmds=RR("Наталья Орлова"))
t("E-405", "E", "rec report --to Шаршенбаева (Cyrillic-only person)", REC, ["шаршенба"], cmds=RR("Шаршенбаева"))
t("E-406", "E", "rec report --to Jusupov, HTML", REC, ["jusupov"], cmds=RR("Jusupov", "out/r.html"))
t("E-407", "E", "rec report -o file named after a person", REC, ["жусуп"], cmds=RR("Ministry of Interior", "out/Жусупов.md"))
t("E-408", "E", "rec report --to a phone number", REC, [], digits=["555123456"], cmds=RR("0555 123 456"))
t("E-409", "E", "rec report --to the sensitive 'камера 14'", REC, ["камера 14"], cmds=RR("камера 14"))
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
