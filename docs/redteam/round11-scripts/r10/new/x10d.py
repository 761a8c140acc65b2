"""Round 10 follow-ups, fourth batch: is A-971's ch-for-kh gap limited to names declared in Latin only? Run: python3 x10d.py [IDS...]"""
import sys, harness as h
L = []
def t(cls, desc, body, needles=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    L.append(h.A("%s-%d" % (cls, 980 + n), cls, desc, body, list(needles), **kw))
t("A", "ch for kh, alone, a name declared in Latin and Cyrillic (D-R Rakhimov → Rachimow)", "Herr Rachimow klagt über Schläge.", ["rachimow"])
t("A", "ch for kh, alone, English spelling (Rachimov)", "Mr Rachimov was beaten.", ["rachimov"])
t("A", "ch for kh in a double surname, alone (Abdrachmanowa)", "Frau Abdrachmanowa ist im Hungerstreik.", ["abdrachmanowa"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
