"""Round 12, variations of B-1221 (a name in mathematical bold published): letters read as 'rn' by the scan's look-alike
table (every m-like scalar: mathematical m's, ḿ ṁ ṃ ɱ ⅿ). Run: python3 v12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def v(desc, body, needles, fmt="md", **kw):
    kw.setdefault("cmds", [["export", "ATK-9", "--audience", "public", "--format", fmt, "-o", "out/out." + fmt]])
    L.append(h.A("B-%04d" % (1501 + len(L)), "B", desc + ("" if fmt == "md" else " [%s]" % fmt), body, needles, **kw))
v("control: mathematical bold name without m (Sushanlo)", "Witness 𝐇𝐮𝐬𝐞𝐢𝐧 𝐒𝐮𝐬𝐡𝐚𝐧𝐥𝐨 saw it.", ["sushanlo"])
v("mathematical bold surname only (Özdemir, plain given name)", "Detainee Emre 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 was beaten.", ["ozdemir"])
v("only the m in mathematical bold: Özde𝐦ir", "Detainee Emre Özde𝐦ir was beaten.", ["ozdemir", "özdemir"])
v("m with dot above (U+1E41) in plain text: Özdeṁir", "Detainee Emre Özdeṁir was beaten.", ["ozdemir", "özdemir", "ozdeṁir"])
v("m with dot below (U+1E43): Urusteṃova", "Sezim Urusteṃova was released.", ["urustemova", "urusteṃova"])
v("mathematical bold Latin of a Cyrillic-only Kyrgyz name: 𝐊𝐮𝐦𝐮𝐬𝐡 𝐀𝐛𝐝𝐲𝐯𝐚𝐥𝐢 𝐤𝐲𝐳𝐲", "Witness 𝐊𝐮𝐦𝐮𝐬𝐡 𝐀𝐛𝐝𝐲𝐯𝐚𝐥𝐢 𝐤𝐲𝐳𝐲 saw it.", ["kumush", "abdyvali"])
v("mathematical sans-serif bold: 𝗢𝗺𝘂𝗿𝘇𝗮𝗸 𝗞𝗲𝗻𝗲𝘀𝗵 𝘂𝘂𝗹𝘂", "𝗢𝗺𝘂𝗿𝘇𝗮𝗸 𝗞𝗲𝗻𝗲𝘀𝗵 𝘂𝘂𝗹𝘂 was beaten in the van.", ["omurzak"])
v("mathematical monospace: 𝚄𝚛𝚞𝚜𝚝𝚎𝚖𝚘𝚟𝚊", "Ms 𝚄𝚛𝚞𝚜𝚝𝚎𝚖𝚘𝚟𝚊 was released.", ["urustemova"])
v("mathematical bold in the html export", "Detained: 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫.", ["ozdemir"], fmt="html")
v("mathematical bold in the json export", "Detained: 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫.", ["ozdemir"], fmt="json")
v("mathematical italic with m: 𝑈𝑟𝑢𝑠𝑡𝑒𝑚𝑜𝑣𝑎", "Ms 𝑆𝑒𝑧𝑖𝑚 𝑈𝑟𝑢𝑠𝑡𝑒𝑚𝑜𝑣𝑎 was released.", ["urustemova"])
v("double-struck: 𝔼𝕞𝕣𝕖 𝕆𝕫𝕕𝕖𝕞𝕚𝕣", "Detained: 𝔼𝕞𝕣𝕖 𝕆𝕫𝕕𝕖𝕞𝕚𝕣.", ["ozdemir"])
v("small roman numeral ⅿ for m: Özdeⅿir", "Detainee Emre Özdeⅿir was beaten.", ["ozdemir", "özdemir"])
v("the given name alone in bold: 𝐄𝐦𝐫𝐞 said", "𝐄𝐦𝐫𝐞 said he had no interpreter.", ["emre"])
v("state audience too: a detainee's name in bold in a state section, exported for the State", "## F {.state}\n\n𝐊𝐚𝐫𝐢𝐧𝐚 𝐁𝐞𝐤𝐭𝐮𝐫𝐠𝐚𝐧𝐨𝐯𝐚-𝐋𝐢𝐦 was held.", ["bekturganova", "karina"], cmds=[["export", "ATK-9", "--audience", "state", "--format", "md", "-o", "out/out.md"]])
v("ɱ (m with hook) in Kumush (Latin)", "Witness Kuɱush Abdyvali kyzy saw it.", ["kuɱush", "kumush"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
