"""Round 12, variations of E-1204/E-1213 (a surname alone in another language's transliteration) and E-1219.
Run: python3 ev12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def v(cls, desc, body, needles, **kw):
    L.append(h.A("%s-%04d" % (cls, 1801 + len(L)), cls, desc, body, list(needles), **kw))
v("A", "P-10 Polish Lachowicz alone in the body", "Deputy head Lachowicz refused to show the register.", ["lachowicz"])
v("A", "P-10 Polish female form Lachowiczowa", "Pani Lachowiczowa odmówiła.", ["lachowicz"])
v("A", "P-10 German Ljachowitsch alone", "Die stellvertretende Leiterin Ljachowitsch verweigerte den Zugang.", ["ljachowitsch"])
v("A", "P-10 French Liakhovitch alone", "La directrice adjointe, Mme Liakhovitch, a refusé.", ["liakhovitch"])
v("A", "P-10 Czech Ljachovič alone", "Zástupkyně Ljachovič odmítla.", ["ljachovič", "ljachovic"])
v("A", "P-10 Belarusian Ляховіч alone", "Намеснік Ляховіч адмовіла.", ["ляховіч"])
v("A", "P-10 control: Lyakhovich alone", "Deputy head Lyakhovich refused to show the register.", ["lyakhovich"])
v("A", "P-5 Polish Czernych alone", "Naczelnik Czernych odmówił wstępu.", ["czernych"])
v("A", "P-5 German Tschernych alone", "Der Leiter Tschernych verweigerte den Zugang.", ["tschernych"])
v("A", "P-8 Qodirov alone", "Qodirov was held without an interpreter.", ["qodirov"])
v("A", "P-3 Polish Gołąb? no: Holub (Czech/Ukrainian Latin) alone", "Mr Holub said he was kicked.", ["holub"], weak_note="Holub is the Ukrainian form, a near-name")
v("E", "P-10 Lachowicz in a tag, stats --by tag public", "Visit notes.", ["lachowicz"], cmds=[["stats", "--audience", "public", "--by", "tag"]], fm={"tags": ["lachowicz-complaint"]})
v("E", "P-10 Lachowicz in -o file name", "Visit notes.", ["lachowicz"], cmds=[["export", "ATK-9", "--audience", "public", "--format", "md", "-o", "out/Lachowicz.md"]])
v("E", "-o file named with a Luhn-valid card number", "Visit notes.", [], cmds=[["export", "ATK-9", "--audience", "public", "--format", "md", "-o", "out/4169585312345670.md"]], digits=["4169585312345670"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
