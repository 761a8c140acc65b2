"""Round 10 follow-ups to the first results (each tests whether a failure is a class, not an example). Run: python3 x10.py [IDS...]"""
import sys, harness as h
L = []
def t(cls, desc, body, needles=(), digits=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    kw.setdefault("clean", cls == "clean")
    L.append(h.A("%s-%d" % (cls, 900 + n), cls, desc, body, list(needles), digits=list(digits), **kw))
# DOB: a parenthesis or a place between the birth word and the date
t("C", "Russian 'Дата рождения (со слов матери): 23.09.1990'", "Дата рождения (со слов матери): 23.09.1990.", digits=["23091990"])
t("C", "Kyrgyz 'Туулган күнү (апасынын айтымында): 23.09.1990'", "Туулган күнү (апасынын айтымында): 23.09.1990.", digits=["23091990"])
t("C", "English 'born, according to the passport, on 23.09.1990'", "He was born, according to his passport, on 23.09.1990.", digits=["23091990"])
t("C", "Russian 'родился в Оше 23 сентября 1990 года' (place between)", "Родился в городе Ош Ошской области 23 сентября 1990 года.", needles=["23 сентября 1990"])
# sensitive places in their Russian official spellings (ө→о/е, ү→у)
t("C", "sensitive Үч-Коргон in its Russian official name Уч-Курган", "Задержан в Уч-Кургане сотрудниками ОВД.", needles=["уч-курган"])
t("C", "sensitive Кара-Суу as Russian Кара-Су", "Его перевели в Кара-Су.", needles=["кара-су"])
t("C", "sensitive Беш-Күнгөй as Beshkungey (one word, ey)", "Detained at the Beshkungey post.", needles=["beshkungey"])
t("C", "sensitive Беш-Күнгөй as Беш-Кунгой (ө→о)", "Задержан в Беш-Кунгое.", needles=["беш-кунго"])
# phones with an area code and short groups
t("C", "Bishkek landline (0312) 62-45-18 without a phone word", "Рабочий: (0312) 62-45-18", digits=["0312624518"])
t("C", "Osh landline 03222 5 55 11 without brackets", "Дома: 03222 5 55 11", digits=["0322255511"])
t("C", "Naryn landline (03522) 5-12-34, Kyrgyz", "Үйдүн номери: (03522) 5-12-34", digits=["0352251234"])
# other identity documents of foreign detainees
t("C", "Russian work patent 'патент серия 77 № 1234567'", "Патент на работу серия 77 № 1234567 изъят.", digits=["1234567"])
t("C", "refugee certificate number", "Удостоверение беженца № 0012345 выдано УВКБ ООН.", digits=["0012345"])
t("C", "residence permit in Kyrgyz 'жашоого уруксат 012345678'", "Жашоого уруксат кагазы: 012345678.", digits=["012345678"])
t("C", "residence permit in English", "Residence permit 012345678 expired.", digits=["012345678"])
# clean: 'жеке' (personal) read as a person in C-521
t("clean", "Kyrgyz 'Жеке маалыматтар' (personal data) at a sentence start", "Жеке маалыматтар мыйзам менен корголот.", keep=["Жеке маалыматтар"])
t("clean", "Kyrgyz 'жеке менчик' (private property) mid-sentence", "Бул жай жеке менчикте эмес.", keep=["жеке менчикте"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
