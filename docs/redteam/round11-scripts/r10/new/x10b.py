"""Round 10 follow-ups, second batch (labels read more narrowly than the body; famous names absorbed as neighbours). Run: python3 x10b.py [IDS...]"""
import sys, harness as h
L = []
def t(cls, desc, body, needles=(), digits=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    kw.setdefault("clean", cls == "clean")
    L.append(h.A("%s-%d" % (cls, 950 + n), cls, desc, body, list(needles), digits=list(digits), **kw))
REC = "## Recommendations {.public}\n\n1. [Ensure a doctor sees every detainee on arrival.]{.recommendation #R-10-1 to=\"Ministry of Interior\" theme=medical}"
RR = lambda extra: [["rec", "respond", "R-10-1", "--from", "Ministry of Interior", "--date", "2014-12-01", "--status", "rejected", "--text", "resp.txt", "--level", "public"] + extra, ["rec", "report", "--audience", "public", "--to", "Ministry of Interior", "-o", "out/r.md"]]
t("E", "tag with the German spelling of a Cyrillic-only person (Orosbajew), stats public", "Visit notes.", ["orosbajew"], cmds=[["stats", "--audience", "public", "--by", "tag"]], fm={"tags": ["orosbajew"]})
t("E", "tag with the Uzbek spelling of N-1 (ismoilov), stats state csv", "Visit notes.", ["ismoilov"], cmds=[["stats", "--audience", "state", "--by", "tag", "--format", "csv"]], fm={"tags": ["ismoilov-case"]})
t("E", "rec theme with the German spelling of N-9 (gussew), rec table public", "1. [Discipline.]{.recommendation #R-10-1 to=\"MVD\" theme=gussew}", ["gussew"], cmds=[["rec", "table", "--audience", "public"]])
t("E", "rec report --to 'Ljubow Morosowa' (German spelling of a relative)", REC, ["morosowa", "ljubow"], cmds=[["rec", "report", "--audience", "public", "--to", "Ljubow Morosowa", "-o", "out/r.md"]])
t("E", "-o file named with a German spelling of N-10 (Toktogulow)", "Visit notes.", ["toktogulow"], cmds=[["export", "ATK-9", "--audience", "public", "--format", "md", "-o", "out/Toktogulow.md"]])
t("E", "facility with a German spelling of N-7 (Orosbajew), export public", "Visit notes.", ["orosbajew"], fm={"facility": "Haus Orosbajew"})
t("E", "title with a German spelling of N-3 (Achmedow), export public html", "Visit notes.", ["achmedow"], cmds=[["export", "ATK-9", "--audience", "public", "--format", "html", "-o", "out/o.html"]], fm={"title": "Besuch nach der Beschwerde von Achmedow"})
t("E", "rec respond --text (a file) naming a person at level public, rec report public", REC, ["ахмедов"], cmds=RR([]), extra_files={"resp.txt": "Ахмедов осмотрен врачом, жалоба необоснованна.\n"})
t("E", "rec respond --text (a file) holding a phone, rec report public", REC, [], digits=["700123456"], cmds=RR([]), extra_files={"resp.txt": "Call the duty officer on 0700 123 456.\n"})
t("E", "rec respond --from naming the official N-9, level public, rec report public", REC, ["гусев"], cmds=[["rec", "respond", "R-10-1", "--from", "Начальник ИВС О.В. Гусев", "--date", "2014-12-01", "--status", "accepted", "--level", "public"], ["rec", "report", "--audience", "public", "--to", "Ministry of Interior", "-o", "out/r.md"]])
t("clean", "the writer Чынгыз Айтматов (Cyrillic)", "Мекеменин китепканасында Чынгыз Айтматовдун китептери бар.", keep=["Чынгыз Айтматовдун"])
t("clean", "Aitmatov avenue in Russian: проспект Чынгыза Айтматова", "ИВС находится на проспекте Чынгыза Айтматова.", keep=["Чынгыза Айтматова"])
t("clean", "Timur alone as the historical figure (Тамерлан) in Russian", "В коридоре висит портрет Амира Темура.", keep=["Амира Темура"])
t("clean", "a famous namesake given name followed by a famous surname: Aibek (Uzbek writer Aybek) no; 'Erkin Vohidov' (Uzbek poet)", "The library holds poems by Erkin Vohidov.", keep=["Erkin Vohidov"])
t("clean", "Russian 'Волковский' (a district/adjective) in another form", "Волковское кладбище в Санкт-Петербурге.", keep=["Волковское кладбище"])
t("E", "summary public html of a vault whose only public text names nobody (does the template itself trip the scan? see E-523), with --explain", "## Findings {.public}\n\nAll fine.", [], cmds=[["summary", "--year", "2014", "--audience", "public", "-o", "out/s.html", "--explain"]])
t("E", "E-523 again with --explain (public section with Tynchtyk Orozbaev)", "## Findings {.public}\n\nTynchtyk Orozbaev was beaten.", ["orozbaev"], cmds=[["summary", "--year", "2014", "--audience", "public", "-o", "out/s.html", "--explain"]])
t("E", "summary public md of a vault whose public text names nobody", "## Findings {.public}\n\nAll fine.", [], cmds=[["summary", "--year", "2014", "--audience", "public", "--format", "md", "-o", "out/s.md", "--explain"]])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
