"""Hand judgements of round 12 (every harness flag and every refusal of a clean text was read by hand).
v: verdict; sev: high / medium / low; what: what the reader sees; why: the cause as read in the source."""
J = {}
def j(ids, v, sev, what, why=""):
    for i in ids.split():
        J[i] = dict(v=v, sev=sev, what=what, why=why)
MATH = ("LeakNormalizer.readingLookAlikes reads a scalar NFKC changes by its confusable shape first; the generated "
        "LeakLookAlikeTable reads every mathematical m (U+1D426, 1D45A, 1D48E, 1D4C2, 1D4F6, 1D52A, 1D55E, 1D592, 1D5C6, "
        "1D5FA, 1D62E, 1D662, 1D696) and ɱ, ḿ, ṁ, ṃ, ⅿ as the two letters 'rn' (UTS #39 skeleton), so Özdemir is read "
        "'ozdernir', Emre 'ernre'; the projector's NameNormalization does NFC, not NFKC, and leaves the styled letters. "
        "A name part with no m in it is still read (B-1501, B-1506, B-1618 refused).")
j("B-1221", "LEAK", "high", "`Detained: 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫.` (mathematical bold, as 'fancy text' from a social-media bio pastes) published, nothing withheld", MATH)
j("B-1507", "LEAK", "high", "`𝗢𝗺𝘂𝗿𝘇𝗮𝗸 𝗞𝗲𝗻𝗲𝘀𝗵 𝘂𝘂𝗹𝘂 was beaten in the van.` (sans-serif bold) published", MATH)
j("B-1508", "LEAK", "high", "`Ms 𝚄𝚛𝚞𝚜𝚝𝚎𝚖𝚘𝚟𝚊 was released.` (monospace) published", MATH)
j("B-1509", "LEAK", "high", "HTML export: `<p>Detained: 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫.</p>`", MATH)
j("B-1510", "LEAK", "high", "JSON export: `\"text\" : \"Detained: 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫.\"`", MATH)
j("B-1511", "LEAK", "high", "`Ms 𝑆𝑒𝑧𝑖𝑚 𝑈𝑟𝑢𝑠𝑡𝑒𝑚𝑜𝑣𝑎 was released.` (italic) published", MATH)
j("B-1512", "LEAK", "high", "`Detained: 𝔼𝕞𝕣𝕖 𝕆𝕫𝕕𝕖𝕞𝕚𝕣.` (double-struck) published", MATH)
j("B-1514", "LEAK", "high", "`𝐄𝐦𝐫𝐞 said he had no interpreter.` the given name alone in bold published", MATH)
j("B-1612", "LEAK", "high", "`Задержанный 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 избит.` in Russian prose published", MATH)
j("B-1613", "LEAK", "high", "`𝐔𝐫𝐮𝐬𝐭𝐞𝐦𝐨𝐯𝐚 𝐒𝐞𝐳𝐢𝐦 was released.` published", MATH)
j("B-1614", "LEAK", "high", "heading `## Case of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫` published", MATH)
j("B-1615", "LEAK", "high", "title `# Case of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫` heads the public export", MATH)
j("B-1616", "LEAK", "high", "`stats --audience public --by tag` prints the tag row `𝐨𝐳𝐝𝐞𝐦𝐢𝐫        <5`", MATH)
j("B-1617", "LEAK", "high", "`-o out/𝐎𝐳𝐝𝐞𝐦𝐢𝐫.md`: the public export and its .minisig are written under the name", MATH)
j("B-1516", "LEAK (weak)", "low", "`Witness Kuɱush Abdyvali kyzy saw it.` (ɱ, m with hook, an IPA letter) published whole", MATH + " ɱ is < U+0370, read through LeakLookAlikes.multiple in the slow path.")
PL = ("ForeignTransliteration.polish writes я as 'ja' everywhere (Ljachowicz), but Polish writes ля, лю, лё as la, lu, lo "
      "(its l is soft; hard л is ł): Lachowicz is one consonant (j) from the derived key, and the near-name reader allows "
      "a vowel, not a consonant, to be left out. With the given name beside it (A-1246 `Pani Olga Lachowicz`) the neighbour "
      "rule takes it in; German, French, Czech and Belarusian forms alone are read (A-1803..A-1806).")
j("A-1801", "LEAK", "high", "`Deputy head Lachowicz refused to show the register.`: the Polish spelling of Ляхович (P-10) alone published", PL)
j("A-1802", "LEAK", "high", "`Pani Lachowiczowa odmówiła.`: the Polish married form published", PL)
j("E-1204", "LEAK", "high", "title `Complaint against deputy head Lachowicz` heads the public export (`# Complaint against deputy head Lachowicz`)", PL)
j("E-1213", "LEAK", "high", "`rec report --to \"Pani Lachowicz\"`: public report headed `# Follow-up of recommendations addressed to Pani Lachowicz` (and signed)", PL)
j("E-1812", "LEAK", "high", "`stats --by tag --audience public` prints `lachowicz-complaint        <5`", PL)
j("E-1813", "LEAK", "high", "`-o out/Lachowicz.md`: the public export and its .minisig written under the name", PL)
VOL = ("Russian chat transliteration (volapuk) writes ч as the digit 4 (4to, 4ernyh); neither the look-alike fold nor the "
       "name keys read 4 as ч, so `4EPHbIX` is not read as ЧЕРНЫХ (`ЧЕРНbIХ`, B-1609, is refused).")
j("B-1610", "LEAK", "medium", "`НАЧАЛЬНИК 4EPHbIX ОТКАЗАЛ.` (Latin capitals and 4 for Ч, as an SMS is typed) published", VOL)
j("B-1608", "LEAK (weak)", "low", "`Начальник Черъіх отказал.` (ы typed as ъ+і) published; `Черньіх` with ь+і is replaced (B-1607)", "ъі is a rare way to type ы; ьі is read")
CASE = ("CaseNumberDetector needs the case word right before the number sign (`личное дело № 4512`, `кылмыш иши №`); a word "
        "between (`осуждённого`, `заключённого за`), the genitive after `номер` (`номер личного дела 4512`), the register "
        "abbreviation `л/д`, Kyrgyz `жеке иш(и/инде)` and a number that comes before its `кылмыш иши` with a `№` "
        "(only `-номерлүү` is read) or after `зарегистрированное под №` are not read.")
j("C-1210", "LEAK", "medium", "`Личное дело осуждённого № 12-3456 не предъявлено.` published", CASE)
j("C-1702", "LEAK", "medium", "`Личное дело осуждённого № 4512 не предъявлено.` published (the policy's own example `личное дело № 4512` is withheld, C-1701)", CASE)
j("C-1703", "LEAK", "medium", "`Номер личного дела 4512 нам не назвали.` published", CASE)
j("C-1704", "LEAK", "medium", "`Согласно л/д № 4512 он прибыл в 2013 г.` published", CASE)
j("C-1705", "LEAK", "medium", "`Личное дело заключённого за № 4512 утеряно.` published", CASE)
j("C-1211", "LEAK", "medium", "`Соттолгондун жеке иши № 7788 көрсөтүлгөн жок.` (the convict's personal file) published", CASE)
j("C-1707", "LEAK", "medium", "`Жеке иш № 7788 көрсөтүлгөн жок.` published", CASE)
j("C-1708", "LEAK", "medium", "`Анын жеке ишинде № 7788 деп жазылган.` published", CASE)
j("C-1242", "LEAK", "medium", "`№ 123-45/2015 кылмыш иши козголду.` published (the number before its Kyrgyz case word)", CASE)
j("C-1709", "LEAK", "medium", "`Тергөөчү № 123-45/2015 кылмыш ишин токтотту.` published", CASE)
j("C-1711", "LEAK", "medium", "`Уголовное дело, зарегистрированное под № 123-45/2015, прекращено.` published", CASE)
PH = ("PhoneNumberDetector reads `0` + 9 digits (the Kyrgyz national form) and prefixless mobiles of 2-3-2-2/3-2-2-2/3-3-2-2; "
      "the Turkish national form `0532 123 45 67` (0 + 10 digits, 4-3-2-2) matches neither; after a phone word it is read "
      "(C-1712 `Телефон`, C-1713 `tel.`), but the Turkish/Uzbek word `Telefon` is not a phone word.")
j("C-1233", "LEAK", "medium", "`Telefon: 0532 123 45 67 (annesi).` (a Turkish detainee's mother's mobile) published", PH)
j("C-1715", "LEAK", "medium", "`- annesi: 0532 123 45 67` / `- babası: 0533 765 43 21` published", PH)
SP = ("A `sensitive` string declared in its Russian spelling (`Кок-Жар`) is not read in its Kyrgyz spelling (о written ө): "
      "round 10 derives the Russian spellings of a Kyrgyz-spelt place (ө→о), not the reverse; and in Latin `Kök-Jar` "
      "the ö is not folded (`Kok-Jar`, C-1719, is withheld).")
j("C-1246", "LEAK", "medium", "`Көк-Жарда кармалып турган.` (sensitive `Кок-Жар` in its Kyrgyz spelling) published", SP)
j("C-1717", "LEAK", "medium", "`Көк-Жардагы изолятордо сабалган.` published", SP)
j("C-1720", "LEAK", "medium", "`Его держали в Көк-Жаре два дня.` published", SP)
j("C-1718", "LEAK", "medium", "`He was held in Kök-Jar for two days.` published", SP)
j("C-1204", "LEAK (scope)", "low", "`Перевод на счёт KZ86 125K ZT50 0410 0100` (a relative's IBAN) published", "policy/README.md: a card is never read after an account word; IBANs and accounts are no detector")
j("C-1205", "LEAK (scope)", "low", "`Лицевой счёт осуждённого 40817810099910004312.` published", "accounts are no detector")
j("C-1207", "LEAK (scope)", "low", "`История болезни № 2345/14 в ЦРБ` published", "medical record numbers are no detector")
j("C-1208", "LEAK (scope)", "low", "`Медициналык картасы № 5678` published", "medical record numbers are no detector")
j("C-1209", "LEAK (scope)", "low", "`Hospital MRN 00451923` published", "medical record numbers are no detector")
j("C-1212", "LEAK (scope)", "low", "`На бирке: отряд 5, № 1234` (a prisoner's badge number) published", "no detector for badge numbers")
j("C-1218", "LEAK (scope)", "low", "`IP 92.62.71.14` published", "no detector for IP addresses")
j("C-1224", "LEAK (scope)", "low", "`Шиносномаи 400123456` (Tajik 'passport' + 9 digits) published", "document labels are Russian, English, Kyrgyz only")
j("C-1225", "LEAK (scope)", "low", "`T.C. Kimlik No: 12345678950` (a Turkish national's personal number) published", "only the Kyrgyz PIN and the Kazakh IIN are personal numbers")
j("E-1215", "HELD", "", "the public `rec report` was refused (`protected-name in export line 13, person P-5`); the name flagged is in `rec respond`'s own confirmation to the internal operator, not a State or public output")
j("E-1219", "LEAK (weak)", "low", "`-o out/4169585312345678.md` written; the 16 digits are not Luhn-valid, so the policy reads no card (a Luhn-valid number, E-1814, is refused)", "by the policy's card rule")
SEMI = ("Each form alone, and the pair joined by a comma, is exported (clean-1401..1406, 1501..1503); only `слово; слова` "
        "with a semicolon is refused, by the scan (no projector replacement), naming line 74 column 1 and P-4/P-3/P-13; ordinary words in the same shape (`стол; столы`, `черных; черные`: clean-1995, clean-1996) pass, so it needs a word that is a protected name part. The scan "
        "seems to read a semicolon-separated pair of the same surname-word as a list of the person's name forms; the "
        "lexicon's lower-case rule does not apply there. Not traced further.")
j("clean-1203", "REFUSED-CLEAN", "medium", "`В столовую залетел воробей; воробьи гнездятся под крышей корпуса.` refused: `protected-name at ATK-9 line 74, column 1, person P-4`", SEMI)
j("clean-1505", "REFUSED-CLEAN", "medium", "`В столовую залетел воробей; воробьи гнездятся под крышей.` refused (person P-4)", SEMI)
j("clean-1506", "REFUSED-CLEAN", "medium", "`Во двор залетел голубь; голуби гнездятся под крышей.` refused (person P-3)", SEMI)
j("clean-1504", "REFUSED-CLEAN (trade-off)", "low", "`… залетел воробей. Воробьи гнездятся под крышей.` refused: the surname-word with its capital at a sentence start", "documented: a capital at a sentence start fails closed")
j("clean-1407", "REFUSED-CLEAN(damaged) (trade-off)", "low", "`Черных пятен на стенах стало меньше.` → `Должностное лицо A пятен на стенах…`", "documented: a capital at a sentence start fails closed")
j("clean-1247", "REFUSED-CLEAN(damaged) (trade-off)", "low", "list items `- Голубь на гербе — символ мира.`, `- Воробей — обычная птица.` → `- Задержанный A на гербе…`, `- Родственник A — обычная птица.`", "a list item's first word is a sentence start")
j("clean-1205", "REFUSED-CLEAN(damaged) (trade-off)", "low", "`плакат «Голубь мира»` → `плакат «Задержанный A мира»`", "a capitalised surname-word opening a quoted title")
j("clean-1215", "REFUSED-CLEAN(damaged) (trade-off)", "low", "`кризисный центр «Сезим»` (a real Bishkek NGO) → `кризисный центр «Задержанный A»`", "a given-name word alone in guillemets after an organisation noun is read as the person (`«Эркин Тоо»`, two words, is an entity)")
j("clean-1219", "REFUSED-CLEAN(damaged) (trade-off)", "low", "`the Yunus Emre Institute` → `the Yunus Detainee A Institute`", "a famous namesake with another name: the known trade-off (`Марины Цветаевой`)")
j("clean-1252", "REFUSED-CLEAN(damaged) (trade-off)", "low", "`Golub-Dobrzyń prison` (a Polish town) → `Detainee A-Dobrzyń prison`", "a town whose first part is a transliteration of the surname Голубь")
j("clean-1220", "REFUSED-CLEAN", "medium", "`Театральный кружок занимается по системе Станиславского.` refused (person P-5)", "the scan reads the -ский surname built on the given name Станислав as the person's name; the Stanislavski system is the theatre's everyday word")
CHAT = ("Russian chat transliteration (volapuk) writes ч as 4, ш as w, х as x, я as j/ja; the name keys and the scan's "
        "sound skeleton read ch/sh/kh and one slip, so a name with one volapuk letter where the key has two (4 for ch, w "
        "for sh) or two substitutions at once is neither replaced nor refused. `ChatRegister` reads a chat's lower-case "
        "words, not its letters. With the given name beside it (B-1954 `Husein Suwanlo`) the neighbour rule takes it in; "
        "one substitution of x or j alone is read (B-1951, B-1952).")
j("B-1327", "LEAK", "medium", "chat line `[21:10] brat: 4ernyh skazal 4to ego ne vypustyat` published", CHAT)
j("B-1331", "LEAK", "medium", "`Начальник 4ерных отказал.` published", CHAT)
j("B-1955", "LEAK", "medium", "`[21:16] brat: 4ERNYH ne pustil` published", CHAT)
j("B-1610", "LEAK", "medium", "`НАЧАЛЬНИК 4EPHbIX ОТКАЗАЛ.` (Latin look-alike capitals and 4 for Ч) published; `ЧЕРНbIХ` (B-1609) is refused", CHAT)
j("B-1329", "LEAK", "medium", "`[21:13] drug: Yuldawev v bolnice` published (Юлдашев, the Russian form of Yo'ldoshev, with w for ш)", CHAT)
j("B-1953", "LEAK", "medium", "`[21:15] sosed: Suwanlo videl kak bili` published", CHAT)
j("B-1328", "LEAK", "medium", "`[21:12] sestra: Ljaxovich ne dala svidanie` published (j for я and x for х together; each alone is read)", CHAT)
STAS = ("`diminutives.txt` lists `станислав стас`; Стас, Стасу, Стасом are replaced (A-1905, A-1906) and `Стасик Черных` "
        "is taken in beside the surname (A-1907), but `Стасик` alone is not derived: `GivenNameDiminutives.derived(from:)` "
        "returns nothing for a short form that does not end in а, я or ь (`guard … \"аяь\".contains(last)`), so Стас gets no "
        "Стасик (nor Стасенька, Стасюша); the same holds for every consonant-final short form in diminutives.txt.")
DIM = ("`diminutives.txt` lists `ольга оля`, yet for P-10 `Ольга Семёновна Ляхович` Оля is never derived: alone, beside "
       "the surname, surname first, Олечка. Controls with extra persons: `Ольга Карпова` (A-1915) and `Ольга Сергеевна "
       "Карпова` (A-1919) get Оля; `Ольга Сергеевна Карпович` (A-1918) and `Мария Сергеевна Карпович` (A-1920, Маша) do "
       "not. Cause (read in Names/NameParts.swift, `parse`): a token whose skeleton ends in `oviq`/`eviq` is given the role "
       "`.patronymic`, so a Belarusian/Polish -ович/-евич surname (Ляхович, Карпович) is read as a second patronymic; the "
       "only open token left, the given name, is then made the `.surname` by `surnameIndex` (one open token), and "
       "`NameDiminutiveSpellings.derived` finds no `.given` part, so no short form is derived. Аня is still caught for "
       "`Анна (Сергеевна) Карпович` (A-1911, A-1913, A-1917), probably by the near-name rule (one slip from Анна), not as a "
       "diminutive.")
j("A-1310", "LEAK", "high", "`Стасик, так его зовут сотрудники, ударил первым.` published (Стасик: the usual diminutive of Станислав, P-5)", STAS)
j("A-1901", "LEAK", "high", "`Оля из спецчасти выдала журнал.` published (Оля: the diminutive of Ольга, P-10, listed in diminutives.txt)", DIM)
j("A-1902", "LEAK", "high", "`Оля Ляхович журналды берди.` → `Оля Должностное лицо A журналды берди.`: the given name's short form published beside the pseudonym", DIM)
j("A-1903", "LEAK", "high", "`Ляхович Оля выдала журнал.` → `Должностное лицо A Оля выдала журнал.`", DIM)
j("A-1904", "LEAK", "high", "`Олечка Ляхович выдала журнал.` → `Олечка Должностное лицо A …`", DIM)
j("A-1314", "LEAK", "high", "`Оля Ляхович из спецчасти выдала журнал.` → `Оля Должностное лицо A из спецчасти выдала журнал.`", DIM)
j("A-1311", "LEAK (weak)", "low", "`Слава Черных лично руководил обыском.` → `Слава Должностное лицо A лично руководил обыском.`", "Слава is not listed for Станислав in diminutives.txt (only стас); it is also the short form of Вячеслав, Ярослав and a word")
j("A-1318", "LEAK (weak)", "low", "`Шаха избили в машине.` published (Шах, a Russian short form of Шахрух/Шохрух, in the accusative)", "also a form of шах (shah); nothing lists Uzbek short forms")
ADDR = ("HomeAddressDetector reads Kyrgyz `көчөсү` and `N-үй`/`N-үйдө` in the base forms the policy lists; the attributive "
        "locative `көчөсүндөгү` and the possessive `N-үйүндө`, `N-үйдүн` are not read as the street and the house (in C-1240 "
        "only `үйдүн 7-батиринде` is withheld, leaving the street and house number), and a Russian street named without "
        "its street word (`Токтогула 15-23`, house 15 flat 23, after `Проживает:`) is not an address.")
j("C-1240", "LEAK", "medium", "`Ал Токтогул көчөсүндөгү 125-үйдүн 7-батиринде жашайт.` → `Ал Токтогул көчөсүндөгү 125-[үй дареги жашырылды] жашайт.`: the street and the house number published, only the flat withheld", ADDR)
j("C-1434", "LEAK", "medium", "`Ал Ош шаарындагы Ленин көчөсүндөгү 15-үйүндө жашайт.` published", ADDR)
j("C-1433", "LEAK", "medium", "`Проживает: г. Ош, Токтогула 15-23.` published", ADDR)
j("C-1436", "LEAK", "medium", "`The criminal file no. 15/2014-123 was closed.` published", "the English criminal word is read before `case`, and `case file` since session 43; `criminal file no.` is neither")
j("C-1432", "LEAK (scope)", "low", "`Карта: 4169 58** **** 5678` published (a card masked in the middle: first six and last four, the PCI display form)", "policy: a card with only its end masked is withheld; the PCI form is commonly treated as not identifying")
j("C-1428", "LEAK (weak)", "low", "`ПИН начинается на 2230919. Окончание: 9000123.` published: a reader joins the two halves", "two separate runs in two sentences; contrived")
j("A-1918", "LEAK", "high", "control person X-7 `Ольга Сергеевна Карпович`: `Оля плакала в камере.` published (the same failure as P-10)", DIM)
j("A-1920", "LEAK", "high", "control person X-9 `Мария Сергеевна Карпович`: `Маша плакала в камере.` published", DIM)
j("D-1416", "HELD", "", "the internal phrase after a lone `#` line is published, but Pandoc reads `#` as an empty level-1 heading that ends the internal section (pandoc_d12.txt): as Pandoc, so no leak")
j("D-1418", "HELD", "", "`#<TAB>Heading` is a level-1 heading for Pandoc too (pandoc_d12.txt); the phrase after it is outside the internal section for Pandoc: no leak")
j("E-1991", "LEAK", "high", "State HTML export: `<p>Detainee 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 was beaten.</p>` (a detainee is named to nobody)", MATH)
j("E-1992", "LEAK", "high", "`rec report --to \"family of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫\"`: the public follow-up report is headed with the name", MATH)
j("E-1993", "LEAK", "high", "the public annual summary (md) prints the public section `Detainee 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 was beaten.`", MATH)
j("E-1994", "LEAK", "high", "`stats --by facility --audience public` prints `Cell of 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫         <5`", MATH)
j("clean-1997", "REFUSED-CLEAN", "medium", "`Шакек күмүш; күмүштөр алынып коюлган.` (the ring is silver; the silver things were taken) refused (person P-13, Күмүш)", SEMI)
