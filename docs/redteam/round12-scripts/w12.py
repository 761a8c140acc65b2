"""Round 12, third wave: variations of B-1516 (the patronymic part alone) and typing substitutes for ы.
Run: python3 w12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def w(cls, desc, body, needles, fmt="md", **kw):
    kw.setdefault("cmds", [["export", "ATK-9", "--audience", "public", "--format", fmt, "-o", "out/out." + fmt]])
    L.append(h.A("%s-%04d" % (cls, 1601 + len(L)), cls, desc + ("" if fmt == "md" else " [%s]" % fmt), body, needles, **kw))
w("A", "P-13 patronymic part alone, Latin: Abdyvali kyzy", "Witness Abdyvali kyzy saw the beating.", ["abdyvali"])
w("A", "P-13 patronymic part alone, Cyrillic: Абдывали кызы", "Күбө Абдывали кызы сабоону көрдү.", ["абдывали"])
w("A", "P-13 patronymic part alone, Russian: гражданка Абдывали кызы", "Гражданка Абдывали кызы дала показания.", ["абдывали"])
w("A", "P-11 patronymic part alone: Кеңеш уулу", "Кеңеш уулу машинада сабалган.", ["кеңеш уулу"])
w("A", "P-11 patronymic part alone, Latin: Kenesh uulu", "Kenesh uulu was beaten in the van.", ["kenesh uulu"])
w("A", "P-13 Russified patronymic as surname: Абдывалиева Күмүш", "Абдывалиева Күмүш дала показания.", ["абдывалиев"])
w("B", "ы typed as ьі (Ukrainian keyboard): Черньіх", "Начальник Черньіх отказал.", ["черньіх", "черных"])
w("B", "ы typed as ъі: Черньіх with hard sign", "Начальник Черъіх отказал.", ["черъіх"], weak_note="unusual")
w("B", "ы as Latin bI inside Cyrillic: ЧЕРНbIХ", "НАЧАЛЬНИК ЧЕРНbIХ ОТКАЗАЛ.", ["чернbiх", "черных"])
w("B", "Latin look-alike capitals for a Cyrillic surname with Ы: 4EPHbIX", "НАЧАЛЬНИК 4EPHbIX ОТКАЗАЛ.", ["4ephbix"])
w("B", "palochka Ӏ for І in Latin: SUSHANӀO? no: Latin l written as palochka in Cyrillic name Сушанло → СушанӀо", "Хусейн СушанӀо видел избиение.", ["сушанӏо", "сушанло"])
w("B", "mathematical bold with m, Russian prose", "Задержанный 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 избит.", ["ozdemir", "emre"])
w("B", "mathematical bold Latin reading of a Cyrillic-only surname with m: 𝐔𝐫𝐮𝐬𝐭𝐞𝐦𝐨𝐯𝐚 (P-1 has Latin also)", "𝐔𝐫𝐮𝐬𝐭𝐞𝐦𝐨𝐯𝐚 𝐒𝐞𝐳𝐢𝐦 was released.", ["urustemova", "sezim"])
w("B", "mathematical bold in a heading", "## Case of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫\n\nText.", ["ozdemir"])
w("B", "mathematical bold in a title (front matter)", "Text.", ["ozdemir"], fm={"title": "Case of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫"})
w("B", "mathematical bold tag, stats --by tag public", "Text.", ["ozdemir"], fm={"tags": ["𝐨𝐳𝐝𝐞𝐦𝐢𝐫"]}, cmds=[["stats", "--audience", "public", "--by", "tag"]])
w("B", "mathematical bold in -o file name", "Text.", ["ozdemir"], cmds=[["export", "ATK-9", "--audience", "public", "--format", "md", "-o", "out/𝐎𝐳𝐝𝐞𝐦𝐢𝐫.md"]])
w("B", "mathematical bold m in a Latin reading of a Cyrillic-only name: Фаррух → 𝐅𝐚𝐫𝐫𝐮𝐱 (no m) control", "𝐅𝐚𝐫𝐫𝐮𝐤𝐡 𝐐𝐨𝐝𝐢𝐫𝐨𝐯 was held.", ["qodirov", "farrukh"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
