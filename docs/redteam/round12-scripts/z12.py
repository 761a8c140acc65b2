"""Round 12, last variations: the mathematical-m class in other outputs and audiences; the semicolon clean case with
words that are no name. Run: python3 z12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def z(cls, desc, body, needles, **kw):
    L.append(h.A("%s-%04d" % (cls, 1991 + len(L)), cls, desc, body, needles, **kw))
REC = "## Recommendations {.public}\n\n1. [Ensure a doctor sees every detainee on arrival.]{.recommendation #R-12-1 to=\"Ministry of Interior\" theme=medical}"
z("E", "mathematical bold name in a state section, exported for the State (html)", "## F {.state}\n\nDetainee 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 was beaten.", ["ozdemir"], cmds=[["export", "ATK-9", "--audience", "state", "--format", "html", "-o", "out/s.html"]])
z("E", "rec report --to with a mathematical bold name (public)", REC, ["ozdemir"], cmds=[["rec", "report", "--audience", "public", "--to", "family of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫", "-o", "out/r.md"]])
z("E", "public annual summary (md) carrying a public section with a mathematical bold name", "## F {.public}\n\nDetainee 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 was beaten.", ["ozdemir"], cmds=[["summary", "--year", "2014", "--audience", "public", "--format", "md", "-o", "out/s.md"]])
z("E", "facility in mathematical bold naming the person, stats --by facility public", "Visit notes.", ["ozdemir"], fm={"facility": "Cell of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫"}, cmds=[["stats", "--audience", "public", "--by", "facility"]])
z("clean", "semicolon pair of an ordinary word and its plural (стол; столы)", "В камере один стол; столы в столовой новые.", [], keep=["стол; столы"], clean=True)
z("clean", "semicolon pair of Черных-word: черных; черные", "Много черных пятен; черные пятна на потолке тоже.", [], keep=["пятен; черные"], clean=True)
z("clean", "Kyrgyz semicolon pair: күмүш; күмүштөр", "Шакек күмүш; күмүштөр алынып коюлган.", [], keep=["күмүш; күмүштөр"], clean=True)
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
