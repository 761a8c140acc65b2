import sys, harness as h
L = []
def t(cls, desc, body, needles=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    pre = {"A": "A-4", "B": "B-4", "C": "C-4", "clean": "clean-4"}[cls]
    kw.setdefault("clean", cls == "clean")
    L.append(h.A("%s%02d" % (pre, n), cls, desc, body, list(needles), **kw))
t("C", "sensitive Жылуу-Булак as Zhyluu-Bulak", "Transferred to Zhyluu-Bulak.", ["zhyluu-bulak"])
t("C", "sensitive Жылуу-Булак as Jyluu-Bulak", "Transferred to Jyluu-Bulak.", ["jyluu-bulak"])
t("C", "sensitive Жылуу-Булак as Dzhyluu Bulak (no hyphen)", "Transferred to Dzhyluu Bulak colony.", ["dzhyluu bulak"])
t("C", "sensitive Ала-Бука as Ala-Buka / Үч-Коргон as Uch-Korgon in Russian-based Latin 'Utch-Korgon'", "Arrested in Utch-Korgon.", ["utch-korgon"])
t("C", "sensitive Кара-Суу as Qara-Suu", "Taken to Qara-Suu.", ["qara-suu"])
t("A", "Turkish Aycan Ceenbekova (Айжан Жээнбекова)", "Aycan Ceenbekova gözaltında.", ["ceenbekova", "aycan"])
t("A", "Turkish Nurcan Abdıkalıkov (Нуржан)", "Nurcan Abdıkalıkov gözaltında.", ["nurcan", "abdıkalıkov", "abdikalikov"])
t("A", "Turkish Cusupov alone (no given name next to it)", "Cusupov gözaltına alındı.", ["cusupov"])
t("A", "Turkish Urmat Cusupova (female form)", "Urmat Cusupov'un annesi geldi.", ["cusupov"])
t("A", "Turkish Cıldız Abdrahmanova-Kasımova (Жылдыз)", "Cıldız Abdrahmanova-Kasımova açlık grevinde.", ["abdrahmanova", "kasımova", "cıldız"])
t("A", "Дзусупов alone (Dzh→Дз slip)", "Дзусупов кармалды.", ["дзусупов"])
t("A", "Dzusupov alone in Latin (h dropped)", "Dzusupov was arrested.", ["dzusupov"])
t("A", "Джусупову dative with given name absent", "Джусупову не передали посылку.", ["джусуп"])
t("A", "Cengiz (Turkish Чыңгыз), round-8 A gap, retested", "Cengiz Azamat uulu gözaltında.", ["cengiz"])
t("C", "DOB 'DOB: 23 Sep 1990' (four-digit year, control for C-030)", "DOB: 23 Sep 1990", ["23 sep 1990", "1990"])
t("clean", "Kyrgyz 'урматтап' (respecting) mid-sentence", "Мыйзамды урматтап, кызматкерлер бизди киргизишти.", [], keep=["урматтап"])
t("clean", "Kyrgyz 'Урматтоо менен' letter closing", "Урматтоо менен,\nАкыйкатчы", [], keep=["Урматтоо менен"])
t("clean", "Kyrgyz 'адамдын ар-намысын урматтоо' (human dignity) in a recommendation", "1. [Камактагылардын ар-намысын урматтоо.]{.recommendation #R-9-1 to=\"ИИМ\" theme=dignity}", [], keep=["урматтоо"])
t("clean", "Russian 'уважаемый' no: Kyrgyz letter header 'Урматтуу мырзалар жана айымдар'", "Урматтуу мырзалар жана айымдар!", [], keep=["Урматтуу мырзалар"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
