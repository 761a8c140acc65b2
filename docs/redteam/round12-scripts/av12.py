"""Round 12, variations of A-1310 (Стасик), A-1314 (Оля beside the pseudonym), A-1311 (Слава beside it), A-1318 (Шаха).
Run: python3 av12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def a(desc, body, needles, **kw):
    L.append(h.A("A-%04d" % (1901 + len(L)), "A", desc, body, needles, **kw))
a("P-10 Оля alone", "Оля из спецчасти выдала журнал.", ["оля"])
a("P-10 Оля Ляхович in Kyrgyz prose", "Оля Ляхович журналды берди.", ["оля"])
a("P-10 Ляхович Оля (surname first)", "Ляхович Оля выдала журнал.", ["оля"])
a("P-10 Олечка Ляхович", "Олечка Ляхович выдала журнал.", ["олечк"])
a("P-5 Стас alone", "Стас ударил его первым.", ["стас удар"])
a("P-5 Стасу, Стасом (cases of Стас)", "Стасу приказали молчать; со Стасом никто не спорил.", ["стасу", "стасом"])
a("P-5 Стасик Черных", "Стасик Черных ударил первым.", ["стасик"])
a("P-5 Stas Chernykh (Latin)", "Stas Chernykh hit him first.", ["stas chern", "stas"])
a("P-4 Женя Воробей in Latin: Zhenya Vorobey", "Zhenya Vorobey waited at the gate.", ["zhenya"])
a("P-12 Emre Bey (Turkish honorific)", "Emre Bey avukat istedi.", ["emre bey"])
a("extra person X-1 Анна Карпович (-вич surname, no patronymic): Аня alone", "Аня плакала в камере.", ["аня"], fm={"extra_persons": [("X-1", "Анна Карпович", [], "detainee")]})
a("extra person X-2 Анна Сергеевна Карпова (patronymic, -ова surname): Аня alone", "Аня плакала в камере.", ["аня"], fm={"extra_persons": [("X-2", "Анна Сергеевна Карпова", [], "detainee")]})
a("extra person X-3 Анна Сергеевна Карпович (patronymic and -вич surname): Аня alone", "Аня плакала в камере.", ["аня"], fm={"extra_persons": [("X-3", "Анна Сергеевна Карпович", [], "detainee")]})
a("P-10 Ольга alone", "Ольга из спецчасти выдала журнал.", ["ольга"])
a("extra person X-4 Ольга Карпова: Оля alone", "Оля плакала в камере.", ["оля"], fm={"extra_persons": [("X-4", "Ольга Карпова", [], "detainee")]})
a("extra person X-5 Людмила Карпова: Люда alone (control of another -ьга/-ла name)", "Люда плакала в камере.", ["люда"], fm={"extra_persons": [("X-5", "Людмила Карпова", [], "detainee")]})
a("extra person X-6 Анна Семёновна Карпович (ё in the patronymic): Аня alone", "Аня плакала в камере.", ["аня"], fm={"extra_persons": [("X-6", "Анна Семёновна Карпович", [], "detainee")]})
a("extra person X-7 Ольга Сергеевна Карпович (Ольга, patronymic without ё, -вич surname): Оля alone", "Оля плакала в камере.", ["оля"], fm={"extra_persons": [("X-7", "Ольга Сергеевна Карпович", [], "detainee")]})
a("extra person X-8 Ольга Сергеевна Карпова (patronymic, -ова surname): Оля alone", "Оля плакала в камере.", ["оля"], fm={"extra_persons": [("X-8", "Ольга Сергеевна Карпова", [], "detainee")]})
a("extra person X-9 Мария Сергеевна Карпович: Маша alone", "Маша плакала в камере.", ["маша"], fm={"extra_persons": [("X-9", "Мария Сергеевна Карпович", [], "detainee")]})
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
