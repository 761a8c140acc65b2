"""Round 12, variations of clean-1203 (lower-case воробей/воробьи refused). Run: python3 cl2.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def k(desc, body, keep, **kw):
    L.append(h.A("clean-%04d" % (1401 + len(L)), "clean", desc, body, [], keep=keep, clean=True, **kw))
k("воробей alone (nominative, lower case)", "В столовую залетел воробей.", ["залетел воробей"])
k("воробьи alone (plural, lower case)", "Под крышей корпуса гнездятся воробьи.", ["гнездятся воробьи"])
k("воробья, воробьям (oblique cases)", "Кот поймал воробья; осуждённые кормят воробьям крошки.", ["поймал воробья", "воробьям крошки"])
k("воробьёв (genitive plural)", "На дворе много воробьёв.", ["много воробьёв"])
k("Kyrgyz prose: a Russian loan воробей? no: English sparrows", "Sparrows nest under the roof of block 2.", ["Sparrows nest"])
k("голубь alone (nominative, lower case)", "Во двор залетел голубь.", ["залетел голубь"])
k("черных at a sentence start as an adjective with its noun", "Черных пятен на стенах стало меньше.", ["Черных пятен"], weak_note="capital at a sentence start")
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
