"""Round 11 follow-ups, fourth batch: how wide are the round's classes (places read as names, look-alike words, dotted
capitals, possessives of names that are no word, diminutives)? Run: python3 x11d.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def t(cls, desc, body, needles=(), digits=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    kw.setdefault("clean", cls == "clean")
    L.append(h.A("%s-%d" % (cls, 1970 + n), cls, desc, body, list(needles), digits=list(digits), **kw))
EXPL = [["export", "ATK-9", "--audience", "public", "--format", "md", "-o", "out/out.md", "--explain"]]
t("clean", "Khujand in the nominative and in Latin", "Он родом из Худжанда (Khujand), Таджикистан.", keep=["Худжанда", "Khujand"], cmds=EXPL)
t("clean", "Andijan (Uzbek city ending in -жан) in Russian", "Его брат работает в Андижане, Андижанская область.", keep=["Андижане"], cmds=EXPL)
t("clean", "Джалал-Абад (the Russian spelling of Жалал-Абад)", "Его перевели в СИЗО Джалал-Абада.", keep=["Джалал-Абада"], cmds=EXPL)
t("clean", "Таджикистан and таджик", "Гражданин Таджикистана, таджик по национальности.", keep=["Таджикистана"], cmds=EXPL)
t("clean", "Kyrgyz: Жаныл Мырза (epic heroine), жаным (my dear)", "Жаным, деди апасы. Китепте Жаңыл Мырза жөнүндө жазылган.", keep=["Жаным", "Жаңыл Мырза"], cmds=EXPL)
t("B", "dotted capitals with spaces, read as a string of initials: Т. О. К. Т. О. Б. А. Е. В. А.", "Задержанная Т. О. К. Т. О. Б. А. Е. В. А. жаловалась.", ["токтобаева"])
t("B", "look-alike capitals in the feminine genitive: XACAHOBA (no such person, the surname's form)", "ЖАЛОБА XACAHOBA РАССМОТРЕНА.", ["хасанова"])
t("B", "look-alike capitals inside a Kyrgyz sentence in lower case: Xacahoв", "Начальник Xacahoв келген жок.", ["хасанов"])
t("A", "possessive of a name that is no word: Гүлзадабыз ('our Gulzada')", "Гүлзадабыз үч күн камакта отурду.", ["гүлзада"])
t("A", "possessive of a name that is no word: Аселим ('my Asel')", "— Аселим кайда? — деп ыйлады апасы.", ["асел"])
t("A", "diminutive Асечка", "Асечку увели на допрос.", ["асечк"])
t("A", "diminutive Серж (Сергей)", "Серж сказал, что его били.", ["серж"])
t("A", "diminutive Дамирчик for the official (public)", "Дамирчик, как его зовут охранники, ударил задержанного.", ["дамирчик"])
t("A", "diminutive Мээка (Мээрим), Kyrgyz", "Мээка ооруп калды.", ["мээка"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
