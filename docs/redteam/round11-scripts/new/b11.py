"""Round 11, class B (disguises: how a reader sees Markdown/HTML), mostly on round 11's persons. Run: python3 b11.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def b(desc, body, needles, **kw):
    L.append(h.A("B-%04d" % (1101 + len(L)), "B", desc, body, needles, **kw))
EXPH = [["export", "ATK-9", "--audience", "public", "--format", "html", "-o", "out/out.html"]]
# HTML5 named entities for Cyrillic letters (&KHcy; &acy; ...): a browser and Pandoc show the name
b("HTML5 named Cyrillic entities spell Хасанов", "Начальник &KHcy;&acy;&scy;&acy;&ncy;&ocy;&vcy; отказал в доступе.", ["хасанов"])
b("one named Cyrillic entity inside the word: Лебе&dcy;ев", "Задержанный Лебе&dcy;ев жаловался.", ["лебедев"])
b("decimal entity with leading zeros: &#0001046;оробекова", "Гүлзада &#0001046;оробекова кармалган.", ["жоробекова"])
b("upper-case hex entity: Kudai&#X62;ergenov", "Almaz Kudai&#X62;ergenov was beaten.", ["kudaibergenov"])
b("legacy entity without semicolon: Lebe&shydev (browsers read &shy)", "Sergei Lebe&shydev was beaten.", ["lebedev"])
b("numeric soft hyphen entity &#173; in a Cyrillic surname", "Мээрим Сатыбал&#173;диева кош бойлуу.", ["сатыбалдиева"])
b("<wbr> inside the surname (HTML word-break, invisible)", "Алмаз Кудай<wbr>бергенов избит.", ["кудайбергенов"])
b("empty inline HTML element inside: Жапа<i></i>ров", "Эрмек Жапа<i></i>ров сабалган.", ["жапаров"])
b("<abbr title=…> carrying the name as a tooltip", "Инцидент с <abbr title=\"Дамир Хасанов\">начальником</abbr> ИВС.", ["хасанов"])
b("raw HTML <img alt=…> with the name", "Фото: <img src=\"x.png\" alt=\"Гүлзада Жоробекова в камере\">", ["жоробекова"])
# invisible characters not tried before on these persons
b("ZWNJ U+200C inside Хасанов", "Хаса\u200cнов отказал в доступе.", ["хасанов"])
b("Mongolian vowel separator U+180E inside Lebedev", "Sergei Lebe\u180edev was beaten.", ["lebedev"])
b("Hangul filler U+3164 inside Жапаров", "Эрмек Жапа\u3164ров сабалган.", ["жапаров"])
b("interlinear annotation marks U+FFF9..FFFB around a syllable", "Дастан Сейит\ufff9бе\ufffaх\ufffbков избит.", ["сейитбеков"])
b("variation selector after every letter of Toktobaeva", "Yrys " + "".join(c + "\ufe0f" for c in "Toktobaeva") + " was denied a doctor.", ["toktobaeva"])
b("tag characters (U+E0041…) inside Соловьёва", "Марина Солов\U000e0041\U000e0042ьёва пришла утром.", ["соловьёва", "соловьева"])
b("combining low line under each letter (underlined in Word)", "Начальник " + "".join(c + "\u0332" for c in "Хасанов") + " отказал.", ["хасанов"])
b("combining long stroke (strikethrough pasted as text)", "Задержан " + "".join(c + "\u0336" for c in "Кудайбергенов") + ".", ["кудайбергенов"])
b("combining diaeresis on Latin e: Lebëdev", "Sergei Lebëdev was beaten.", ["lebedev"])
# look-alike letters
b("all-Latin capitals that read as Cyrillic ХАСАНОВ: XACAHOB", "НАЧАЛЬНИК XACAHOB ОТКАЗАЛ В ДОСТУПЕ.", ["хасанов"])
b("mixed script: Zhorobekова (Latin start, Cyrillic end)", "Gulzada Zhorobekова was detained.", ["zhorobekova", "жоробекова"])
b("Greek look-alikes in Latin: Lεbεdεv", "Sergei L\u03b5b\u03b5d\u03b5v was beaten.", ["lebedev"])
b("Cyrillic і/ј in Latin Meerim Satybaldieva", "Meer\u0456m Satybald\u0456eva was pregnant.", ["satybaldieva"])
b("fullwidth Latin Ｌｅｂｅｄｅｖ", "Sergei \uff2c\uff45\uff42\uff45\uff44\uff45\uff56 was beaten.", ["lebedev"])
b("mathematical bold 𝐓𝐨𝐤𝐭𝐨𝐛𝐚𝐞𝐯𝐚", "Yrys \U0001d413\U0001d428\U0001d424\U0001d42d\U0001d428\U0001d41b\U0001d41a\U0001d41e\U0001d42f\U0001d41a was denied a doctor.", ["toktobaeva"])
b("ligature ﬀ in Lebedeff (French spelling pasted from a PDF)", "Serguei Lebede\ufb00 a été battu.", ["lebedeff"])
# letter-spacing with unusual spaces
b("letter-spaced with ideographic space U+3000", "Задержанный " + "\u3000".join("Хасанов") + " жаловался.", ["хасанов"])
b("letter-spaced with hair spaces U+200A (Word's expanded spacing)", "Задержанный " + "\u200a".join("Лебедев") + " жаловался.", ["лебедев"])
b("letter-spaced Latin with NBSP + dots: T.o.k.t.o.b.a.e.v.a", "Yrys T.o.k.t.o.b.a.e.v.a was denied.", ["toktobaeva"])
# Markdown / Pandoc constructs
b("Pandoc superscript inside the word: Жоро^бекова^", "Гүлзада Жоро^бекова^ кармалган.", ["жоробекова"])
b("Pandoc subscript inside the word: Lebe~dev~", "Sergei Lebe~dev~ was beaten.", ["lebedev"])
b("empty bracketed span: Кудай[]{}бергенов", "Алмаз Кудай[]{}бергенов избит.", ["кудайбергенов"])
b("smallcaps span around the first syllable: [Хаса]{.smallcaps}нов", "[Хаса]{.smallcaps}нов отказал в доступе.", ["хасанов"])
b("inline footnote holding the name: ^[…]", "Один задержанный избит.^[Это был Алмаз Кудайбергенов.]", ["кудайбергенов"])
b("footnote definition before its reference", "[^a]: Имя: Мээрим Сатыбалдиева.\n\nЗадержанная была беременна.[^a]", ["сатыбалдиева"])
b("definition list: the name as the term", "Гүлзада Жоробекова\n:   задержана 3 октября, следы побоев.", ["жоробекова"])
b("line block with the name", "| Кудайбергенов Алмаз\n| камера 3, без врача", ["кудайбергенов"])
b("raw HTML block <div> holding the name", "<div>\nДастан Сейитбеков избит.\n</div>", ["сейитбеков"])
b("raw HTML <details>/<summary> holding the name", "<details><summary>Подробнее</summary>Эрмек Жапаров избит.</details>", ["жапаров"])
b("link reference definition with the name in its title, used by a link", "Смотрите [заявление][z].\n\n[z]: https://example.org/z \"Заявление Гүлзады Жоробековой\"", ["жоробеков"])
b("link reference definition with the name in the URL path", "См. [профиль][p].\n\n[p]: https://t.me/sergei_lebedev", ["lebedev"])
b("percent-encoded Cyrillic name in a link target", "[Жалоба](https://example.org/%D0%A5%D0%B0%D1%81%D0%B0%D0%BD%D0%BE%D0%B2.pdf)", ["хасанов"])
b("autolink mailto with the name", "Связь: <mailto:almaz.kudaibergenov@mail.ru>", ["kudaibergenov"])
b("HTML comment splitting a Kyrgyz case form: Жапаров<!-- -->дун", "Жапаров<!-- -->дун колу сынган.", ["жапаров"])
# text pasted from Word
b("smart quotes and NBSP: «Дамир\u00a0Хасанов»", "Со слов «Дамир\u00a0Хасанов» — начальник.", ["хасанов"])
b("RLM marks between every letter of Lebedev", "Sergei " + "\u200f".join("Lebedev") + " was beaten.", ["lebedev"])
b("soft hyphen + line break inside a Kyrgyz case form", "Сатыбал\u00ad\nдиеванын колу сынган.", ["сатыбалдиева"])
b("en-dash hyphenation at a line end (OCR)", "Задержанный Кудайбер–\nгенов жаловался.", ["кудайбергенов"])
b("HTML export: name split by an HTML comment (public HTML)", "Sergei Lebe<!-- x -->dev was beaten.", ["lebedev"], cmds=EXPH)
b("HTML export: named Cyrillic entities (public HTML)", "&Zhcy;&acy;&pcy;&acy;&rcy;&ocy;&vcy; сабалган.", ["жапаров"], cmds=EXPH)
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
