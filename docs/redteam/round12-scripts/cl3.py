"""Round 12, bisecting clean-1203 (воробей; воробьи refused together, each alone exported). Run: python3 cl3.py [IDS...]"""
import sys, harness as h
L = []
def k(desc, body, keep, **kw):
    L.append(h.A("clean-%04d" % (1501 + len(L)), "clean", desc, body, [], keep=keep, clean=True, **kw))
k("воробей then a semicolon and another clause", "В столовую залетел воробей; потом он улетел.", ["залетел воробей; потом"])
k("воробьи after a semicolon", "Окна открыты; воробьи гнездятся под крышей.", ["; воробьи гнездятся"])
k("воробей, воробьи in one sentence with a comma", "В столовую залетел воробей, а воробьи гнездятся под крышей.", ["воробей, а воробьи"])
k("two sentences: воробей. Воробьи (capital at the start: trade-off)", "В столовую залетел воробей. Воробьи гнездятся под крышей.", ["Воробьи гнездятся"])
k("the exact sentence of clean-1203 without 'корпуса'", "В столовую залетел воробей; воробьи гнездятся под крышей.", ["воробей; воробьи"])
k("голубь; голуби (the same shape with P-3's word)", "Во двор залетел голубь; голуби гнездятся под крышей.", ["голубь; голуби"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
