import Foundation
import Testing
import TamgaTestSupport

// MARK: - Red-team round 3 (after the round-2 fixes): leaks3 / clean3
//
// Every case below was run against the binary built from main at cd9f12f
// with the persons of `AttackRedactionTests.persons` and failed: a leak case's
// export was written and showed `shown`; a clean case was refused or had
// `word` replaced. Cases marked "(trade-off?)" follow a documented rule and
// are listed for a decision rather than as plain bugs.
extension AttackRedactionTests {
    static let leaks3: [Leak] = [
        // Class R3-1: the lexicon exemption (a dictionary word that only reads like
        // the name is left alone in lower case or at a sentence start when it is
        // not the declared spelling). Kyrgyz case/possessive forms of the given
        // names are dictionary words, so the person's own inflected name passes.
        Leak(name: "chat paste: lower-case Kyrgyz dative эркеге (Erke) published", attackClass: "R3-1 lexicon",
             body: "Чаттан: эркеге тамак берилген жок, ал ачкачылык жарыялады.", shown: "эркеге"),
        Leak(name: "chat paste: lower-case Kyrgyz dative эркеге, state audience", attackClass: "R3-1 lexicon",
             body: "Чаттан: эркеге тамак берилген жок.", shown: "эркеге", audience: "state"),
        Leak(name: "chat paste: lower-case Kyrgyz dative эркеге, HTML export", attackClass: "R3-1 lexicon",
             body: "Чаттан: эркеге тамак берилген жок.", shown: "эркеге", html: true),
        Leak(name: "chat paste: lower-case Kyrgyz genitive эркенин (Erke's mother)", attackClass: "R3-1 lexicon",
             body: "Чаттан: эркенин апасы келди, бирок аны киргизишкен жок.", shown: "эркенин"),
        Leak(name: "chat paste: lower-case Kyrgyz accusative темирди (official Temir)", attackClass: "R3-1 lexicon",
             body: "WhatsApp: темирди кечээ сурашты, ал урганын айтты.", shown: "темирди"),
        Leak(name: "chat paste: lower-case Kyrgyz accusative максатты (Maksat)", attackClass: "R3-1 lexicon",
             body: "WhatsApp: максатты 14-камерага которушту.", shown: "максатты"),
        Leak(name: "chat paste: lower-case Kyrgyz dative эркинге (Erkin)", attackClass: "R3-1 lexicon",
             body: "Чат: эркинге адвокат берилген жок.", shown: "эркинге"),
        Leak(name: "chat paste: lower-case беловой (Belov's wife, = adjective беловой)", attackClass: "R3-1 lexicon",
             body: "Из чата: жену белова не пустили, с беловой говорили через стекло.", shown: "беловой"),
        Leak(name: "family letter opening: Эркиним (my Erkin) after a colon", attackClass: "R3-1 lexicon",
             body: "Апасынын катынан: Эркиним, сени сагындык.", shown: "Эркиним"),
        Leak(name: "family letter opening: Максатым (my Maksat) after a colon", attackClass: "R3-1 lexicon",
             body: "Апасынын каты: Максатым, ден соолугуң кандай?", shown: "Максатым"),
        Leak(name: "family letter opening: Эркем (my Erke / my dear) (trade-off?)", attackClass: "R3-1 lexicon",
             body: "Апасынын каты: Эркем, сени сагындык.", shown: "Эркем"),
        Leak(name: "Kyrgyz dative Эркеге at a sentence start", attackClass: "R3-1 lexicon",
             body: "Эркеге тамак берилген жок.", shown: "Эркеге"),
        Leak(name: "German note: Belov's German spelling Below at a sentence start (trade-off?)", attackClass: "R3-1 lexicon",
             body: "Below wurde in Zelle 3 verlegt. Er klagte über Schmerzen.", shown: "Below"),

        // Class R3-2: name-forming elements. Kyrgyz affectionate -жан is not in
        // the element list, but Эрке is 4 letters, under the stem rule's 5.
        Leak(name: "family letter: Эркежан (affectionate Erke) published", attackClass: "R3-2 stem",
             body: "Каты: Эркежан, кандайсың?", shown: "Эркежан"),

        // Class R3-3: named entities used around a real mention: the entity's
        // second word may carry a case ending, so ordinary words complete it.
        Leak(name: "English: 'Petrov day and night' read as the entity Petrov Day", attackClass: "R3-3 entity",
             body: "Mikhail said Petrov day and night was beaten.", shown: "Petrov"),
        Leak(name: "English: 'Petrov post' read as the entity Petrov post (fast)", attackClass: "R3-3 entity",
             body: "Petrov post was beaten.", shown: "Petrov"),
        Leak(name: "Russian: 'Петров постом' (instrumental of пост) read as Петров пост", attackClass: "R3-3 entity",
             body: "Петров постом не питался, его не кормили.", shown: "Петров"),
        Leak(name: "Kyrgyz: 'Эркин тоодо иштеген' (Erkin worked in the mountains) read as Эркин Тоо", attackClass: "R3-3 entity",
             body: "Эркин тоодо иштеген, аны кармашкан.", shown: "Эркин"),

        // Class R3-6: fused names in hashtags.
        Leak(name: "Kyrgyz camel-case hashtag with dative #АйбеккеЭркиндик", attackClass: "R3-6 fused",
             body: "Тармакта #АйбеккеЭркиндик деп жазышты.", shown: "Айбекке"),
        Leak(name: "Kyrgyz camel-case hashtag with accusative #ТемирдиКамагыла", attackClass: "R3-6 fused",
             body: "Тармакта #ТемирдиКамагыла деп жазышты.", shown: "Темирди"),
        Leak(name: "camel-case hashtag: given name replaced, surname with Kyrgyz accusative kept", attackClass: "R3-6 fused",
             body: "#ЭркеТоктосунованыБошоткула", shown: "Токтосунова"),
        Leak(name: "lower-case hashtag with the given name only #justiceforaibek", attackClass: "R3-6 fused",
             body: "Supporters posted #justiceforaibek on the day.", shown: "aibek"),
        Leak(name: "lower-case hashtag #freeerke", attackClass: "R3-6 fused",
             body: "Supporters posted #freeerke online.", shown: "erke"),
        Leak(name: "lower-case hashtag #freemaksat", attackClass: "R3-6 fused",
             body: "Supporters posted #freemaksat online.", shown: "maksat"),

        // Class R3-7: disguise and spelling.
        Leak(name: "letter-spacing across a line break (PDF paste)", attackClass: "R3-7 disguise",
             body: "The detainee S a d y\nk o v was in the yard.", shown: "S a d y\nk o v"),
        Leak(name: "letter-spacing with 4 spaces (justified PDF line)", attackClass: "R3-7 disguise",
             body: "The detainee S    a    d    y    k    o    v was in the yard.", shown: "S    a    d    y    k    o    v"),
        Leak(name: "Cyrillic letter-spacing with 4 spaces", attackClass: "R3-7 disguise",
             body: "Задержанный С    а    д    ы    к    о    в был во дворе.", shown: "С    а    д    ы    к    о    в"),
        Leak(name: "digit zero for the letter o (Latin)", attackClass: "R3-7 disguise",
             body: "The detainee Sadyk0v was in the yard.", shown: "Sadyk0v"),
        Leak(name: "digit zero for the letter о (Cyrillic)", attackClass: "R3-7 disguise",
             body: "Задержанный Садык0в был во дворе.", shown: "Садык0в"),
        Leak(name: "Russian-style spelling Османов of the official Осмонов", attackClass: "R3-7 disguise",
             body: "Начальник ИВС Османов отказал.", shown: "Османов"),

        // Class R3-8: identifiers.
        Leak(name: "Russian internal passport 'серия 45 09 № 123456'", attackClass: "R3-8 identifiers",
             body: "Паспорт серия 45 09 № 123456.", shown: "123456"),
        Leak(name: "Russian internal passport 'серия 45 09 № 123456', state", attackClass: "R3-8 identifiers",
             body: "Паспорт серия 45 09 № 123456.", shown: "123456", audience: "state"),
        Leak(name: "DOB in English ordinal words 'the second of March, 1991'", attackClass: "R3-8 identifiers",
             body: "He was born on the second of March, 1991.", shown: "second of March, 1991"),
        Leak(name: "DOB compact yyyymmdd after 'DOB'", attackClass: "R3-8 identifiers",
             body: "DOB 19910302, cell 3.", shown: "19910302"),
        Leak(name: "DOB compact ddmmyyyy after 'Дата рождения'", attackClass: "R3-8 identifiers",
             body: "Дата рождения 02031991.", shown: "02031991"),
        Leak(name: "six-digit Bishkek landline 62-50-15", attackClass: "R3-8 identifiers",
             body: "Домашний: 62-50-15 (Бишкек)", shown: "62-50-15"),

        // Class R3-9: sensitive phrases.
        Leak(name: "sensitive 'cell 14' as 'cell fourteen'", attackClass: "R3-9 sensitive",
             body: "He was held in cell fourteen.", shown: "cell fourteen", extra: "sensitive:\n  - cell 14\n"),
        Leak(name: "sensitive 'cell 14' as 'cell number fourteen'", attackClass: "R3-9 sensitive",
             body: "He was held in cell number fourteen.", shown: "fourteen", extra: "sensitive:\n  - cell 14\n"),
        Leak(name: "sensitive 'cell 14' as 'the 14th cell'", attackClass: "R3-9 sensitive",
             body: "He was held in the 14th cell.", shown: "14th cell", extra: "sensitive:\n  - cell 14\n"),
        Leak(name: "sensitive 'cell 14' as 'cell XIV'", attackClass: "R3-9 sensitive",
             body: "He was held in cell XIV.", shown: "cell XIV", extra: "sensitive:\n  - cell 14\n"),
        Leak(name: "sensitive 'cell 14' inside a range 'cells 12–14'", attackClass: "R3-9 sensitive",
             body: "He was held in cells 12–14.", shown: "12–14", extra: "sensitive:\n  - cell 14\n"),
        Leak(name: "sensitive 'камера 14' in Russian order 'в 14-й камере'", attackClass: "R3-9 sensitive",
             body: "Его держали в 14-й камере.", shown: "14-й камере", extra: "sensitive:\n  - камера 14\n"),
        Leak(name: "sensitive 'камера 14' in Russian number word 'четырнадцатой камере'", attackClass: "R3-9 sensitive",
             body: "Его держали в четырнадцатой камере.", shown: "четырнадцатой камере", extra: "sensitive:\n  - камера 14\n"),
        Leak(name: "sensitive 'камера 14' abbreviated 'кам. 14'", attackClass: "R3-9 sensitive",
             body: "Его держали в кам. 14.", shown: "кам. 14", extra: "sensitive:\n  - камера 14\n"),
        Leak(name: "sensitive 'камера 14' in Kyrgyz order '14-камерада'", attackClass: "R3-9 sensitive",
             body: "Аны 14-камерада кармашкан.", shown: "14-камерада", extra: "sensitive:\n  - камера 14\n"),
        Leak(name: "sensitive 'камера 14' in Kyrgyz order '14-камерада', HTML", attackClass: "R3-9 sensitive",
             body: "Аны 14-камерада кармашкан.", shown: "14-камерада", html: true, extra: "sensitive:\n  - камера 14\n"),
        Leak(name: "sensitive informant name in Latin, text in Cyrillic", attackClass: "R3-9 sensitive",
             body: "Информатор Сарыбек сообщил.", shown: "Сарыбек", extra: "sensitive:\n  - Sarybek\n"),
        Leak(name: "sensitive informant name in Cyrillic, text in Latin", attackClass: "R3-9 sensitive",
             body: "Informant Sarybek said so.", shown: "Sarybek", extra: "sensitive:\n  - Сарыбек\n"),

        // Class R3-10: a link whose target is a level name, in forms the add check misses.
        Leak(name: "link to .internal with a title", attackClass: "R3-10 markup",
             body: "Public. [guard Zebrakettle](.internal \"x\") End.", shown: "Zebrakettle"),
        Leak(name: "link to <.internal> in angle brackets", attackClass: "R3-10 markup",
             body: "Public. [guard Zebrakettle](<.internal>) End.", shown: "Zebrakettle"),
        Leak(name: "reference-style link whose definition is .internal", attackClass: "R3-10 markup",
             body: "Public. [guard Zebrakettle][int] End.\n\n[int]: .internal", shown: "Zebrakettle"),
    ]

    /// A leak that needs lines added to the shipped policy (`public-numbers:`).
    struct PolicyLeak3: Sendable, CustomTestStringConvertible {
        let name: String, body: String, shown: String, policy: String
        var audience = "public"
        var testDescription: String { "class R3-11 public-numbers: \(name)" }
    }

    static let hotline3 = "public-numbers:\n  - \"+996 312 62 50 15\"\n"

    static let policyLeaks3: [PolicyLeak3] = [
        // Without the allow-list the same text is refused by the leak scan.
        PolicyLeak3(name: "mobile joined to the hotline by a slash is published",
                    body: "Hotline: 0312 625015/0555123456", shown: "0555123456", policy: hotline3),
        PolicyLeak3(name: "a Kazakh +7 number sharing the hotline's last nine digits (trade-off?)",
                    body: "Hotline +996 312 62 50 15. Mother (Kazakhstan): +7 312 62 50 15.", shown: "+7 312 62 50 15", policy: hotline3),
    ]

    static let clean3: [Clean] = [
        Clean(name: "Kyrgyz table cell 'Темир керебеттер' (iron beds) becomes Official A",
              body: "| Шарттар | Саны |\n|---|---|\n| Темир керебеттер | 10 |", word: "Темир керебеттер"),
        Clean(name: "Kyrgyz table cell 'Максаты' (its goal) replaced",
              body: "| Шарттар | Баасы |\n|---|---|\n| Максаты | түшүнүксүз |", word: "Максаты"),
        Clean(name: "Kyrgyz table cell 'Эркин сүйлөштүбү?' (spoke freely?) replaced",
              body: "| Суроо | Жооп |\n|---|---|\n| Эркин сүйлөштүбү? | ооба |", word: "Эркин"),
        Clean(name: "Kyrgyz table cell 'Эркиндиктен ажыратуу' (deprivation of liberty) refused",
              body: "| Берене | Саны |\n|---|---|\n| Эркиндиктен ажыратуу | 5 |", word: "Эркиндиктен"),
        Clean(name: "Kyrgyz quoted law title «Эркиндиктен ажыратуу» refused",
              body: "Мыйзамдын «Эркиндиктен ажыратуу» беренеси.", word: "Эркиндиктен"),
        Clean(name: "Russian table cell 'Беловатые выделения' refused",
              body: "| Симптом | Есть |\n|---|---|\n| Беловатые выделения | да |", word: "Беловатые"),
        Clean(name: "English title-case heading 'Conditions Below Minimum Standards'",
              body: "## Conditions Below Minimum Standards\n\nThe cells were small.", word: "Below"),
        Clean(name: "English table cell 'Below standard'",
              body: "| Item | Status |\n|---|---|\n| Ventilation | Below standard |", word: "Below standard"),
        Clean(name: "Kyrgyz quoted section title «Максаты» replaced",
              body: "Баруунун «Максаты» бөлүмүндө жазылган.", word: "Максаты"),
        Clean(name: "Kyrgyz quoted «Темир торлор» (iron bars) replaced",
              body: "Терезелерде «Темир торлор» бар.", word: "Темир торлор"),
        Clean(name: "Kyrgyz heading '## Максат' (Goal) replaced (trade-off? bare declared form)",
              body: "## Максат\n\nБаруунун максаты — шарттарды текшерүү.", word: "## Максат"),
    ]

    /// Round 3 leaks still open, by name (issue 15 note): the next work list.
    static let open3: Set<String> = [
        // Trade-off: an undeclared foreign spelling that is an English word, at a sentence start.
        "German note: Belov's German spelling Below at a sentence start (trade-off?)",
        // An undeclared spelling variant (о→а): declare it in `also`.
        "Russian-style spelling Османов of the official Осмонов",
    ]
    /// Round 3 allow-list leaks still open.
    static let openPolicy3: Set<String> = [
    ]
    /// Round 3 over-refusals still open.
    static let openClean3: Set<String> = [
        "Kyrgyz table cell 'Эркин сүйлөштүбү?' (spoke freely?) replaced",
        "Kyrgyz heading '## Максат' (Goal) replaced (trade-off? bare declared form)",
    ]

    @Test(arguments: leaks3.filter { !open3.contains($0.name) }) func round3ExportDoesNotShowProtectedText(_ c: Leak) throws {
        try Self.expectNoLeak(c)
    }

    @Test(.disabled("open: issue 15 red-team round 3 (2026-12-04), see the issue note"), arguments: leaks3.filter { open3.contains($0.name) })
    func openLeaks3(_ c: Leak) throws { try Self.expectNoLeak(c) }

    @Test(arguments: policyLeaks3.filter { !openPolicy3.contains($0.name) }) func round3AllowListDoesNotPublishOtherNumbers(_ c: PolicyLeak3) throws {
        try Self.expectNoPolicyLeak(c)
    }

    @Test(.disabled("open: issue 15 red-team round 3 (2026-12-04), see the issue note"), arguments: policyLeaks3.filter { openPolicy3.contains($0.name) })
    func openPolicyLeaks3(_ c: PolicyLeak3) throws { try Self.expectNoPolicyLeak(c) }

    static func expectNoPolicyLeak(_ c: PolicyLeak3) throws {
        let o = try Self.export(c.body, audience: c.audience, policy: c.policy)
        if let text = o.text {
            #expect(!text.contains(c.shown), "leak: written \(c.audience) export shows \(c.shown.debugDescription)")
        }
    }

    @Test(arguments: clean3.filter { !openClean3.contains($0.name) }) func round3CleanDocumentExportsIntact(_ c: Clean) throws {
        try Self.expectIntact(c)
    }

    @Test(.disabled("open: issue 15 red-team round 3 (2026-12-04), see the issue note"), arguments: clean3.filter { openClean3.contains($0.name) })
    func openClean3Cases(_ c: Clean) throws { try Self.expectIntact(c) }
}
