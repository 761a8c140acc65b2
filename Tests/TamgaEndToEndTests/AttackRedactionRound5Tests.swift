import Foundation
import Testing
import TamgaTestSupport

// MARK: - Red-team round 5: leaks5 / outputs5 / stateShow5 / clean5
//
// Written against the binary built from branch round5 at 5606275 (main's head after
// the round-4 fixes). Persons are round 4's (`persons4`: eleven people, Russian and
// Kyrgyz, a relative, a witness, an official); documents and exports go through
// round 4's `export4`, `document4` and `expectNoLeak4`/`expectIntact4`, one fresh
// vault per case. A leak case fails when an export is written and still shows
// `shown`; a clean case fails when the export is refused or `word` is gone. The
// cases that fail today are in `open5`, `openOutputs5`, `openStateShow5` and
// `openClean5`, each with a one-line comment naming its class; "(trade-off?)" marks
// a case for a decision, "(scope...)" one outside the guarantee (no detector for it).
// Every open case was run against 5606275 and failed; every other case passed.
//
// Tally at 5606275 (attempts / failing):
//   A names (Russian/Kyrgyz case forms, possessives, initials, other
//     transliterations, fused digits, attribute and label positions)   70 / 7
//   B disguises (entities, code spans, invisible and dash characters,
//     confusables, one-character splits, line blocks, TeX)            81 / 26
//   C identifiers (OCR swaps, MRZ, links, table headers, words, scope)  45 / 9 (3 scope)
//   D structure (marks on odd elements, two levels, fences, tables,
//     headings, line ends, look-alike marks)                          39 / 1
//   E outputs (summary, rec table/report, stats, JSON, HTML, a text
//     attachment, `show` by a member cleared for the State)           31 / 21 (10 exports / 7, 11 other
//     commands / 8, 10 State reads and attachments / 6)
//   clean documents (namesake words, places, numbers, consented
//     officials)                                                      38 / 2 over-redacted
//
// Session 28 fixed the classes below as rules (A: GivenNamePossessives, PossessiveUse,
// KyrgyzDiminutives, NameCompounds, KazakhTitle; B: ReaderView+Separators, LeakSplitNames,
// LeakLetterNames, SecondReadingText, TeXMathText, LookAlikeMarkCheck; C: the MRZ, number-word,
// table-column, birth-clause, card/IMEI and e-mail detectors). Every case now runs live except
// two summary cases in `openOutputs5`, which are refused rather than printed.
//
// What the open classes have in common (the general rules that would catch them):
// - A: a Russian possessive adjective of a GIVEN name in -ов/-ин (Айбеков, Нурланов,
//   Эркинов, Максатов; the surname's own -ский is caught) and Russian diminutives of
//   Kyrgyz given names (Айгерка, Гера). Derive -ов/-ев/-ин(+а/о/ы) from every given name,
//   and -ка/-ша/clipped forms for Kyrgyz names as for Russian ones.
// - B: the reader-view normaliser knows some separators and look-alikes but not by
//   class: any character of Unicode category Pd (dashes), Po (. , ・) or a Zs/escaped
//   space between two runs that together spell a name, and any UTS #39 confusable
//   (Greek υ ν Β, Cyrillic ү ԁ ҡ ӄ ѻ, Latin ʋ) must fold before matching; a Pandoc line
//   block and TeX \text{} must be read as the text they render.
// - C: the MRZ of a passport or ID card (`<` is a separator; line 2 carries number,
//   birth date and sex); a passport number in words; the table-header context used for
//   dates of birth also for phones; six-digit YYMMDD after a birth label; the birth
//   word after the date.
// - D: a look-alike of a div fence (fullwidth colons '：：： internal') is neither a div
//   nor refused; refuse any line that looks like a fence or mark after NFKC folding.
// - E: the other outputs (summary, rec table/report, stats labels, JSON/HTML, State
//   `show`/`list`, text attachments) share the export's scan, so each A/B/C class above
//   leaks through all of them: fix the scan's normaliser, not each command.
// - clean: Иван-чай (a plant) and the Kazakh еркін in a newspaper name are replaced.
//
// Run: TAMGA_BINARY=.build/debug/tamga swift test --skip-build --filter round5 (157 s here).
extension AttackRedactionTests {
    struct Leak5: Sendable, CustomTestStringConvertible {
        let name: String, attackClass: String, body: String, shown: String
        var audience = "public"
        var format = "md"
        var title = "Visit to IVS-1 Bishkek"
        var extra = ""
        var testDescription: String { "class R5-\(attackClass): \(name)" }
        var asLeak4: Leak4 {
            Leak4(name: name, attackClass: attackClass, body: body, shown: shown, audience: audience, format: format,
                  title: title, extra: extra)
        }
    }

    static let leaks5: [Leak5] = [
        Leak5(name: "possessive adjective Садыковский, capitalized", attackClass: "A names", body: "Садыковский адвокат подал жалобу.", shown: "Садыковск"),
        Leak5(name: "possessive adjective Садыковская семья", attackClass: "A names", body: "Садыковская семья ждала у ворот.", shown: "Садыковск"),
        Leak5(name: "old possessive of the given name: Айбеков брат", attackClass: "A names", body: "Айбеков брат пришёл к воротам.", shown: "Айбеков"),
        Leak5(name: "possessive -ин of Наталья: Натальин сын", attackClass: "A names", body: "Натальин сын сидит в третьей камере.", shown: "Натальин"),
        Leak5(name: "Kyrgyz -ныкы: Садыковдуку (Sadykov's one)", attackClass: "A names", body: "Бул кат Садыковдуку.", shown: "Садыковдуку"),
        Leak5(name: "Kyrgyz -ныкы: Айбектики (Aibek's)", attackClass: "A names", body: "Бул кийим Айбектики экен.", shown: "Айбектики"),
        Leak5(name: "Kyrgyz -дагы: Садыковдогу (the one at Sadykov's)", attackClass: "A names", body: "Садыковдогу документтер алынды.", shown: "Садыковдогу"),
        Leak5(name: "Kyrgyz plural of the given name Айбектер", attackClass: "A names", body: "Камерада эки Айбектер бар.", shown: "Айбектер"),
        Leak5(name: "Kyrgyz -ча similative Садыковчо", attackClass: "A names", body: "Садыковчо айтканда, аны урушкан.", shown: "Садыковчо"),
        Leak5(name: "Kyrgyz dative of the full name Нурлан Бакыт уулуга", attackClass: "A names", body: "Нурланга жана Бакыт уулуга кат келди.", shown: "Бакыт уулуга"),
        Leak5(name: "Kyrgyz ablative Токтосуновадан", attackClass: "A names", body: "Токтосуновадан арыз түштү.", shown: "Токтосуновадан"),
        Leak5(name: "Kyrgyz genitive Кузнецовдун", attackClass: "A names", body: "Кузнецовдун апасы келди.", shown: "Кузнецовдун"),
        Leak5(name: "Kyrgyz dative Орловага", attackClass: "A names", body: "Орловага жолугушууга уруксат берилген жок.", shown: "Орловага"),
        Leak5(name: "initials before surname А.Б. Садыков", attackClass: "A names", body: "Задержанный А.Б. Садыков жаловался.", shown: "Садыков"),
        Leak5(name: "upper-case surname with two initials САДЫКОВ А.Б.", attackClass: "A names", body: "Список: САДЫКОВ А.Б., камера 3.", shown: "САДЫКОВ"),
        Leak5(name: "surname with мл. Садыков мл.", attackClass: "A names", body: "Задержан Садыков мл.", shown: "Садыков"),
        Leak5(name: "reversed Cyrillic list Садыков, Айбек", attackClass: "A names", body: "- Садыков, Айбек — камера 3\n- другие", shown: "Садыков"),
        Leak5(name: "surname with digits fused Садыков1990", attackClass: "A names", body: "Логин в соцсети: Садыков1990.", shown: "Садыков1990"),
        Leak5(name: "Latin surname with digits fused Sadykov91", attackClass: "A names", body: "His nickname online was Sadykov91.", shown: "Sadykov91"),
        Leak5(name: "digits before the surname 91Sadykov", attackClass: "A names", body: "Account 91sadykov posted the photo.", shown: "sadykov"),
        Leak5(name: "ALL CAPS Kyrgyz patronymic БАКЫТ УУЛУ", attackClass: "A names", body: "ТИЗМЕ: НУРЛАН БАКЫТ УУЛУ, 3-КАМЕРА.", shown: "БАКЫТ УУЛУ"),
        Leak5(name: "Kazakh spelling Садықов", attackClass: "A names", body: "Ұсталған Садықов шағымданды.", shown: "Садықов"),
        Leak5(name: "Kazakh spelling Еркін of Эркин", attackClass: "A names", body: "Ұсталған Еркін Асанов шағымданды.", shown: "Еркін"),
        Leak5(name: "Kazakh-Russian spelling Еркин of Эркин", attackClass: "A names", body: "Задержанный Еркин жаловался на боль.", shown: "Еркин"),
        Leak5(name: "Latin Yerkin of Erkin", attackClass: "A names", body: "Detainee Yerkin complained of pain.", shown: "Yerkin"),
        Leak5(name: "German transliteration Ajbek", attackClass: "A names", body: "Der Häftling Ajbek klagte über Schläge.", shown: "Ajbek"),
        Leak5(name: "BGN Aybek", attackClass: "A names", body: "Detainee Aybek complained of pain.", shown: "Aybek"),
        Leak5(name: "ICU Kirghiz-BGN Aĭbek", attackClass: "A names", body: "Detainee Aĭbek complained of pain.", shown: "Aĭbek"),
        Leak5(name: "trailing apostrophe Sadykov'", attackClass: "A names", body: "Detainee Sadykov' complained.", shown: "Sadykov'"),
        Leak5(name: "apostrophe for soft sign Natal'ya", attackClass: "A names", body: "His mother Natal'ya waited at the gate.", shown: "Natal'ya"),
        Leak5(name: "German Natalja Orlowa", attackClass: "A names", body: "Seine Mutter Natalja Orlowa wartete am Tor.", shown: "Orlowa"),
        Leak5(name: "French spelling Natalia", attackClass: "A names", body: "Sa mère Natalia attendait.", shown: "Natalia"),
        Leak5(name: "Spanish Mijaíl", attackClass: "A names", body: "El detenido Mijaíl se quejó.", shown: "Mijaíl"),
        Leak5(name: "German Michail", attackClass: "A names", body: "Der Häftling Michail klagte.", shown: "Michail"),
        Leak5(name: "Romanian Mihail", attackClass: "A names", body: "Deținutul Mihail s-a plâns.", shown: "Mihail"),
        Leak5(name: "French Toktossounova", attackClass: "A names", body: "La détenue Toktossounova s'est plainte.", shown: "Toktossounova"),
        Leak5(name: "German Ssadykow", attackClass: "A names", body: "Der Häftling Ssadykow klagte.", shown: "Ssadykow"),
        Leak5(name: "Alexandr spelling", attackClass: "A names", body: "Detainee Alexandr complained.", shown: "Alexandr"),
        Leak5(name: "Latin transliteration of Russian instrumental Sadykovym", attackClass: "A names", body: "S Sadykovym govorili cherez steklo.", shown: "Sadykovym"),
        Leak5(name: "Latin transliteration of Russian dative Sadykovu", attackClass: "A names", body: "Sadykovu ne dali advokata.", shown: "Sadykovu"),
        Leak5(name: "Latin transliteration of Russian genitive Kuznetsova", attackClass: "A names", body: "Advokat Kuznetsova ne prishel.", shown: "Kuznetsova"),
        Leak5(name: "Latin Kyrgyz dative Aibekke", attackClass: "A names", body: "Aibekke tamak berilgen jok.", shown: "Aibekke"),
        Leak5(name: "Latin Kyrgyz genitive Sadykovdun", attackClass: "A names", body: "Sadykovdun apasy keldi.", shown: "Sadykovdun"),
        Leak5(name: "Latin Russian genitive Orlovoy", attackClass: "A names", body: "U Natalyi Orlovoy net svidaniya.", shown: "Orlovoy"),
        Leak5(name: "Russian diminutive Айгерка of Айгерим", attackClass: "A names", body: "Айгерка видела избиение.", shown: "Айгерка"),
        Leak5(name: "Russian -чик Айбекчик", attackClass: "A names", body: "Айбекчик сказал, что его били.", shown: "Айбекчик"),
        Leak5(name: "Russian -ик Максатик", attackClass: "A names", body: "Максатик сказал, что его били.", shown: "Максатик"),
        Leak5(name: "English plural possessive the Sadykovs'", attackClass: "A names", body: "The Sadykovs' lawyer filed a complaint.", shown: "Sadykovs"),
        Leak5(name: "double-barrelled Садыкова-Орлова", attackClass: "A names", body: "Свидетель Садыкова-Орлова видела.", shown: "Орлова"),
        Leak5(name: "male form Токтосунов of detainee Токтосунова (her brother)", attackClass: "A names", body: "Её брат Токтосунов тоже задержан.", shown: "Токтосунов"),
        Leak5(name: "surname in a footnote label [^sadykov]", attackClass: "A names", body: "Public text.[^sadykov]\n\n[^sadykov]: Register entry.", shown: "sadykov"),
        Leak5(name: "surname as heading id {#sadykov}", attackClass: "A names", body: "## Interview {#sadykov}\n\nPublic text.", shown: "sadykov"),
        Leak5(name: "surname as heading id, HTML", attackClass: "A names", body: "## Interview {#aibek-sadykov}\n\nPublic text.", shown: "sadykov", format: "html"),
        Leak5(name: "heading text with the name, HTML auto id", attackClass: "A names", body: "## Interview with Aibek Sadykov\n\nPublic text.", shown: "sadykov", format: "html"),
        Leak5(name: "surname as a span class [..]{.sadykov}", attackClass: "A names", body: "Public [text]{.sadykov} end.", shown: "sadykov"),
        Leak5(name: "surname as a span key=value", attackClass: "A names", body: "Public [text]{who=\"Aibek Sadykov\"} end.", shown: "Sadykov"),
        Leak5(name: "surname as a citation key [@sadykov2014]", attackClass: "A names", body: "As reported [@sadykov2014], he was beaten.", shown: "sadykov"),
        Leak5(name: "Pandoc example-list label (@sadykov)", attackClass: "A names", body: "(@sadykov) He was beaten.", shown: "sadykov"),
        Leak5(name: "surname in reference-link label", attackClass: "A names", body: "See [the complaint][sadykov].\n\n[sadykov]: https://example.org/c1", shown: "sadykov"),
        Leak5(name: "surname in a mailto autolink", attackClass: "A names", body: "Family: <sadykov.family@mail.ru>.", shown: "sadykov"),
        Leak5(name: "old possessive Нурланов дом", attackClass: "A names", body: "Нурланов дом обыскали.", shown: "Нурланов"),
        Leak5(name: "old possessive Эркинов брат", attackClass: "A names", body: "Эркинов брат пришёл к воротам.", shown: "Эркинов"),
        Leak5(name: "possessive -ин of a female name: Айгеримина мать", attackClass: "A names", body: "Айгеримина мать ждала у ворот.", shown: "Айгеримин"),
        Leak5(name: "possessive -ин of Эрке: Эркина сестра (trade-off: also genitive of Эркин)", attackClass: "A names", body: "Эркина сестра пришла.", shown: "Эркина"),
        Leak5(name: "possessive Наташкин (Natashka's)", attackClass: "A names", body: "Наташкин сын сидит в камере.", shown: "Наташкин"),
        Leak5(name: "old possessive of Aibek in Latin: Aibekov brat", attackClass: "A names", body: "Aibekov brat prishel k vorotam.", shown: "Aibekov"),
        Leak5(name: "Kyrgyz-style Russian given-name possessive Максатов сын", attackClass: "A names", body: "Максатов сын пришёл.", shown: "Максатов"),
        Leak5(name: "Russian diminutive of Айгерим: Гера", attackClass: "A names", body: "Гера видела избиение.", shown: "Гера"),
        Leak5(name: "Russian diminutive Эркеша of Эрке", attackClass: "A names", body: "Эркеша сказала, что её били.", shown: "Эркеша"),
        Leak5(name: "Russian diminutive of Нурлан: Нурланчик", attackClass: "A names", body: "Нурланчик сказал, что его били.", shown: "Нурланчик"),
        Leak5(name: "hyphen U+2027 hyphenation point Sady‧kov", attackClass: "B disguise", body: "Detainee Sady‧kov was in the yard.", shown: "Sady‧kov"),
        Leak5(name: "small hyphen-minus U+FE63", attackClass: "B disguise", body: "Detainee Sady﹣kov was in the yard.", shown: "Sady﹣kov"),
        Leak5(name: "minus sign U+2212", attackClass: "B disguise", body: "Detainee Sady−kov was in the yard.", shown: "Sady−kov"),
        Leak5(name: "hyphen bullet U+2043", attackClass: "B disguise", body: "Detainee Sady⁃kov was in the yard.", shown: "Sady⁃kov"),
        Leak5(name: "katakana middle dot U+30FB", attackClass: "B disguise", body: "Detainee Sady・kov was in the yard.", shown: "Sady・kov"),
        Leak5(name: "Armenian hyphen U+058A", attackClass: "B disguise", body: "Detainee Sady֊kov was in the yard.", shown: "Sady֊kov"),
        Leak5(name: "Hebrew maqaf U+05BE", attackClass: "B disguise", body: "Detainee Sady־kov was in the yard.", shown: "Sady־kov"),
        Leak5(name: "double oblique hyphen U+2E17", attackClass: "B disguise", body: "Detainee Sady⸗kov was in the yard.", shown: "Sady⸗kov"),
        Leak5(name: "Mongolian todo soft hyphen in Cyrillic Сады\u{1806}ков", attackClass: "B disguise", body: "Задержанный Сады\u{1806}ков был во дворе.", shown: "Сады\u{1806}ков"),
        Leak5(name: "Greek omicron ο and nu ν in Petroν", attackClass: "B disguise", body: "Detainee Petrον was in the yard.", shown: "Petrον"),
        Leak5(name: "Greek kappa κ for k in Sadyκov", attackClass: "B disguise", body: "Detainee Sadyκov was in the yard.", shown: "Sadyκov"),
        Leak5(name: "Greek upsilon only: Sadυkov", attackClass: "B disguise", body: "Detainee Sadυkov was in the yard.", shown: "Sadυkov"),
        Leak5(name: "Cyrillic ү (straight u) for y: Sadүkov", attackClass: "B disguise", body: "Detainee Sadүkov was in the yard.", shown: "Sadүkov"),
        Leak5(name: "Latin ʏ small capital Y", attackClass: "B disguise", body: "Detainee Sadʏkov was in the yard.", shown: "Sadʏkov"),
        Leak5(name: "Cyrillic ԁ and ү mixed: Saԁүkov", attackClass: "B disguise", body: "Detainee Saԁүkov was in the yard.", shown: "Saԁүkov"),
        Leak5(name: "Cherokee small ꮪ for s", attackClass: "B disguise", body: "Detainee ꮪadykov was in the yard.", shown: "ꮪadykov"),
        Leak5(name: "Greek Δ for Д in upper-case САΔЫКОВ", attackClass: "B disguise", body: "СПИСОК: САΔЫКОВ, КАМЕРА 3.", shown: "САΔЫКОВ"),
        Leak5(name: "Greek Κ and Ο in upper-case САДЫΚΟВ", attackClass: "B disguise", body: "СПИСОК: САДЫΚΟВ, КАМЕРА 3.", shown: "САДЫΚΟВ"),
        Leak5(name: "Mid-word period in Cyrillic Сады.ков", attackClass: "B disguise", body: "Задержанный Сады.ков был во дворе.", shown: "Сады.ков"),
        Leak5(name: "Mid-word comma Sady,kov", attackClass: "B disguise", body: "Detainee Sady,kov was in the yard.", shown: "Sady,kov"),
        Leak5(name: "Split with a plain space 'Sady kov'", attackClass: "B disguise", body: "Detainee Sady kov was in the yard.", shown: "Sady kov"),
        Leak5(name: "Split with a plain space 'Сады ков'", attackClass: "B disguise", body: "Задержанный Сады ков был во дворе.", shown: "Сады ков"),
        Leak5(name: "HTML5 named Cyrillic entities &Scy;&acy;&dcy;...", attackClass: "B disguise", body: "Задержанный &Scy;&acy;&dcy;&ycy;&kcy;&ocy;&vcy; был во дворе.", shown: "&Scy;&acy;&dcy;"),
        Leak5(name: "one named Cyrillic entity inside Сады&kcy;ов", attackClass: "B disguise", body: "Задержанный Сады&kcy;ов был во дворе.", shown: "Сады&kcy;ов"),
        Leak5(name: "decimal entities for the Latin surname", attackClass: "B disguise", body: "Detainee &#83;&#97;&#100;&#121;&#107;&#111;&#118; was in the yard.", shown: "&#83;&#97;&#100;"),
        Leak5(name: "hex entity with leading zeros &#x0053;adykov", attackClass: "B disguise", body: "Detainee &#x0000053;adykov was in the yard.", shown: "adykov"),
        Leak5(name: "named entity &yacute; Sad&yacute;kov", attackClass: "B disguise", body: "Detainee Sad&yacute;kov was in the yard.", shown: "Sad&yacute;kov"),
        Leak5(name: "entity for Cyrillic о in Latin word: Sadyk&#x43E;v", attackClass: "B disguise", body: "Detainee Sadyk&#x43E;v was in the yard.", shown: "Sadyk&#x43E;v"),
        Leak5(name: "code span inside the word Sady`kov`", attackClass: "B disguise", body: "Detainee Sady`kov` was in the yard.", shown: "Sady`kov`"),
        Leak5(name: "code span inside the Cyrillic word Сады`ков`", attackClass: "B disguise", body: "Задержанный Сады`ков` был во дворе.", shown: "Сады`ков`"),
        Leak5(name: "empty span inside the word Sady[]{}kov", attackClass: "B disguise", body: "Detainee Sady[]{}kov was in the yard.", shown: "kov"),
        Leak5(name: "empty link inside the word Sady[](x)kov", attackClass: "B disguise", body: "Detainee Sady[](x)kov was in the yard.", shown: "kov"),
        Leak5(name: "empty emphasis markers Sady****kov", attackClass: "B disguise", body: "Detainee Sady****kov was in the yard.", shown: "kov"),
        Leak5(name: "empty strikeout Sady~~~~kov", attackClass: "B disguise", body: "Detainee Sady~~~~kov was in the yard.", shown: "kov"),
        Leak5(name: "triple emphasis ***Sady***kov", attackClass: "B disguise", body: "Detainee ***Sady***kov was in the yard.", shown: "Sady***kov"),
        Leak5(name: "strikeout part ~~Sa~~dykov (strike the wrong letters)", attackClass: "B disguise", body: "Detainee ~~X~~Sadykov was in the yard.", shown: "Sadykov"),
        Leak5(name: "ZWNJ inside the word", attackClass: "B disguise", body: "Detainee Sady\u{200C}kov was in the yard.", shown: "Sady\u{200C}kov"),
        Leak5(name: "ZWJ inside the word", attackClass: "B disguise", body: "Detainee Sady\u{200D}kov was in the yard.", shown: "Sady\u{200D}kov"),
        Leak5(name: "word joiner U+2060 inside", attackClass: "B disguise", body: "Detainee Sady\u{2060}kov was in the yard.", shown: "Sady\u{2060}kov"),
        Leak5(name: "BOM U+FEFF inside", attackClass: "B disguise", body: "Detainee Sady\u{FEFF}kov was in the yard.", shown: "Sady\u{FEFF}kov"),
        Leak5(name: "Mongolian vowel separator U+180E inside", attackClass: "B disguise", body: "Detainee Sady\u{180E}kov was in the yard.", shown: "Sady\u{180E}kov"),
        Leak5(name: "LRM inside the Cyrillic word", attackClass: "B disguise", body: "Задержанный Сады\u{200E}ков был во дворе.", shown: "Сады\u{200E}ков"),
        Leak5(name: "Arabic letter mark U+061C inside", attackClass: "B disguise", body: "Detainee Sady\u{61C}kov was in the yard.", shown: "Sady\u{61C}kov"),
        Leak5(name: "halfwidth Hangul filler U+FFA0", attackClass: "B disguise", body: "Detainee Sady\u{FFA0}kov was in the yard.", shown: "Sady\u{FFA0}kov"),
        Leak5(name: "Khmer inherent vowel U+17B4", attackClass: "B disguise", body: "Detainee Sady\u{17B4}kov was in the yard.", shown: "Sady\u{17B4}kov"),
        Leak5(name: "Mongolian todo soft hyphen U+1806", attackClass: "B disguise", body: "Detainee Sady\u{1806}kov was in the yard.", shown: "Sady\u{1806}kov"),
        Leak5(name: "Mongolian free variation selector U+180B", attackClass: "B disguise", body: "Detainee Sady\u{180B}kov was in the yard.", shown: "Sady\u{180B}kov"),
        Leak5(name: "combining diaeresis on y (decomposed) Sady\u{308}kov", attackClass: "B disguise", body: "Detainee Sady\u{308}kov was in the yard.", shown: "Sady\u{308}kov"),
        Leak5(name: "precomposed Sadÿkov", attackClass: "B disguise", body: "Detainee Sadÿkov was in the yard.", shown: "Sadÿkov"),
        Leak5(name: "Kyrgyz ө for о in Садыкөв", attackClass: "B disguise", body: "Задержанный Садыкөв был во дворе.", shown: "Садыкөв"),
        Leak5(name: "Kyrgyz ү for у in Нүрлан", attackClass: "B disguise", body: "Камерада Нүрлан отурат.", shown: "Нүрлан"),
        Leak5(name: "Ukrainian і in Міхаіл", attackClass: "B disguise", body: "Задержанный Міхаіл жаловался.", shown: "Міхаіл"),
        Leak5(name: "Greek nu ν for v, upsilon υ for y: Sadυkoν", attackClass: "B disguise", body: "Detainee Sadυkoν was in the yard.", shown: "Sadυkoν"),
        Leak5(name: "Cyrillic komi de ԁ for d: Saԁykov", attackClass: "B disguise", body: "Detainee Saԁykov was in the yard.", shown: "Saԁykov"),
        Leak5(name: "Cyrillic dze Ѕ for S: Ѕadykov", attackClass: "B disguise", body: "Detainee Ѕadykov was in the yard.", shown: "Ѕadykov"),
        Leak5(name: "Latin v with hook ʋ for v", attackClass: "B disguise", body: "Detainee Sadykoʋ was in the yard.", shown: "Sadykoʋ"),
        Leak5(name: "Latin small capital ᴋ alone", attackClass: "B disguise", body: "Detainee Sadyᴋov was in the yard.", shown: "Sadyᴋov"),
        Leak5(name: "Cyrillic ҡ (bashkir qa) for к", attackClass: "B disguise", body: "Задержанный Садыҡов был во дворе.", shown: "Садыҡов"),
        Leak5(name: "Cyrillic ԛ/ӄ for к", attackClass: "B disguise", body: "Задержанный Садыӄов был во дворе.", shown: "Садыӄов"),
        Leak5(name: "Cyrillic ѻ (round omega) for о", attackClass: "B disguise", body: "Задержанный Садыкѻв был во дворе.", shown: "Садыкѻв"),
        Leak5(name: "Latin ʙ small capital B for в", attackClass: "B disguise", body: "Задержанный Садыкоʙ был во дворе.", shown: "Садыкоʙ"),
        Leak5(name: "Greek Β beta for В in upper-case САДЫКОΒ", attackClass: "B disguise", body: "СПИСОК: САДЫКОΒ, КАМЕРА 3.", shown: "САДЫКОΒ"),
        Leak5(name: "squared letters 🅂🄰🄳🅈🄺🄾🅅", attackClass: "B disguise", body: "Detainee 🅂🄰🄳🅈🄺🄾🅅 was in the yard.", shown: "🅂🄰🄳"),
        Leak5(name: "Fraktur 𝔖𝔞𝔡𝔶𝔨𝔬𝔳", attackClass: "B disguise", body: "Detainee 𝔖𝔞𝔡𝔶𝔨𝔬𝔳 was in the yard.", shown: "𝔖𝔞𝔡"),
        Leak5(name: "fullwidth Latin Ｓａｄｙｋｏｖ", attackClass: "B disguise", body: "Detainee Ｓａｄｙｋｏｖ was in the yard.", shown: "Ｓａｄｙｋｏｖ"),
        Leak5(name: "mid-word hyphen Сады-ков (not at a line end)", attackClass: "B disguise", body: "Задержанный Сады-ков был во дворе.", shown: "Сады-ков"),
        Leak5(name: "mid-word Unicode hyphen U+2010 Sady‐kov", attackClass: "B disguise", body: "Detainee Sady‐kov was in the yard.", shown: "Sady‐kov"),
        Leak5(name: "mid-word apostrophe Sady'kov", attackClass: "B disguise", body: "Detainee Sady'kov was in the yard.", shown: "Sady'kov"),
        Leak5(name: "mid-word period Sady.kov", attackClass: "B disguise", body: "Detainee Sady.kov was in the yard.", shown: "Sady.kov"),
        Leak5(name: "mid-word asterisk escaped Sady\\*kov", attackClass: "B disguise", body: "Detainee Sady\\*kov was in the yard.", shown: "Sady*kov"),
        Leak5(name: "letters spaced with single spaces in Cyrillic lower case с а д ы к о в", attackClass: "B disguise", body: "чат: с а д ы к о в опять в карцере", shown: "с а д ы к о в"),
        Leak5(name: "line block | splitting the name", attackClass: "B disguise", body: "| Sady\n| kov", shown: "kov"),
        Leak5(name: "inline math $Sadykov$", attackClass: "B disguise", body: "Detainee $Sadykov$ was in the yard.", shown: "Sadykov"),
        Leak5(name: "inline math with \\text", attackClass: "B disguise", body: "Detainee $\\text{Sady}\\text{kov}$ was in the yard.", shown: "kov"),
        Leak5(name: "subscript/superscript split Sa^dy^kov", attackClass: "B disguise", body: "Detainee Sa^dy^kov was in the yard.", shown: "Sa^dy^kov"),
        Leak5(name: "escaped space inside the word Sady\\ kov", attackClass: "B disguise", body: "Detainee Sady\\ kov was in the yard.", shown: "kov"),
        Leak5(name: "emoji-letter 🅰ibek (blood type A)", attackClass: "B disguise", body: "Detainee 🅰ibek was in the yard.", shown: "ibek"),
        Leak5(name: "letters with combining enclosing circle", attackClass: "B disguise", body: "Detainee S\u{20DD}a\u{20DD}d\u{20DD}y\u{20DD}k\u{20DD}o\u{20DD}v\u{20DD} was in the yard.", shown: "S\u{20DD}a\u{20DD}"),
        Leak5(name: "smallcaps span [Sadykov]{.smallcaps}", attackClass: "B disguise", body: "Detainee [Sady]{.smallcaps}kov was in the yard.", shown: "kov"),
        Leak5(name: "autolink with Cyrillic surname in URL path", attackClass: "B disguise", body: "См. <https://kaktus.media/садыков>.", shown: "садыков"),
        Leak5(name: "percent-encoded Cyrillic in the autolink text", attackClass: "B disguise", body: "См. <https://kaktus.media/%D0%A1%D0%B0%D0%B4%D1%8B%D0%BA%D0%BE%D0%B2>.", shown: "%D0%A1%D0%B0%D0%B4%D1%8B%D0%BA%D0%BE%D0%B2"),
        Leak5(name: "PIN with Latin O for zeros (OCR)", attackClass: "C identifiers", body: "ПИН: 2O2O3199100123.", shown: "3199100123"),
        Leak5(name: "PIN with Cyrillic О for zeros (OCR)", attackClass: "C identifiers", body: "ПИН: 2О2О3199100123.", shown: "3199100123"),
        Leak5(name: "PIN with l for 1 (OCR)", attackClass: "C identifiers", body: "PIN: 202031991OOl23.", shown: "2020319"),
        Leak5(name: "PIN label ЖИН (Kyrgyz)", attackClass: "C identifiers", body: "Анын ЖИН: 20203199100123.", shown: "20203199100123"),
        Leak5(name: "PIN in groups 2-6-6", attackClass: "C identifiers", body: "Personal number 20 203199 100123.", shown: "203199 100123"),
        Leak5(name: "PIN with an en dash in the middle", attackClass: "C identifiers", body: "ПИН 2020319–9100123.", shown: "9100123"),
        Leak5(name: "PIN in a code span", attackClass: "C identifiers", body: "ПИН: `20203199100123`.", shown: "20203199100123"),
        Leak5(name: "PIN in a code block", attackClass: "C identifiers", body: "Public.\n\n```\nPIN 20203199100123\n```", shown: "20203199100123"),
        Leak5(name: "PIN inside a URL query", attackClass: "C identifiers", body: "Record: https://e-gov.kg/check?pin=20203199100123", shown: "20203199100123"),
        Leak5(name: "PIN fused with letters INN20203199100123", attackClass: "C identifiers", body: "File INN20203199100123.pdf was seized.", shown: "20203199100123"),
        Leak5(name: "MRZ name line of a passport", attackClass: "C identifiers", body: "MRZ: P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<", shown: "SADYKOV"),
        Leak5(name: "MRZ second line with passport number and DOB", attackClass: "C identifiers", body: "MRZ line 2: AC12345670KGZ9103022M2501010<<<<<<<<<<<<<<06", shown: "AC1234567"),
        Leak5(name: "passport mixed Latin A + Cyrillic Н", attackClass: "C identifiers", body: "Паспорт AН1234567 изъят.", shown: "1234567"),
        Leak5(name: "ID card number with a letter O for 0 (IDO123456)", attackClass: "C identifiers", body: "ID card IDO123456 seized.", shown: "O123456"),
        Leak5(name: "passport number in words", attackClass: "C identifiers", body: "Паспорт эй-эн один два три четыре пять шесть семь.", shown: "один два три четыре пять шесть семь"),
        Leak5(name: "passport number reversed label 'номер 1234567 паспорта'", attackClass: "C identifiers", body: "Номер 1234567 его паспорта изъят.", shown: "1234567"),
        Leak5(name: "passport number after 'серия и номер' without a word паспорт", attackClass: "C identifiers", body: "Серия и номер: AN 1234567.", shown: "1234567"),
        Leak5(name: "Kyrgyz ID card label 'ID-карта'", attackClass: "C identifiers", body: "Анын ID-картасы: ID1234567.", shown: "1234567"),
        Leak5(name: "phone in a wa.me link", attackClass: "C identifiers", body: "Write to the mother: https://wa.me/996555123456", shown: "555123456"),
        Leak5(name: "phone in a tel: link", attackClass: "C identifiers", body: "Mother: [call](tel:+996555123456).", shown: "555123456"),
        Leak5(name: "phone in a t.me/+ link", attackClass: "C identifiers", body: "Telegram: https://t.me/+996555123456", shown: "555123456"),
        Leak5(name: "phone with O for 0 at the start", attackClass: "C identifiers", body: "Тел. матери O555 123 456.", shown: "555 123 456"),
        Leak5(name: "phone in dotted groups", attackClass: "C identifiers", body: "Mother: 0555.12.34.56.", shown: "0555.12.34.56"),
        Leak5(name: "phone with Kyrgyz word 'телефону'", attackClass: "C identifiers", body: "Апасынын телефону 0555123456.", shown: "0555123456"),
        Leak5(name: "phone in a pipe table column Тел.", attackClass: "C identifiers", body: "| Имя | Тел. |\n|---|---|\n| мать | 555123456 |", shown: "555123456"),
        Leak5(name: "phone split by a line break", attackClass: "C identifiers", body: "Мать: 0555 12\n34 56.", shown: "34 56"),
        Leak5(name: "phone in Kyrgyz number words", attackClass: "C identifiers", body: "Телефону: нөл беш жүз элүү беш, жүз жыйырма үч, төрт жүз элүү алты.", shown: "нөл беш жүз"),
        Leak5(name: "phone without a label, 12 digits 996555123456", attackClass: "C identifiers", body: "Contact 996555123456 for details.", shown: "996555123456"),
        Leak5(name: "phone with parenthesised code (0555) 123-456", attackClass: "C identifiers", body: "Contact (0555) 123-456 for details.", shown: "123-456"),
        Leak5(name: "phone with plus and spaces after a name-free label 'моб.'", attackClass: "C identifiers", body: "моб. +996 555 12 34 56", shown: "555 12 34 56"),
        Leak5(name: "DOB in ISO with slashes 1991/03/02", attackClass: "C identifiers", body: "DOB 1991/03/02.", shown: "1991/03/02"),
        Leak5(name: "DOB with month abbreviation Mar 2, 1991", attackClass: "C identifiers", body: "Born Mar 2, 1991 in Osh.", shown: "Mar 2, 1991"),
        Leak5(name: "DOB with hyphenated English month 02-Mar-1991", attackClass: "C identifiers", body: "DOB: 02-Mar-1991.", shown: "02-Mar-1991"),
        Leak5(name: "DOB Kyrgyz: 1991-жылы 2-мартта туулган", attackClass: "C identifiers", body: "Ал 1991-жылы 2-мартта туулган.", shown: "2-мартта"),
        Leak5(name: "DOB Kyrgyz: 1991-ж. туулган", attackClass: "C identifiers", body: "Айбек 1991-ж. туулган.", shown: "1991-ж"),
        Leak5(name: "DOB in a table under header 'Д/р'", attackClass: "C identifiers", body: "| Ф.И.О. | Д/р |\n|---|---|\n| Detainee | 02.03.1991 |", shown: "02.03.1991"),
        Leak5(name: "DOB with Russian month genitive and г.р.: 2 марта 1991 г.р.", attackClass: "C identifiers", body: "Задержанный, 2 марта 1991 г.р., жаловался.", shown: "2 марта 1991"),
        Leak5(name: "DOB with a birthday word 'день рождения 2 марта' + year", attackClass: "C identifiers", body: "В день рождения (2 марта) ему исполнилось 23; год — 1991-й.", shown: "2 марта"),
        Leak5(name: "DOB with ordinal English '2nd of March 1991, when he was born'", attackClass: "C identifiers", body: "On the 2nd of March 1991, when he was born, ...", shown: "2nd of March 1991"),
        Leak5(name: "DOB with US format 03/02/1991 after born", attackClass: "C identifiers", body: "He was born 03/02/1991.", shown: "03/02/1991"),
        Leak5(name: "DOB in MRZ-like YYMMDD after 'DOB'", attackClass: "C identifiers", body: "DOB: 910302.", shown: "910302"),
        Leak5(name: "DOB spelled Kyrgyz 'туулган жылы: 1991, күнү: 2-март'", attackClass: "C identifiers", body: "Туулган жылы: 1991, күнү: 2-март.", shown: "2-март"),
        Leak5(name: "bank card of a relative (scope?)", attackClass: "C identifiers", body: "Переводы на карту матери 4169 5853 1234 5678.", shown: "4169 5853 1234 5678"),
        Leak5(name: "IMEI of the detainee's phone (scope?)", attackClass: "C identifiers", body: "IMEI телефона: 356938035643809.", shown: "356938035643809"),
        Leak5(name: "e-mail of the relative (scope?)", attackClass: "C identifiers", body: "Mother's e-mail: gulnara1970@mail.ru.", shown: "gulnara1970@mail.ru"),
        Leak5(name: "image with {.internal} attributes", attackClass: "D structure", body: "Photo: ![the guard Zebrakettle](g.jpg){.internal}", shown: "Zebrakettle"),
        Leak5(name: "link with {.internal} attributes", attackClass: "D structure", body: "See [the guard Zebrakettle](https://a.kg/x){.internal}.", shown: "Zebrakettle"),
        Leak5(name: "inline code with {.internal}", attackClass: "D structure", body: "The guard's code name is `Zebrakettle`{.internal}.", shown: "Zebrakettle"),
        Leak5(name: "span with two levels {.public .internal}", attackClass: "D structure", body: "Public [the guard Zebrakettle]{.public .internal} end.", shown: "Zebrakettle"),
        Leak5(name: "span with two levels {.internal .public}", attackClass: "D structure", body: "Public [the guard Zebrakettle]{.internal .public} end.", shown: "Zebrakettle"),
        Leak5(name: "div with two levels ::: {.public .internal}", attackClass: "D structure", body: "Public intro.\n\n::: {.public .internal}\nThe informant named the guard Zebrakettle.\n:::", shown: "Zebrakettle"),
        Leak5(name: "heading with two levels {.public .internal}", attackClass: "D structure", body: "Public intro.\n\n## Notes {.public .internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "span mark on the next line after ]", attackClass: "D structure", body: "Public [the guard Zebrakettle]\n{.internal} end.", shown: "Zebrakettle"),
        Leak5(name: "escaped opening bracket \\[..]{.internal}", attackClass: "D structure", body: "Public \\[the guard Zebrakettle]{.internal} end.", shown: "Zebrakettle"),
        Leak5(name: "internal section with a thematic break inside", attackClass: "D structure", body: "Public intro.\n\n## Notes {.internal}\n\nA.\n\n* * *\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "div fence with a class after closing colons ':::internal:::'", attackClass: "D structure", body: "Public intro.\n\n:::internal:::\nThe informant named the guard Zebrakettle.\n:::", shown: "Zebrakettle"),
        Leak5(name: "internal div indented by four spaces inside a list", attackClass: "D structure", body: "Public intro.\n\n1. item\n\n    ::: internal\n    The informant named the guard Zebrakettle.\n    :::", shown: "Zebrakettle"),
        Leak5(name: "internal div inside a definition list", attackClass: "D structure", body: "Public intro.\n\nTerm\n:   ::: internal\n    The informant named the guard Zebrakettle.\n    :::", shown: "Zebrakettle"),
        Leak5(name: "internal span inside a grid-table cell", attackClass: "D structure", body: "Public intro.\n\n+-----+\n| a   |\n+=====+\n| [Zebrakettle]{.internal} |\n+-----+", shown: "Zebrakettle"),
        Leak5(name: "internal heading inside a definition list", attackClass: "D structure", body: "Public intro.\n\nTerm\n:   ## Notes {.internal}\n\n    The informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "internal section then a YAML block in the body", attackClass: "D structure", body: "Public intro.\n\n## Notes {.internal}\n\nA.\n\n---\nnote: x\n---\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "internal span containing a line block break", attackClass: "D structure", body: "Public [the guard\\\nZebrakettle]{.internal} end.", shown: "Zebrakettle"),
        Leak5(name: "internal span inside link text", attackClass: "D structure", body: "See [the [guard Zebrakettle]{.internal}](https://a.kg).", shown: "Zebrakettle"),
        Leak5(name: "internal span inside image alt", attackClass: "D structure", body: "![photo of [guard Zebrakettle]{.internal}](g.jpg)", shown: "Zebrakettle"),
        Leak5(name: "internal span inside a heading", attackClass: "D structure", body: "Public intro.\n\n## About [Zebrakettle]{.internal}\n\nText.", shown: "Zebrakettle"),
        Leak5(name: "internal span inside a heading, HTML (id)", attackClass: "D structure", body: "Public intro.\n\n## About [Zebrakettle]{.internal}\n\nText.", shown: "ebrakettle", format: "html"),
        Leak5(name: "internal span in a table header", attackClass: "D structure", body: "| [Zebrakettle]{.internal} | b |\n|---|---|\n| 1 | 2 |", shown: "Zebrakettle"),
        Leak5(name: "internal span in a table caption", attackClass: "D structure", body: "| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: Guards [Zebrakettle]{.internal}", shown: "Zebrakettle"),
        Leak5(name: "state span in a list inside a block quote, public export", attackClass: "D structure", body: "> 1. [the guard Zebrakettle]{.state}", shown: "Zebrakettle"),
        Leak5(name: "state div nested in a public div, public export", attackClass: "D structure", body: "::: public\nOpen.\n\n::: state\nThe informant named the guard Zebrakettle.\n:::\n\nAfter.\n:::", shown: "Zebrakettle"),
        Leak5(name: "internal heading with trailing spaces and tab", attackClass: "D structure", body: "Public intro.\n\n## Notes {.internal} \t\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "internal heading with CR-only line ends (old Mac paste)", attackClass: "D structure", body: "Public intro.\n\n## Notes {.internal}\r\rThe informant named the guard Zebrakettle.\r", shown: "Zebrakettle"),
        Leak5(name: "internal div with U+2028 line separator", attackClass: "D structure", body: "Public intro.\n\n::: internal\u{2028}The informant named the guard Zebrakettle.\u{2028}:::", shown: "Zebrakettle"),
        Leak5(name: "internal div fence with fullwidth colons", attackClass: "D structure", body: "Public intro.\n\n：：： internal\nThe informant named the guard Zebrakettle.\n：：：", shown: "Zebrakettle"),
        Leak5(name: "heading mark with Cyrillic і in {.іnternal}", attackClass: "D structure", body: "Public intro.\n\n## Notes {.іnternal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "div mark internal with a Cyrillic а? 'internаl'", attackClass: "D structure", body: "Public intro.\n\n::: internаl\nThe informant named the guard Zebrakettle.\n:::", shown: "Zebrakettle"),
        Leak5(name: "span mark with zero-width space {.inter\u{200B}nal}", attackClass: "D structure", body: "Public [the guard Zebrakettle]{.inter\u{200B}nal} end.", shown: "Zebrakettle"),
        Leak5(name: "heading mark {.INTERNAL}", attackClass: "D structure", body: "Public intro.\n\n## Notes {.INTERNAL}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "div mark ::: INTERNAL", attackClass: "D structure", body: "Public intro.\n\n::: INTERNAL\nThe informant named the guard Zebrakettle.\n:::", shown: "Zebrakettle"),
        Leak5(name: "heading '#' with no space (#Notes {.internal})", attackClass: "D structure", body: "Public intro.\n\n#Notes {.internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "internal section: a heading with a lower rank then a higher-rank setext heading", attackClass: "D structure", body: "Public intro.\n\n### Notes {.internal}\n\nA.\n\nFindings\n--------\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak5(name: "recommendation inside an internal span", attackClass: "D structure", body: "Public [secret [Fire the guard Zebrakettle.]{.recommendation #R-5-9 to=\"GSIN\" theme=discipline}]{.internal} end.", shown: "Zebrakettle"),
        Leak5(name: "recommendation to= naming a sensitive string, public", attackClass: "D structure", body: "1. [Investigate.]{.recommendation #R-5-8 to=\"Zebrakettle\" theme=x}", shown: "Zebrakettle", extra: "sensitive:\n  - Zebrakettle\n"),
        Leak5(name: "title with a sensitive string", attackClass: "D structure", body: "Public text.", shown: "Zebrakettle", title: "Visit, guard Zebrakettle", extra: "sensitive:\n  - Zebrakettle\n"),
    ]

    /// Round 5 leaks that fail today, by name (each failed against 5606275).
    static let open5: Set<String> = [
    ]

    @Test(arguments: leaks5.filter { !open5.contains($0.name) }) func round5ExportDoesNotShowProtectedText(_ c: Leak5) throws {
        try Self.expectNoLeak4(c.asLeak4)
    }

    @Test(.disabled("round-5 open cases"), arguments: leaks5.filter { open5.contains($0.name) })
    func round5OpenLeaks(_ c: Leak5) throws { try Self.expectNoLeak4(c.asLeak4) }

    // MARK: Class E: the same classes through other outputs

    /// Exports in other formats and for the State (the export path; `expectNoLeak4`).
    static let exportOutputs5: [Leak5] = [
        Leak5(name: "JSON export, Greek υ in the surname", attackClass: "E outputs",
              body: "Detainee Sad\u{3C5}kov was in the yard.", shown: "Sad\u{3C5}kov", format: "json"),
        Leak5(name: "HTML export, hyphenation point inside the surname", attackClass: "E outputs",
              body: "Detainee Sady\u{2027}kov was in the yard.", shown: "Sady\u{2027}kov", format: "html"),
        Leak5(name: "JSON export, passport MRZ line", attackClass: "E outputs",
              body: "MRZ: P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<", shown: "SADYKOV", format: "json"),
        Leak5(name: "HTML export, title with a given-name possessive Нурланов", attackClass: "E outputs",
              body: "Public text.", shown: "Нурланов", format: "html", title: "Нурланов дом: обыск"),
        Leak5(name: "State export, Greek υ in the surname", attackClass: "E outputs",
              body: "Detainee Sad\u{3C5}kov was in the yard.", shown: "Sad\u{3C5}kov", audience: "state"),
        Leak5(name: "State export, MRZ line 2 (passport number, birth date)", attackClass: "E outputs",
              body: "MRZ line 2: AC12345670KGZ9103022M2501010<<<<<<<<<<<<<<06", shown: "AC1234567", audience: "state"),
        Leak5(name: "State export, title with Cyrillic ү for y (Sadүkov)", attackClass: "E outputs",
              body: "Public text.", shown: "Sad\u{4AF}kov", audience: "state", title: "Complaint of Sad\u{4AF}kov"),
        Leak5(name: "State HTML export, name cut by a comma", attackClass: "E outputs",
              body: "Detainee Sady,kov was in the yard.", shown: "Sady,kov", audience: "state", format: "html"),
        Leak5(name: "JSON export, plain surname (control)", attackClass: "E outputs",
              body: "Detainee Sadykov was in the yard.", shown: "Sadykov", format: "json"),
        Leak5(name: "State HTML export, plain Kyrgyz genitive (control)", attackClass: "E outputs",
              body: "Садыковдун апасы келди.", shown: "Садыковдун", audience: "state", format: "html"),
    ]

    static let openExportOutputs5: Set<String> = [
    ]

    @Test(arguments: exportOutputs5.filter { !openExportOutputs5.contains($0.name) })
    func round5OtherFormatsDoNotShowProtectedText(_ c: Leak5) throws { try Self.expectNoLeak4(c.asLeak4) }

    @Test(.disabled("round-5 open cases"), arguments: exportOutputs5.filter { openExportOutputs5.contains($0.name) })
    func round5OpenOtherFormats(_ c: Leak5) throws { try Self.expectNoLeak4(c.asLeak4) }

    struct Output5: Sendable, CustomTestStringConvertible {
        let name: String, command: Output4.Command, body: String, shown: String
        var audience = "public"
        var title = "Visit to IVS-1 Bishkek"
        var tag = "ill-treatment"
        var testDescription: String { "class R5-E outputs (\(command.rawValue)): \(name)" }
        var asOutput4: Output4 { Output4(name: name, command: command, body: body, shown: shown, audience: audience, title: title, tag: tag) }
    }

    static let rec5 = "Public text.\n\n1. [REC]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=investigation}"

    static let outputs5: [Output5] = [
        Output5(name: "summary: title with Greek υ in the surname", command: .summary, body: "Public text.",
                shown: "Sad\u{3C5}kov", title: "Complaint of Sad\u{3C5}kov"),
        Output5(name: "summary: recommendation naming the detainee with a hyphenation point", command: .summary,
                body: rec5.replacingOccurrences(of: "REC", with: "Investigate the complaint of Sady\u{2027}kov."), shown: "Sady\u{2027}kov"),
        Output5(name: "rec table: recommendation with a given-name possessive Айбеков", command: .recTable,
                body: rec5.replacingOccurrences(of: "REC", with: "Расследовать обыск: Айбеков брат избит."), shown: "Айбеков"),
        Output5(name: "rec table (State): recommendation with Cyrillic ү for y", command: .recTable,
                body: rec5.replacingOccurrences(of: "REC", with: "Investigate the complaint of Sad\u{4AF}kov."), shown: "Sad\u{4AF}kov", audience: "state"),
        Output5(name: "rec report: response text with the MRZ line", command: .recResponse, body: rec5.replacingOccurrences(of: "REC", with: "Investigate."),
                shown: "SADYKOV", tag: "Checked passport P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<."),
        Output5(name: "rec report (State): response text with a name cut by a period", command: .recResponse,
                body: rec5.replacingOccurrences(of: "REC", with: "Investigate."), shown: "Sady.kov", audience: "state",
                tag: "The complaint of Sady.kov was found groundless."),
        Output5(name: "stats: facility naming the detainee with Greek ν and υ", command: .statsFacility, body: "Public text.",
                shown: "Sad\u{3C5}ko\u{3BD}", tag: "IVS-1 (cell of Sad\u{3C5}ko\u{3BD})"),
        Output5(name: "stats (State): tag with the surname cut by a katakana dot", command: .statsTag, body: "Public text.",
                shown: "sady\u{30FB}kov", audience: "state", tag: "sady\u{30FB}kov-case"),
        Output5(name: "stats: tag with the given-name possessive aibekov", command: .statsTag, body: "Public text.",
                shown: "aibekov", tag: "aibekov-brat"),
        Output5(name: "summary: recommendation with the plain surname (control)", command: .summary,
                body: rec5.replacingOccurrences(of: "REC", with: "Investigate the complaint of Sadykov."), shown: "Sadykov"),
        Output5(name: "rec table: recommendation with a Kyrgyz case form (control)", command: .recTable,
                body: rec5.replacingOccurrences(of: "REC", with: "Садыковдун арызын иликтөө."), shown: "Садыковдун"),
    ]

    static let openOutputs5: Set<String> = [
        "summary: title with Greek υ in the surname",                                   // B confusables: now refused (the scan reads the name), not printed: the projector's matcher does not read υ as y, so the summary cannot redact it
        "summary: recommendation naming the detainee with a hyphenation point",         // B dashes: now refused, not printed: the projector's matcher does not join Sady‧kov
    ]

    @Test(arguments: outputs5.filter { !openOutputs5.contains($0.name) })
    func round5OtherCommandsDoNotShowProtectedText(_ c: Output5) throws { try Self.expectNoOutputLeak4(c.asOutput4) }

    @Test(.disabled("round-5 open cases"), arguments: outputs5.filter { openOutputs5.contains($0.name) })
    func round5OpenOtherCommands(_ c: Output5) throws { try Self.expectNoOutputLeak4(c.asOutput4) }

    // MARK: Class E: what a member cleared for the State reads (`list`, `show`) and text attachments

    struct Seen5: Sendable, CustomTestStringConvertible {
        enum Way: String, Sendable { case stateMemberShow, textAttachment }
        let name: String, way: Way, body: String, shown: String
        var title = "Visit to IVS-1 Bishkek"
        var testDescription: String { "class R5-E outputs (\(way.rawValue)): \(name)" }
    }

    static let seen5: [Seen5] = [
        Seen5(name: "show: Greek υ and ν in the surname", way: .stateMemberShow,
              body: "Detainee Sad\u{3C5}ko\u{3BD} was in the yard.", shown: "Sad\u{3C5}ko\u{3BD}"),
        Seen5(name: "show: passport MRZ line", way: .stateMemberShow,
              body: "MRZ: P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<", shown: "SADYKOV"),
        Seen5(name: "show: given-name possessive Эркинов", way: .stateMemberShow,
              body: "Эркинов брат пришёл к воротам.", shown: "Эркинов"),
        Seen5(name: "list: title with the surname cut by a comma", way: .stateMemberShow,
              body: "Public text.", shown: "Sady,kov", title: "Complaint of Sady,kov"),
        Seen5(name: "show: plain surname and an internal span (control)", way: .stateMemberShow,
              body: "Detainee Aibek Sadykov told [the guard Zebrakettle]{.internal} hit him.", shown: "Sadykov"),
        Seen5(name: "show: title with the plain surname (control)", way: .stateMemberShow,
              body: "Public text.", shown: "Sadykov", title: "Complaint of Aibek Sadykov"),
        Seen5(name: "attachment: plain-text file with Greek υ in the surname", way: .textAttachment,
              body: "Detainee Sad\u{3C5}kov, cell 3.\n", shown: "Sad\u{3C5}kov"),
        Seen5(name: "attachment: plain-text file with a hyphen bullet in the surname", way: .textAttachment,
              body: "Detainee Sady\u{2043}kov, cell 3.\n", shown: "Sady\u{2043}kov"),
        Seen5(name: "attachment: plain-text file with the MRZ line (control: refused)", way: .textAttachment,
              body: "P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<\n", shown: "SADYKOV"),
        Seen5(name: "attachment: plain-text file with the plain name (control: refused)", way: .textAttachment,
              body: "Aibek Sadykov, cell 3.\n", shown: "Sadykov"),
    ]

    static let openSeen5: Set<String> = [
    ]

    @Test(arguments: seen5.filter { !openSeen5.contains($0.name) })
    func round5StateReadersDoNotSeeProtectedText(_ c: Seen5) throws { try Self.expectNotSeen5(c) }

    @Test(.disabled("round-5 open cases"), arguments: seen5.filter { openSeen5.contains($0.name) })
    func round5OpenStateReaders(_ c: Seen5) throws { try Self.expectNotSeen5(c) }

    /// `stateMemberShow`: a member cleared for the State joins, the document is added, and
    /// `list` and `show` print what that member reads. `textAttachment`: a plain-text file
    /// attached at level public goes out with `export --with-attachments` for the State.
    static func expectNotSeen5(_ c: Seen5) throws {
        let v = try CLIVault()
        var printed = ""
        switch c.way {
        case .stateMemberShow:
            let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            let joined = try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"])
            try #require(joined.status == 0, "member add: \(joined.standardError)")
            let added = try v.run(["add", "--member", "Admin", try v.folder.write("d.md", Self.document4(c.body, title: c.title))])
            try #require(added.status == 0, "add: \(added.standardError)")
            printed = try v.run(["list", "--member", "Liaison"]).standardOutput
            let shown = try v.run(["show", "--member", "Liaison", "ATK-4"])
            if shown.status == 0 { printed += shown.standardOutput }
        case .textAttachment:
            let added = try v.run(["add", try v.folder.write("d.md", Self.document4("Public text."))])
            try #require(added.status == 0, "add: \(added.standardError)")
            let file = try v.folder.write("notes.txt", c.body)
            let attached = try v.run(["attach", "ATK-4", file, "--level", "public"])
            try #require(attached.status == 0, "attach: \(attached.standardError)")
            let folder = v.folder.path("out")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let r = try v.run(["export", "ATK-4", "--audience", "state", "--with-attachments", "-o", folder + "/"])
            if r.status == 0 {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
                    printed += "== " + name + "\n" + ((try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "") + "\n"
                }
            }
        }
        #expect(!printed.contains(c.shown), "leak: \(c.way.rawValue) shows \(c.shown.debugDescription):\n\(printed)")
    }

    // MARK: Clean documents: no protected person, must export intact

    struct Clean5: Sendable, CustomTestStringConvertible {
        let name: String, body: String, word: String
        var audience = "public"
        /// Front-matter lines added after `persons4` (indented two spaces: a further person).
        var extra = ""
        var testDescription: String { "class R5-clean: \(name)" }
    }

    static let consented5 = "  S-9:\n    name: Gulnara Abdyldaeva\n    also: [Гульнара Абдылдаева]\n    role: official\n    consent: [state, public]\n"

    static let clean5: [Clean5] = [
        Clean5(name: "blacksmith кузнец (detainee Кузнецов)", body: "В колонии работал кузнец.", word: "кузнец"),
        Clean5(name: "city Орёл (relative Орлова)", body: "Его этапировали через Орёл.", word: "Орёл"),
        Clean5(name: "kindergarten садик (detainee Садыков)", body: "Рядом с ИВС детский садик.", word: "садик"),
        Clean5(name: "city Petrozavodsk (detainee Petrov)", body: "Experts from Petrozavodsk attended.", word: "Petrozavodsk"),
        Clean5(name: "protein белок (detainee Белов)", body: "В рационе не хватает белка.", word: "белка"),
        Clean5(name: "old age по старости (detainee Старостин)", body: "Его освободили по старости.", word: "старости"),
        Clean5(name: "willow-herb tea Иван-чай (detainee Иван)", body: "Заключённым дают Иван-чай.", word: "Иван-чай"),
        Clean5(name: "Kyrgyz максаттуу (purposeful) mid-sentence (detainee Максат)", body: "Бул максаттуу иш болду.", word: "максаттуу"),
        Clean5(name: "Kyrgyz темир-бетон (reinforced concrete) (official Темир)", body: "Камеранын дубалы темир-бетон.", word: "темир-бетон"),
        Clean5(name: "Kyrgyz нурдуу (bright) (detainee Нурлан)", body: "Бөлмө нурдуу эмес.", word: "нурдуу"),
        Clean5(name: "neonatal неонатальной (relative Наталья)", body: "Нет неонатальной помощи.", word: "неонатальной"),
        Clean5(name: "Kyrgyz Токтотуу (suspension) at a sentence start (detainee Токтосунова)", body: "Токтотуу чечими чыгарылды.", word: "Токтотуу"),
        Clean5(name: "Kyrgyz Бакытсыз окуя (accident) at a sentence start (detainee Бакыт уулу)", body: "Бакытсыз окуя катталган.", word: "Бакытсыз"),
        Clean5(name: "English 'petrol' (detainee Petrov)", body: "Petrol for the generator had run out.", word: "Petrol"),
        Clean5(name: "English 'sadness' (detainee Sadykov)", body: "Sadness was visible on every face.", word: "Sadness"),
        Clean5(name: "English 'Orlando' (relative Orlova)", body: "An expert from Orlando attended.", word: "Orlando"),
        Clean5(name: "Russian 'максимум' (detainee Максат)", body: "Максимум 20 человек в камере.", word: "Максимум"),
        Clean5(name: "Russian 'Белорусь' (detainee Белов)", body: "Эксперт из Беларуси присутствовал.", word: "Беларуси"),
        Clean5(name: "budget sum with spaces like a phone '555 123 456 сом'", body: "Бюджет учреждения: 555 123 456 сом.", word: "555 123 456"),
        Clean5(name: "postal code 720040", body: "Адрес НЦПП: 720040, Бишкек.", word: "720040"),
        Clean5(name: "visit date 02.03.2014 after 'визит'", body: "Визит состоялся 02.03.2014.", word: "02.03.2014"),
        Clean5(name: "GPS coordinates of the facility", body: "Coordinates: 42.8746, 74.5698.", word: "42.8746, 74.5698"),
        // Withheld as a case number since round 10's scope decision (`case-number`); the sentence stays.
        Clean5(name: "court case number УД-1234567", body: "Уголовное дело № 1234567 возбуждено.",
               word: "Уголовное дело № ["),
        Clean5(name: "UN document symbol CAT/OP/KGZ/1", body: "See CAT/OP/KGZ/1, para 42.", word: "CAT/OP/KGZ/1"),
        Clean5(name: "year range 1991–2014 in a history sentence", body: "Колония работала в 1991–2014 годах.", word: "1991–2014"),
        Clean5(name: "time of day 10:15:32", body: "Visit began at 10:15:32.", word: "10:15:32"),
        Clean5(name: "population 5 555 123 человек", body: "Население страны 6 555 123 человек.", word: "6 555 123"),
        Clean5(name: "ISBN of a manual", body: "Manual ISBN 978-9967-12-345-6.", word: "978-9967-12-345-6"),
        Clean5(name: "official with consent named to the public", body: "Начальник ИВС Гульнара Абдылдаева приняла монитор.", word: "Абдылдаева", extra: "  S-9:\n    name: Gulnara Abdyldaeva\n    also: [Гульнара Абдылдаева]\n    role: official\n    consent: [state, public]\n"),
        Clean5(name: "official with consent, Kyrgyz dative Абдылдаевага", body: "Гульнара Абдылдаевага кат берилди.", word: "Абдылдаевага", extra: "  S-9:\n    name: Gulnara Abdyldaeva\n    also: [Гульнара Абдылдаева]\n    role: official\n    consent: [state, public]\n"),
        Clean5(name: "official Осмонов named to the State (role named-to state)", body: "Начальник Темир Осмонов принял монитор.", word: "Осмонов", audience: "state"),
        Clean5(name: "official in Kyrgyz genitive Осмоновдун, State", body: "Темир Осмоновдун буйругу менен.", word: "Осмоновдун", audience: "state"),
        Clean5(name: "Pandoc line block address of the NPM", body: "| НЦПП\n| ул. Тоголок Молдо, 40", word: "Тоголок Молдо"),
        Clean5(name: "Article 143 УК with a date of a law 'от 02.02.2017'", body: "Ст. 143 УК КР от 02.02.2017.", word: "02.02.2017"),
        Clean5(name: "percentage table", body: "| Показатель | % |\n|---|---|\n| Заполненность | 123 |", word: "123"),
        Clean5(name: "Greek letters in a formula (α, ν)", body: "Occupancy ratio ν = 1.4 (α = 0.05).", word: "ν = 1.4"),
        Clean5(name: "Kazakh word Еркін in a newspaper name «Еркін Қазақстан»", body: "Газета «Еркін Қазақстан» писала.", word: "Еркін"),
        Clean5(name: "Bashkir letter ҡ in a place name Ҡаратау", body: "Эксперт из Ҡаратау присутствовал.", word: "Ҡаратау"),
    ]

    /// Round 5 over-redactions that fail today.
    static let openClean5: Set<String> = [
    ]

    @Test(arguments: clean5.filter { !openClean5.contains($0.name) }) func round5CleanDocumentExportsIntact(_ c: Clean5) throws {
        try Self.expectIntact5(c)
    }

    @Test(.disabled("round-5 open cases"), arguments: clean5.filter { openClean5.contains($0.name) })
    func round5OpenClean(_ c: Clean5) throws { try Self.expectIntact5(c) }

    static func expectIntact5(_ c: Clean5) throws {
        let o = try Self.export4(c.body, audience: c.audience, extra: c.extra)
        #expect(o.status == 0, "refused: \(o.error)")
        #expect(o.text?.contains(c.word) == true, "ordinary word replaced: \(o.text ?? "")")
    }
}
