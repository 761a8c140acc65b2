import Foundation
import Testing
import TamgaTestSupport

/// Red-team cases after the issue-15 fixes (an attacker helper wrote them
/// against the merged work, each failing then): a leak test fails when the
/// export is written and still shows the protected text to a reader; an
/// over-refusal test fails when a clean document is refused or an ordinary
/// word is replaced by a pseudonym. The cases fixed since run; the ones
/// still open (`open`) are kept, disabled, as the next session's work list.
@Suite struct AttackRedactionTests {
    static let persons = """
    persons:
      D-G:
        name: Mikhail Petrov
        also: [Михаил Петров]
        role: detainee
        consent: []
      D-F:
        name: Erke Toktosunova
        also: [Эрке Токтосунова]
        role: detainee
        consent: []
      D-A:
        name: Aibek Sadykov
        also: [Айбек Садыков]
        role: detainee
        consent: []
      D-C:
        name: Erkin Asanov
        also: [Эркин Асанов]
        role: detainee
        consent: []
      D-D:
        name: Ivan Starostin
        also: [Иван Старостин]
        role: detainee
        consent: []
      D-E:
        name: Maksat Belov
        also: [Максат Белов]
        role: detainee
        consent: []
      O-1:
        name: Temir Osmonov
        also: [Темир Осмонов]
        role: official
        consent: []

    """

    static func document(_ body: String, extra: String = "") -> String {
        "---\nid: ATK-1\nkind: visit-report\ntitle: Visit to IVS-1 Bishkek\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: public\n"
            + persons + extra + "---\n\n" + body + "\n"
    }

    struct Outcome { let status: Int32; let text: String?; let error: String }

    /// Adds the document to a fresh vault and exports it; `text` is the written file (nil when refused).
    static func export(_ body: String, audience: String, html: Bool = false, extra: String = "", policy: String = "") throws -> Outcome {
        let v = try CLIVault()
        if !policy.isEmpty {
            // The shipped policy with lines added (e.g. `public-numbers:`).
            let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            let set = try v.run(["policy", "set", try v.folder.write("policy.yaml", shipped + policy)])
            guard set.status == 0 else { return Outcome(status: set.status, text: nil, error: "policy set: " + set.standardError) }
        }
        let added = try v.run(["add", try v.folder.write("d.md", Self.document(body, extra: extra))])
        guard added.status == 0 else { return Outcome(status: added.status, text: nil, error: "add: " + added.standardError) }
        let out = v.folder.path(html ? "out.html" : "out.md")
        var args = ["export", "ATK-1", "--audience", audience, "-o", out]
        if html { args += ["--format", "html"] }
        let result = try v.run(args)
        let text = try? String(contentsOfFile: out, encoding: .utf8)
        return Outcome(status: result.status, text: result.status == 0 ? text : nil, error: result.standardError)
    }

    struct Leak: Sendable, CustomTestStringConvertible {
        let name: String, attackClass: String, body: String, shown: String
        var audience = "public"
        var html = false
        /// Front-matter lines added after `persons` (e.g. a `sensitive:` list).
        var extra = ""
        var testDescription: String { "class \(attackClass): \(name)" }
    }

    static let intro = "The team visited the cell blocks.\n\nDuring the visit the team spoke with "
    static let sect = "Public intro.\n\n## Interview notes {.internal}\n\nNotes.\n\n"
    static let secret = "\n\nThe informant named the guard Zebrakettle.\n"

    static let leaks: [Leak] = [
        // Class 1 (parsing): tamga ends an internal section where Pandoc does not.
        Leak(name: "tab-indented ## line is code to Pandoc, a section end to tamga", attackClass: "1 parsing",
             body: sect + "\t## Transcript" + secret, shown: "Zebrakettle"),
        Leak(name: "space+tab-indented ## line (code to Pandoc)", attackClass: "1 parsing",
             body: sect + " \t## Transcript" + secret, shown: "Zebrakettle"),
        Leak(name: "## line indented by one space is a paragraph to Pandoc", attackClass: "1 parsing",
             body: sect + " ## Transcript" + secret, shown: "Zebrakettle"),
        Leak(name: "## line indented by three spaces is a paragraph to Pandoc", attackClass: "1 parsing",
             body: sect + "   ## Transcript" + secret, shown: "Zebrakettle"),
        Leak(name: "heading inside a bullet list item ends the section in tamga only", attackClass: "1 parsing",
             body: sect + "- item\n\n  ## Listed heading" + secret, shown: "Zebrakettle"),
        Leak(name: "heading inside an ordered list item ends the section in tamga only", attackClass: "1 parsing",
             body: sect + "1. item\n\n   ## Listed heading" + secret, shown: "Zebrakettle"),
        Leak(name: "footnote referenced only from an internal span: its text is published", attackClass: "1 parsing",
             body: "Public text [with a note.[^1]]{.internal}\n\n[^1]: The informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "footnote referenced only from an internal span (HTML shows it as a paragraph)", attackClass: "1 parsing",
             body: "Public text [with a note.[^1]]{.internal}\n\n[^1]: The informant named the guard Zebrakettle.", shown: "Zebrakettle", html: true),
        Leak(name: "footnote defined before the internal div that references it", attackClass: "1 parsing",
             body: "Public intro.\n\n[^1]: The informant named the guard Zebrakettle.\n\n::: internal\nRef[^1]\n:::", shown: "Zebrakettle"),

        // Class 2 (reader's view): a viewer shows the name, the scan does not see it.
        Leak(name: "RTL override shows reversed Latin text as the name", attackClass: "2 reader's view",
             body: intro + "\u{202E}vokydas nebia\u{202C} in the yard.", shown: "\u{202E}vokydas nebia"),
        Leak(name: "RTL embedding shows reversed Cyrillic surname", attackClass: "2 reader's view",
             body: intro + "\u{202B}вокыдаС\u{202C} in the yard.", shown: "вокыдаС"),
        Leak(name: "small-capital letters (not folded by NFKC)", attackClass: "2 reader's view",
             body: intro + "ꜱᴀᴅʏᴋᴏᴠ in the yard.", shown: "ꜱᴀᴅʏᴋᴏᴠ"),
        Leak(name: "Cherokee look-alike first letter: given name replaced, surname left", attackClass: "2 reader's view",
             body: intro + "Aibek Ꮪadykov in the yard.", shown: "Ꮪadykov"),
        Leak(name: "letters joined by hyphens", attackClass: "2 reader's view",
             body: intro + "S-a-d-y-k-o-v in the yard.", shown: "S-a-d-y-k-o-v"),
        Leak(name: "letters joined by dots", attackClass: "2 reader's view",
             body: intro + "S.a.d.y.k.o.v in the yard.", shown: "S.a.d.y.k.o.v"),
        Leak(name: "Pandoc superscript inside the word", attackClass: "2 reader's view",
             body: intro + "Sady^kov^ in the yard.", shown: "Sady^kov^"),
        Leak(name: "image alt text completes the word", attackClass: "2 reader's view",
             body: intro + "Sady![kov](k.png) in the yard.", shown: "Sady![kov]"),
        Leak(name: "hard line break inside the surname", attackClass: "2 reader's view",
             body: intro + "SADY\\\nKOV in the yard.", shown: "SADY\\\nKOV"),
        Leak(name: "hard line break (two trailing spaces) inside the surname", attackClass: "2 reader's view",
             body: intro + "Sady  \nkov in the yard.", shown: "Sady  \nkov"),
        Leak(name: "hard line break inside the Cyrillic surname", attackClass: "2 reader's view",
             body: intro + "Сады\\\nков in the yard.", shown: "Сады\\\nков"),
        Leak(name: "hard line break (trailing spaces) inside a declined surname", attackClass: "2 reader's view",
             body: intro + "Садыко   \nвым in the yard.", shown: "Садыко   \nвым"),

        // Class 3 (addresses): punycode of the Cyrillic surname.
        Leak(name: "punycode domain xn--80aefyuo6e = садыков", attackClass: "3 addresses",
             body: "The family runs https://xn--80aefyuo6e.kg/ about the case.", shown: "xn--80aefyuo6e"),
        Leak(name: "punycode domain in an e-mail address", attackClass: "3 addresses",
             body: "Contact the family at family@xn--80aefyuo6e.kg today.", shown: "xn--80aefyuo6e"),

        // Class 4 (spellings): Russian diminutive of a protected given name.
        Leak(name: "diminutive Ванечка of Иван", attackClass: "4 spellings",
             body: intro + "Ванечка Старостин's cellmate, Ванечка, in the yard.", shown: "Ванечка"),
        Leak(name: "diminutive Ванюша of Иван, alone", attackClass: "4 spellings",
             body: intro + "Ванюша in the yard.", shown: "Ванюша"),
        Leak(name: "diminutive Ванечке (dative) of Иван", attackClass: "4 spellings",
             body: "Врач сказал Ванечке, что осмотр будет завтра.", shown: "Ванечке"),
        Leak(name: "hypocoristic Ваня of Иван", attackClass: "4 spellings",
             body: intro + "Ваня in the yard.", shown: "Ваня"),
        Leak(name: "diminutive Ванька of Иван", attackClass: "4 spellings",
             body: "Потом Ванька сказал, что его били.", shown: "Ванька"),
        Leak(name: "diminutive Ванюшка of Иван, in Latin", attackClass: "4 spellings",
             body: intro + "Vanyushka in the yard.", shown: "Vanyushka"),
        Leak(name: "diminutive Мишенька of Михаил", attackClass: "4 spellings",
             body: "Потом Мишенька сказал, что его били.", shown: "Мишенька"),
        Leak(name: "diminutive Мишка of Михаил, capitalized mid-sentence", attackClass: "4 spellings",
             body: "Потом Мишка сказал, что его били.", shown: "Мишка"),
        Leak(name: "Kyrgyz endearment Айбекжан of Айбек", attackClass: "4 spellings",
             body: intro + "Айбекжан in the yard.", shown: "Айбекжан"),
        Leak(name: "Kyrgyz given name Эрке at a sentence start (fail closed)", attackClass: "4 spellings",
             body: "Эрке келди.", shown: "Эрке"),
        Leak(name: "Kyrgyz given name Эрке mid-sentence, capitalized", attackClass: "4 spellings",
             body: "Кечээ Эрке бизге келди.", shown: "Эрке"),
        Leak(name: "common-word name at a sentence start before a case-marked word (fail closed)", attackClass: "4 spellings",
             body: "Темир торлорду карады.", shown: "Темир"),
        Leak(name: "common-word name at a sentence start before a plural and a postposition (fail closed)", attackClass: "4 spellings",
             body: "Темир балдар менен сүйлөштү.", shown: "Темир"),
        Leak(name: "common-word name written bare at a sentence start (fail closed)", attackClass: "4 spellings",
             body: "Максат келди.", shown: "Максат"),
        Leak(name: "common-word name with a possessive, capitalized mid-sentence", attackClass: "4 spellings",
             body: "Биз Максатыбызды сагындык.", shown: "Максатыбыз"),

        // Class 5 (identifiers) as pasted from PDFs / OCR.
        Leak(name: "passport letter-spaced", attackClass: "5 identifiers",
             body: intro + "a man (passport A N 1 2 3 4 5 6 7) in the yard.", shown: "1 2 3 4 5 6 7"),
        Leak(name: "passport in fullwidth digits", attackClass: "5 identifiers",
             body: intro + "a man (passport AN１２３４５６７) in the yard.", shown: "１２３４５６７"),
        Leak(name: "passport in circled digits", attackClass: "5 identifiers",
             body: intro + "a man (passport AN ①②③④⑤⑥⑦) in the yard.", shown: "①②③④⑤⑥⑦"),
        Leak(name: "passport with Cyrillic З for 3 (OCR)", attackClass: "5 identifiers",
             body: intro + "a man (passport AN 12З4567) in the yard.", shown: "12З4567"),
        Leak(name: "PIN with Cyrillic З as last digit", attackClass: "5 identifiers",
             body: intro + "a man (PIN 2020319910012З) in the yard.", shown: "2020319910012"),
        Leak(name: "phone with capital I for 1 (OCR)", attackClass: "5 identifiers",
             body: intro + "a man (+996 555 I23 456) in the yard.", shown: "555 I23 456"),
        Leak(name: "phone in fullwidth digits after тел.", attackClass: "5 identifiers",
             body: intro + "a man (тел. +996 ５５５ １２３ ４５６) in the yard.", shown: "５５５ １２３ ４５６"),
        Leak(name: "phone in superscript digits", attackClass: "5 identifiers",
             body: intro + "a man (tel ⁺⁹⁹⁶ ⁵⁵⁵ ¹²³ ⁴⁵⁶) in the yard.", shown: "¹²³ ⁴⁵⁶"),
        Leak(name: "DOB in Russian words", attackClass: "5 identifiers",
             body: intro + "a man (родился второго марта тысяча девятьсот девяносто первого года) in the yard.",
             shown: "второго марта тысяча девятьсот девяносто первого"),
        Leak(name: "DOB after the abbreviation ДР", attackClass: "5 identifiers",
             body: intro + "a man (ДР 02.03.1991) in the yard.", shown: "02.03.1991"),
        Leak(name: "birth year four words after born", attackClass: "5 identifiers",
             body: intro + "a man (born in the spring of 1991) in the yard.", shown: "spring of 1991"),
        Leak(name: "DOB day and month left beside a withheld year (д/р)", attackClass: "5 identifiers",
             body: intro + "a man (д/р: 2-мар-1991) in the yard.", shown: "2-мар-"),
        Leak(name: "DOB with a Roman-numeral month after b.", attackClass: "5 identifiers",
             body: intro + "a man (b. 2.III.1991) in the yard.", shown: "III.1991"),
        Leak(name: "DOB with a Roman-numeral month after р.", attackClass: "5 identifiers",
             body: intro + "a man (р. 02.III.1991) in the yard.", shown: "III.1991"),
        Leak(name: "DOB with a Roman-numeral month and spaces", attackClass: "5 identifiers",
             body: intro + "a man (born 2 III 1991) in the yard.", shown: "III 1991"),
        Leak(name: "DOB with a Roman-numeral month in lower case, slashes", attackClass: "5 identifiers",
             body: intro + "a man (DOB 12/xi/1991) in the yard.", shown: "xi/1991"),
        Leak(name: "DOB with a Unicode Roman numeral month", attackClass: "5 identifiers",
             body: intro + "a man (д.р. 2.Ⅻ.1991) in the yard.", shown: "Ⅻ.1991"),
        Leak(name: "DOB month and year after birth, in a table row", attackClass: "5 identifiers",
             body: "| Person | Note |\n|---|---|\n| a man | birth March 1991 |", shown: "March 1991"),
    ]

    /// Still open, by name (issue 15 note): next session's work.
    static let open: Set<String> = [
    ]

    @Test(arguments: leaks.filter { !open.contains($0.name) }) func exportDoesNotShowProtectedText(_ c: Leak) throws {
        try Self.expectNoLeak(c)
    }

    @Test(.disabled("open red-team leaks of issue 15, see its note"), arguments: leaks.filter { open.contains($0.name) })
    func knownOpenLeaks(_ c: Leak) throws {
        try Self.expectNoLeak(c)
    }

    static func expectNoLeak(_ c: Leak) throws {
        let o = try Self.export(c.body, audience: c.audience, html: c.html, extra: c.extra)
        if let text = o.text {
            #expect(!text.contains(c.shown), "leak: written \(c.audience) export shows \(c.shown.debugDescription)")
        }
    }

    struct Clean: Sendable, CustomTestStringConvertible {
        let name: String, body: String, word: String
        var audience = "public"
        /// Lines added to the shipped policy (e.g. `public-numbers:`).
        var policy = ""
        var testDescription: String { "class 6 over-refusal: \(name)" }
    }

    static let clean: [Clean] = [
        Clean(name: "village Belovodskoe (detainee Belov in vault) is refused",
              body: "The team then drove to Belovodskoe to visit the colony.", word: "Belovodskoe"),
        Clean(name: "Эркиндик boulevard (detainee Эркин in vault) is refused",
              body: "Кеңсе Эркиндик бульварында жайгашкан.", word: "Эркиндик"),
        Clean(name: "city Temirtau (official Temir in vault) is refused for the public",
              body: "Temirtau and Karaganda colonies were compared.", word: "Temirtau"),
        Clean(name: "Kyrgyz word темир (iron) at sentence start becomes Official A",
              body: "Темир торлор дат басып калган.", word: "Темир торлор"),
        Clean(name: "Kyrgyz word Максатыбыз (our goal) becomes Detainee A",
              body: "Максатыбыз – кыйноолордун алдын алуу.", word: "Максатыбыз"),
        Clean(name: "a statistics table row with a year is taken for a date of birth",
              body: "| Month | Visits |\n|---|---|\n| March 1991 births | 0 |", word: "March 1991"),
        Clean(name: "births counted by month and year in prose",
              body: "There were 4 births in March 1991 in the colony.", word: "March 1991"),
        Clean(name: "Russian: births counted (рождений) by month",
              body: "Число рождений в марте 1991 года: 0.", word: "марте 1991"),
        Clean(name: "Kyrgyz word Максатыңыз (your goal) at a sentence start",
              body: "Максатыңыз эмне?", word: "Максатыңыз"),
        Clean(name: "Kyrgyz word Максатыбыздын (of our goal) at a sentence start",
              body: "Максатыбыздын бири – укуктарды коргоо.", word: "Максатыбыздын"),
        Clean(name: "Kyrgyz word темир (iron) before another plural at a sentence start",
              body: "Темир казандар ашканада турат.", word: "Темир казандар"),
        Clean(name: "Kyrgyz word эрке (spoiled) mid-sentence, lower case",
              body: "Ал үйдө эрке болуп чоңойгон.", word: "эрке"),
        Clean(name: "Russian common word мишка (teddy bear) mid-sentence",
              body: "В камере лежал плюшевый мишка.", word: "мишка"),
        Clean(name: "Russian common word ванька-встанька (a toy) mid-sentence",
              body: "У ребёнка была игрушка ванька-встанька.", word: "ванька-встанька"),
    ]

    /// Over-refusals still open, by name.
    static let openClean: Set<String> = [
    ]

    /// Replaced by choice, never refused: a Kyrgyz possessive of a common-word given name at a sentence
    /// start ("our goal", Максатыбыз) is written exactly as "our Maksat" is, and red team round 11 found
    /// the person published that way (Дастаныбыз, A-1913). Session 42 chose to replace both (fail
    /// closed); the export must still be written, with the word replaced, not refused.
    static let replacedByChoice: Set<String> = [
        "Kyrgyz word Максатыбыз (our goal) becomes Detainee A",
        "Kyrgyz word Максатыңыз (your goal) at a sentence start",
        "Kyrgyz word Максатыбыздын (of our goal) at a sentence start",
    ]

    @Test(arguments: clean.filter { !openClean.contains($0.name) && !replacedByChoice.contains($0.name) })
    func cleanDocumentExportsIntact(_ c: Clean) throws {
        try Self.expectIntact(c)
    }

    @Test(arguments: clean.filter { replacedByChoice.contains($0.name) })
    func replacedByChoiceIsExportedNotRefused(_ c: Clean) throws {
        let o = try Self.export(c.body, audience: c.audience, policy: c.policy)
        #expect(o.status == 0, "refused: \(o.error)")
        #expect(o.text?.contains(c.word) == false, "the possessive was published: \(o.text ?? "")")
    }

    @Test(.disabled("open red-team over-refusals of issue 15, see its note"), arguments: clean.filter { openClean.contains($0.name) })
    func knownOpenOverRefusals(_ c: Clean) throws {
        try Self.expectIntact(c)
    }

    static func expectIntact(_ c: Clean) throws {
        let o = try Self.export(c.body, audience: c.audience, policy: c.policy)
        #expect(o.status == 0, "refused: \(o.error)")
        #expect(o.text?.contains(c.word) == true, "ordinary word replaced: \(o.text ?? "")")
    }
}

// MARK: - Red-team round 15b (attack15): leaks2 / clean2
extension AttackRedactionTests {
    static let leaks2: [Leak] = [
        Leak(name: "heading attributes {- .internal} (Pandoc: unnumbered + internal) published", attackClass: "1 parsing",
             body: "Public intro.\n\n## Notes {- .internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading attributes {-.internal} published", attackClass: "1 parsing",
             body: "Public intro.\n\n## Notes {-.internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading attributes {- .state} published to the public", attackClass: "1 parsing",
             body: "Public intro.\n\n## Notes {- .state}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "internal div inside a block quote (family letter quoted) published", attackClass: "1 parsing",
             body: "Public intro.\n\n> ::: internal\n> The informant named the guard Zebrakettle.\n> :::", shown: "Zebrakettle"),
        Leak(name: "internal div inside a block quote, lazy continuation line", attackClass: "1 parsing",
             body: "Public intro.\n\n> ::: internal\nThe informant named the guard Zebrakettle.\n> :::", shown: "Zebrakettle"),
        Leak(name: "internal div inside a nested block quote", attackClass: "1 parsing",
             body: "Public intro.\n\n> > ::: internal\n> > The informant named the guard Zebrakettle.\n> > :::", shown: "Zebrakettle"),
        Leak(name: "state div inside a block quote published to the public", attackClass: "1 parsing",
             body: "Quoted from the letter:\n\n> ::: state\n> The informant named the guard Zebrakettle.\n> :::", shown: "Zebrakettle"),
        Leak(name: "Armenian օ (U+0585) for o in Sadykov", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadykօv in the yard.", shown: "Sadykօv"),
        Leak(name: "Armenian օ for o in Petrov", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Petrօv in the yard.", shown: "Petrօv"),
        Leak(name: "Armenian օ for o in Sadykov, HTML export", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadykօv in the yard.", shown: "Sadykօv", html: true),
        Leak(name: "Latin alpha ɑ (U+0251) for a in Sadykov", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sɑdykov in the yard.", shown: "Sɑdykov"),
        Leak(name: "Latin alpha ɑ for а in Cyrillic Садыковым", attackClass: "2 reader's view",
             body: "Мониторы говорили с Сɑдыковым.", shown: "Сɑдыковым"),
        Leak(name: "Lisu ꓢ (U+A4E2) for S", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with ꓢadykov in the yard.", shown: "ꓢadykov"),
        Leak(name: "Coptic ⲟ (U+2C9F) for o", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadykⲟv in the yard.", shown: "Sadykⲟv"),
        Leak(name: "kra ĸ (U+0138) for k", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadyĸov in the yard.", shown: "Sadyĸov"),
        Leak(name: "Cyrillic izhitsa ѵ (U+0475) for v", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadykoѵ in the yard.", shown: "Sadykoѵ"),
        Leak(name: "Latin gamma ɣ (U+0263) for y", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadɣkov in the yard.", shown: "Sadɣkov"),
        Leak(name: "Cyrillic ӯ (U+04EF, у with macron) for y", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadӯkov in the yard.", shown: "Sadӯkov"),
        Leak(name: "regional indicator letters", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with 🇸🇦🇩🇾🇰🇴🇻 in the yard.", shown: "🇸🇦🇩🇾🇰🇴🇻"),
        Leak(name: "negative squared letters", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with 🆂🅰🅳🆈🅺🅾🆅 in the yard.", shown: "🆂🅰🅳🆈🅺🅾🆅"),
        Leak(name: "upside-down letters (ʌoʞʎpɐS)", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with ʌoʞʎpɐS in the yard.", shown: "ʌoʞʎpɐS"),
        Leak(name: "Hangul filler (U+3164) inside the word", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sadyㅤkov in the yard.", shown: "Sadyㅤkov"),
        Leak(name: "Braille blank (U+2800) inside the word", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sady⠀kov in the yard.", shown: "Sady⠀kov"),
        Leak(name: "letter-spaced with two spaces (justified text from Word)", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with S  A  D  Y  K  O  V in the yard.", shown: "S  A  D  Y  K  O  V"),
        Leak(name: "letter-spaced with en spaces", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with S\u{2002}A\u{2002}D\u{2002}Y\u{2002}K\u{2002}O\u{2002}V in the yard.", shown: "S\u{2002}A\u{2002}D\u{2002}Y\u{2002}K\u{2002}O\u{2002}V"),
        Leak(name: "letter-spaced with ideographic spaces", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with S\u{3000}A\u{3000}D\u{3000}Y\u{3000}K\u{3000}O\u{3000}V in the yard.", shown: "S\u{3000}A\u{3000}D\u{3000}Y\u{3000}K\u{3000}O\u{3000}V"),
        Leak(name: "letter-spaced Cyrillic with hair spaces", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with С\u{200A}а\u{200A}д\u{200A}ы\u{200A}к\u{200A}о\u{200A}в in the yard.", shown: "С\u{200A}а\u{200A}д\u{200A}ы\u{200A}к\u{200A}о\u{200A}в"),
        Leak(name: "letter-spaced Cyrillic with space + no-break space", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with С \u{A0}а \u{A0}д \u{A0}ы \u{A0}к \u{A0}о \u{A0}в in the yard.", shown: "к \u{A0}о \u{A0}в"),
        Leak(name: "letters joined by underscores", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with S_A_D_Y_K_O_V in the yard.", shown: "S_A_D_Y_K_O_V"),
        Leak(name: "PDF hyphenation: soft hyphen at a line end", attackClass: "2 reader's view",
             body: "The team visited the cell blocks.\n\nDuring the visit the team spoke with Sady\u{AD}\nkov in the yard.", shown: "Sady\u{AD}\nkov"),
        Leak(name: "PDF hyphenation: en dash at a line end (Cyrillic)", attackClass: "2 reader's view",
             body: "Мониторы говорили с Сады–\nковым во дворе.", shown: "Сады–\nковым"),
        Leak(name: "PDF hyphenation: line break pasted as a space after the hyphen", attackClass: "2 reader's view",
             body: "Мониторы говорили с Сады- ковым во дворе.", shown: "Сады- ковым"),
        Leak(name: "lower-case hashtag fusing given name and surname", attackClass: "3 addresses",
             body: "Support #freeaibeksadykov campaign.", shown: "aibeksadykov"),
        Leak(name: "lower-case hashtag after a common word (Latin)", attackClass: "3 addresses",
             body: "Support #justiceforerkinasanov now.", shown: "erkinasanov"),
        Leak(name: "lower-case Cyrillic hashtag in dative", attackClass: "3 addresses",
             body: "Поддержите #свободуайбекусадыкову!", shown: "айбекусадыкову"),
        Leak(name: "heading mark {internal} (no dot) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes {internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading mark {:.internal} (kramdown/Jekyll syntax) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes {:.internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading mark {: .internal} (kramdown syntax with a space) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes {: .internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading mark {#internal} (an id, not a class; the export hides it) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes {#internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading mark {. internal} (space after the dot) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes {. internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading mark { internal } (no dot, spaces) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes { internal }\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "heading mark {\u{200B}.internal} (zero-width space pasted before the dot) is published, though a span or div with it is refused", attackClass: "1 parsing (near-miss marks)",
             body: "Public intro.\n\n## Notes {\u{200B}.internal}\n\nThe informant named the guard Zebrakettle.", shown: "Zebrakettle"),
        Leak(name: "span mark written (.internal) becomes a link and is published", attackClass: "1 parsing (near-miss marks)",
             body: "Public [the guard Zebrakettle](.internal) text.", shown: "Zebrakettle"),
        Leak(name: "fused upper-case given name and surname", attackClass: "3 addresses",
             body: "Campaign AIBEKSADYKOV started.", shown: "AIBEKSADYKOV"),
        Leak(name: "fused lower-case Cyrillic hashtag", attackClass: "3 addresses",
             body: "Кампания #айбексадыков началась.", shown: "айбексадыков"),
        Leak(name: "fused lower-case hashtag #freeivanstarostin", attackClass: "3 addresses",
             body: "Support #freeivanstarostin now.", shown: "ivanstarostin"),
        Leak(name: "fused lower-case Instagram handle erketoktosunova (no URL)", attackClass: "3 addresses",
             body: "Follow erketoktosunova on Instagram.", shown: "erketoktosunova"),
        Leak(name: "initial fused with surname, handle without @ or URL (asadykov)", attackClass: "3 addresses",
             body: "Follow asadykov on Instagram.", shown: "asadykov"),
        Leak(name: "Belarusian ў ending Садыкоў", attackClass: "4 spellings",
             body: "Мы гаварылі з Садыкоў у двары.", shown: "Садыкоў"),
        Leak(name: "Belarusian ў ending Петроў", attackClass: "4 spellings",
             body: "Мы гаварылі з Петроў.", shown: "Петроў"),
        Leak(name: "Kyrgyz k→g voicing before a possessive: Айбегибиз (our Aibek)", attackClass: "4 spellings",
             body: "Биздин Айбегибиз камакта.", shown: "Айбегибиз"),
        Leak(name: "Kyrgyz voicing: Айбегибизди (accusative)", attackClass: "4 spellings",
             body: "Айбегибизди бошотуп бергиле!", shown: "Айбегибизди"),
        Leak(name: "Kyrgyz voicing: Айбегим (my Aibek) in a mother's letter", attackClass: "4 spellings",
             body: "Менин Айбегим эч нерсе кылган жок.", shown: "Айбегим"),
        Leak(name: "Kyrgyz voicing: Айбегин (his/her Aibek, accusative)", attackClass: "4 spellings",
             body: "Апасы Айбегин издеп келди.", shown: "Айбегин"),
        Leak(name: "surname written without -ova (Toktosun): given name replaced, surname left", attackClass: "4 spellings",
             body: "Erke Toktosun said she had been beaten.", shown: "Toktosun"),
        Leak(name: "Kyrgyz patronymic fused (Asanuulu): given name replaced, patronymic left", attackClass: "4 spellings",
             body: "Nurlan Asanuulu complained.", shown: "Asanuulu", extra: uuluPerson),
        Leak(name: "diminutive Иванушка of Иван", attackClass: "4 spellings",
             body: "Потом Иванушка сказал, что его били.", shown: "Иванушка"),
        Leak(name: "foreign passport letter + eight digits (N12345678)", attackClass: "5 identifiers",
             body: "Passport No. N12345678 (Uzbekistan).", shown: "N12345678", audience: "state"),
        Leak(name: "birth certificate series and number", attackClass: "5 identifiers",
             body: "Свидетельство о рождении I-АН № 123456.", shown: "123456", audience: "state"),
        Leak(name: "ID card number with dots", attackClass: "5 identifiers",
             body: "ID 234.56.78", shown: "234.56.78", audience: "state"),
        Leak(name: "personal number split across two table cells", attackClass: "5 identifiers",
             body: "| PIN part 1 | part 2 |\n|---|---|\n| 2020319 | 9100123 |", shown: "9100123", audience: "state"),
        Leak(name: "DOB in a table column headed Born", attackClass: "5 identifiers",
             body: "| Name | Born | Cell |\n|---|---|---|\n| A. | 02.03.1991 | 5 |", shown: "02.03.1991", audience: "state"),
        Leak(name: "DOB in a table column headed Дата рожд.", attackClass: "5 identifiers",
             body: "| Ф.И.О. | Дата рожд. | Камера |\n|---|---|---|\n| Д. А. | 02.03.1991 | 5 |", shown: "02.03.1991", audience: "state"),
        Leak(name: "DOB in a table column headed Туулган", attackClass: "5 identifiers",
             body: "| Аты-жөнү | Туулган | Камера |\n|---|---|---|\n| А. | 02.03.1991 | 5 |", shown: "02.03.1991", audience: "state"),
        Leak(name: "DOB beside the age in parentheses", attackClass: "5 identifiers",
             body: "A man (23, 02.03.91) said he was beaten.", shown: "02.03.91", audience: "state"),
        Leak(name: "DOB split: born in '91 ... on 2 March", attackClass: "5 identifiers",
             body: "He was born in '91 in Osh, on 2 March.", shown: "2 March", audience: "state"),
        Leak(name: "DOB with the year in emphasis: day and month left", attackClass: "5 identifiers",
             body: "He was born 02.03.*1991*.", shown: "02.03.", audience: "state"),
        Leak(name: "DOB with day and month struck through: day and month left", attackClass: "5 identifiers",
             body: "He was born ~~02.03.~~1991.", shown: "02.03.", audience: "state"),
        Leak(name: "DOB with a superscript ordinal: the day left", attackClass: "5 identifiers",
             body: "He was born on the 2^nd^ of March 1991.", shown: "2^nd^", audience: "state"),
        Leak(name: "phone letter-spaced with two spaces", attackClass: "5 identifiers",
             body: "Mother: 0  5  5  5  1  2  3  4  5  6.", shown: "1  2  3  4  5  6", audience: "state"),
        Leak(name: "passport in Arabic-Indic digits", attackClass: "5 identifiers",
             body: "Passport AN ١٢٣٤٥٦٧ seized.", shown: "١٢٣٤٥٦٧", audience: "state"),
        Leak(name: "phone number in Russian words", attackClass: "5 identifiers",
             body: "Телефон матери: ноль пятьсот пятьдесят пять, сто двадцать три, четыреста пятьдесят шесть.", shown: "четыреста пятьдесят шесть", audience: "state"),
        Leak(name: "sensitive 'cell 14' written 'cell No. 14'", attackClass: "7 sensitive strings",
             body: "He was in cell No. 14.", shown: "No. 14", extra: sensitive),
        Leak(name: "sensitive 'cell 14' written 'cell №14'", attackClass: "7 sensitive strings",
             body: "He was in cell №14.", shown: "№14", extra: sensitive),
        Leak(name: "sensitive 'cell 14' written 'Cell14'", attackClass: "7 sensitive strings",
             body: "He was in Cell14.", shown: "Cell14", extra: sensitive),
        Leak(name: "sensitive 'cell 14' in a plural 'cells 14 and 15'", attackClass: "7 sensitive strings",
             body: "He was in cells 14 and 15.", shown: "cells 14", extra: sensitive),
        Leak(name: "sensitive 'cell 14' letter-spaced", attackClass: "7 sensitive strings",
             body: "He was in c e l l 1 4.", shown: "c e l l 1 4", extra: sensitive),
        Leak(name: "sensitive phrase in the plural (duty officers)", attackClass: "7 sensitive strings",
             body: "He feared the night-shift duty officers.", shown: "duty officers", extra: sensitive),
        Leak(name: "sensitive phrase without its hyphen (night shift)", attackClass: "7 sensitive strings",
             body: "He feared the night shift duty officer.", shown: "night shift duty officer", extra: sensitive),
        Leak(name: "sensitive phrase closed up (nightshift)", attackClass: "7 sensitive strings",
             body: "He feared the nightshift duty officer.", shown: "nightshift duty officer", extra: sensitive),
        Leak(name: "sensitive phrase hyphenated over a line end", attackClass: "7 sensitive strings",
             body: "He feared the night-\nshift duty officer.", shown: "shift duty officer", extra: sensitive),
        Leak(name: "sensitive phrase with another article", attackClass: "7 sensitive strings",
             body: "He feared a night-shift duty officer.", shown: "night-shift duty officer", extra: sensitive),
        Leak(name: "sensitive Russian phrase in a case form (камере № 14)", attackClass: "7 sensitive strings",
             body: "Он был в камере № 14.", shown: "камере № 14", extra: sensitive),
        Leak(name: "sensitive Russian phrase in a case form with a no-break space", attackClass: "7 sensitive strings",
             body: "Он был в камере №\u{A0}14.", shown: "камере №\u{A0}14", extra: sensitive),
    ]

    static let uuluPerson = "  D-U:\n    name: Nurlan Asan uulu\n    also: [Нурлан Асан уулу]\n    role: detainee\n    consent: []\n"
    static let sensitive = "sensitive:\n  - cell 14\n  - the night-shift duty officer\n  - камера № 14\n"

    /// Round 2 leaks still open, by name (issue 15 note): the next work list.
    static let open2: Set<String> = [
    ]

    @Test(arguments: leaks2.filter { !open2.contains($0.name) }) func exportDoesNotShowProtectedText2(_ c: Leak) throws {
        try exportDoesNotShowProtectedText2Body(c)
    }

    @Test(.disabled("open: issue 15 red-team round 2 (2026-12-04), see the issue note"), arguments: leaks2.filter { open2.contains($0.name) })
    func openLeaks2(_ c: Leak) throws { try exportDoesNotShowProtectedText2Body(c) }

    func exportDoesNotShowProtectedText2Body(_ c: Leak) throws {
        try Self.expectNoLeak(c)
    }

    static let clean2: [Clean] = [
        Clean(name: "беловой (fair copy) becomes Detainee A (detainee Белов)",
              body: "Беловой вариант отчёта будет готов к пятнице.", word: "Беловой вариант"),
        Clean(name: "беловик (fair copy) is refused (detainee Белов)",
              body: "Это беловик отчёта.", word: "беловик"),
        Clean(name: "старостина (the cell elder's) becomes Detainee A (detainee Старостин)",
              body: "Кровать старостина стояла у окна.", word: "старостина"),
        Clean(name: "railway company Кыргыз Темир Жолу: Темир becomes Official A",
              body: "Сотрудники ГП «НК «Кыргыз Темир Жолу»» охраняли вагон.", word: "Кыргыз Темир Жолу"),
        Clean(name: "railway company Kyrgyz Temir Jolu (Latin): Temir becomes Official A",
              body: "Guards of Kyrgyz Temir Jolu escorted the wagon.", word: "Kyrgyz Temir Jolu"),
        Clean(name: "newspaper «Эркин Тоо»: Эркин becomes Detainee A",
              body: "Отчёт опубликован в газете «Эркин Тоо».", word: "Эркин Тоо"),
        Clean(name: "newspaper Erkin Too (Latin): Erkin becomes Detainee A",
              body: "The report appeared in the newspaper Erkin Too.", word: "Erkin Too"),
        Clean(name: "Петровка (Moscow police HQ) becomes Detainee A",
              body: "Его доставили на Петровку, 38.", word: "Петровку"),
        Clean(name: "Петров день (a holiday) becomes Detainee A",
              body: "Визит пришёлся на Петров день.", word: "Петров день"),
        Clean(name: "all-caps heading ТЕМИР ТОРЛОР (iron bars): Official A",
              body: "## ТЕМИР ТОРЛОР\n\nТорлор дат басып калган.", word: "ТЕМИР ТОРЛОР"),
        Clean(name: "staff given name Temirlan refused (official Temir)",
              body: "Staff member Temirlan Usenov took notes.", word: "Temirlan"),
        Clean(name: "staff given name Темирлан refused (official Темир)",
              body: "Записи вёл сотрудник Темирлан Усенов.", word: "Темирлан"),
        Clean(name: "surname Temirkulov refused (official Temir)",
              body: "The deputy head, Mr Temirkulov, was present.", word: "Temirkulov"),
        Clean(name: "surname Mikhailov refused (detainee Mikhail)",
              body: "Prosecutor Mikhailov received the team.", word: "Mikhailov"),
        Clean(name: "given name Maksatbek refused (detainee Maksat)",
              body: "Monitor Maksatbek Jumaliev joined the visit.", word: "Maksatbek"),
        Clean(name: "surname Максатбеков refused (detainee Максат)",
              body: "Заместитель Максатбеков присутствовал.", word: "Максатбеков"),
        Clean(name: "surname Aibekova refused (detainee Aibek)",
              body: "The lawyer Nazira Aibekova attended.", word: "Aibekova"),
        Clean(name: "surname Erkinbaev refused (detainee Erkin)",
              body: "The deputy head, Mr Erkinbaev, was present.", word: "Erkinbaev"),
        Clean(name: "given name Erkinbek refused (detainee Erkin)",
              body: "Staff member Erkinbek Osmonaliev took notes.", word: "Erkinbek"),
        Clean(name: "given name Эркинбек refused (detainee Эркин)",
              body: "Сотрудник Эркинбек Осмоналиев вёл записи.", word: "Эркинбек"),
        Clean(name: "English 'below' becomes Detainee A (detainee Belov)",
              body: "The figures below show the occupancy of each cell.", word: "figures below"),
        Clean(name: "English 'Below' at a sentence start becomes Detainee A",
              body: "Below is the list of recommendations.", word: "Below is"),
        Clean(name: "English 'bellow' becomes Detainee A",
              body: "Guards would bellow orders at night.", word: "bellow"),
        Clean(name: "English 'see the table below' becomes Detainee A",
              body: "See the table below.", word: "table below"),
        Clean(name: "English 'below zero' becomes Detainee A",
              body: "The temperature fell below zero.", word: "below zero"),
        Clean(name: "English 'beloved' is refused (detainee Belov)",
              body: "His beloved wife visited him.", word: "beloved"),
        Clean(name: "foreign expert Petrović refused (detainee Petrov)",
              body: "Dr Petrović from Belgrade attended.", word: "Petrović"),
        Clean(name: "Kyrgyz 'эркин' (freely), lower case mid-sentence, becomes Detainee A",
              body: "Мониторлор камактагылар менен эркин сүйлөштү.", word: "эркин сүйлөштү"),
        Clean(name: "Kyrgyz 'сөз эркиндиги' (freedom of speech), lower case, becomes Detainee A",
              body: "Сөз эркиндиги чектелген.", word: "Сөз эркиндиги"),
        Clean(name: "Russian 'беловатые' (whitish) is refused (detainee Белов)",
              body: "Стены были беловатые от извести.", word: "беловатые"),
        Clean(name: "hyphenated place name Temir-Kazyk becomes Official A-Kazyk",
              body: "The facility is called Temir-Kazyk.", word: "Temir-Kazyk"),
        Clean(name: "another person's patronymic Петровна becomes Detainee A (Иванович, Михайлович are left)",
              body: "Врач Анна Петровна Орлова осмотрела задержанных.", word: "Анна Петровна Орлова"),
        // Since round 10's scope decision the number itself is withheld as a case number
        // (`case-number`, CaseNumberDetectorTests): the export is written and the sentence stays.
        Clean(name: "criminal case number cut into a document number",
              body: "Уголовное дело № 02-123-2014-000456 возбуждено.", word: "Уголовное дело № ["),
        Clean(name: "inventory number taken for a document number",
              body: "Inventory No. 1234567 (mattresses).", word: "1234567"),
        Clean(name: "date of the last birth in a women's colony taken for a DOB",
              body: "Рождено детей в колонии: 2, дата последнего рождения 02.03.2014.", word: "02.03.2014"),
        Clean(name: "passport issuing-authority code МКК 211021 taken for a phone",
              body: "Паспорта выдаёт МКК 211021 в Бишкеке.", word: "МКК 211021"),
        Clean(name: "NPM's own hotline in a public report (policy choice?)",
              body: "Горячая линия НЦПП: +996 312 62 50 15.", word: "62 50 15",
              policy: "public-numbers:\n  - \"+996 312 62 50 15\"\n"),
        Clean(name: "ministry fax number in a public report (policy choice?)",
              body: "Ministry of Justice, fax: +996 312 65 64 87.", word: "65 64 87",
              policy: "public-numbers:\n  - \"(0312) 65-64-87\"\n"),
        Clean(name: "code span holding ] inside a public span is refused",
              body: "Rule [the sign `]` marks the end]{.public} here.", word: "marks the end"),
        Clean(name: "Pandoc heading attributes {.unnumbered .public} refused",
              body: "## Findings {.unnumbered .public}\n\nCells were clean.", word: "Cells were clean"),
    ]

    /// Round 2 over-refusals still open, by name.
    static let openClean2: Set<String> = [
        // A trade-off since round 3: "Петров день и ночь работал" would hide the person,
        // so the holiday is not a named entity and Петров in it is replaced.
        "Петров день (a holiday) becomes Detainee A",
        "беловой (fair copy) becomes Detainee A (detainee Белов)",
        "старостина (the cell elder's) becomes Detainee A (detainee Старостин)",
    ]

    @Test(arguments: clean2.filter { !openClean2.contains($0.name) }) func cleanDocumentExportsIntact2(_ c: Clean) throws {
        try cleanDocumentExportsIntact2Body(c)
    }

    @Test(.disabled("open: issue 15 red-team round 2 (2026-12-04), see the issue note"), arguments: clean2.filter { openClean2.contains($0.name) })
    func openClean2Cases(_ c: Clean) throws { try cleanDocumentExportsIntact2Body(c) }

    func cleanDocumentExportsIntact2Body(_ c: Clean) throws {
        try Self.expectIntact(c)
    }

    /// A tag as `stats --by tag` prints it (issue 15 class 6: printed labels go through the scan).
    struct PrintedTag: Sendable, CustomTestStringConvertible {
        let name: String, tag: String
        var audience = "state"
        var testDescription: String { "class 6 printed labels: \(name)" }
    }

    /// Six public visit reports carrying `tag`, then `stats --by tag`.
    static func printedStatistics(tag: String, audience: String) throws -> TamgaBinary.Result {
        let v = try CLIVault()
        for i in 1...6 {
            let doc = "---\nid: ST-\(i)\nkind: visit-report\ntitle: Visit\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: public\n"
                + persons + "tags: [\"\(tag)\"]\n---\n\nPublic text.\n"
            let added = try v.run(["add", try v.folder.write("d\(i).md", doc)])
            #expect(added.status == 0, "add: \(added.standardError)")
        }
        return try v.run(["stats", "--audience", audience, "--by", "tag"])
    }

    static let printedTags: [PrintedTag] = [
        PrintedTag(name: "tag letter-joined by hyphens (exports catch S-a-d-y-k-o-v)", tag: "s-a-d-y-k-o-v"),
        PrintedTag(name: "tag with the surname split by an underscore", tag: "sady_kov"),
        PrintedTag(name: "tag fusing given name and surname", tag: "aibeksadykov"),
        PrintedTag(name: "tag fusing Erke Toktosunova", tag: "erketoktosunova"),
        PrintedTag(name: "tag fusing Ivan Starostin", tag: "ivanstarostin"),
        PrintedTag(name: "tag with an initial fused to the surname", tag: "asadykov"),
        PrintedTag(name: "tag with Armenian o (U+0585)", tag: "sadyk\u{585}v-case"),
        PrintedTag(name: "tag letter-spaced with two spaces", tag: "S  A  D  Y  K  O  V"),
    ]

    /// Printed-label cases still open, by name.
    static let openLabels2: Set<String> = [
    ]

    @Test(.disabled("open: issue 15 red-team round 2 (2026-12-04), see the issue note"), arguments: printedTags.filter { openLabels2.contains($0.name) })
    func openStatisticsLabels2(_ c: PrintedTag) throws { try statisticsLabelsDoNotShowProtectedText2(c) }

    @Test(arguments: printedTags.filter { !openLabels2.contains($0.name) }) func statisticsLabelsDoNotShowProtectedText2(_ c: PrintedTag) throws {
        let r = try Self.printedStatistics(tag: c.tag, audience: c.audience)
        if r.status == 0 {
            #expect(!r.standardOutput.contains(c.tag), "leak: \(c.audience) statistics print \(c.tag.debugDescription)")
        }
    }

    /// Over-refusal: tamga's own caption "counts below 5 suppressed" reads as
    /// a spelling of the detainee Belov, so no public statistics print at all.
    @Test func publicStatisticsOfACleanTagPrint2() throws {
        let r = try Self.printedStatistics(tag: "ill-treatment", audience: "public")
        #expect(r.status == 0, "refused: \(r.standardError)")
        #expect(r.standardOutput.contains("ill-treatment"))
    }

    /// Recommendations inside passages tamga misreads as public (block-quoted
    /// div, `{- .internal}` heading) reach the follow-up report and `rec table`.
    struct InternalRecommendation: Sendable, CustomTestStringConvertible {
        let name: String, body: String, shown: String
        var audience = "public"
        var testDescription: String { "class 1 parsing, follow-up report: \(name)" }
    }

    static let internalRecommendations: [InternalRecommendation] = [
        InternalRecommendation(name: "recommendation in an internal div inside a block quote (public report)",
            body: "Public text.\n\n> ::: internal\n> 1. [Move the informant away from the guard Zebrakettle.]{.recommendation #R-ATK-2 to=\"GSIN\" theme=protection}\n> :::",
            shown: "Zebrakettle"),
        InternalRecommendation(name: "recommendation under a {- .internal} heading (public report)",
            body: "Public text.\n\n## Notes {- .internal}\n\n1. [Move the informant away from the guard Zebrakettle.]{.recommendation #R-ATK-2 to=\"GSIN\" theme=protection}",
            shown: "Zebrakettle"),
        InternalRecommendation(name: "recommendation in an internal div inside a block quote (state report)",
            body: "Public text.\n\n> ::: internal\n> 1. [Move the informant away from the guard Zebrakettle.]{.recommendation #R-ATK-2 to=\"GSIN\" theme=protection}\n> :::",
            shown: "Zebrakettle", audience: "state"),
    ]

    @Test(arguments: internalRecommendations) func followUpReportDoesNotShowInternalRecommendations2(_ c: InternalRecommendation) throws {
        let v = try CLIVault()
        let added = try v.run(["add", try v.folder.write("d.md", Self.document(c.body))])
        guard added.status == 0 else { return }
        let out = v.folder.path("follow-up.html")
        let report = try v.run(["rec", "report", "--audience", c.audience, "--to", "GSIN", "-o", out])
        if report.status == 0, let text = try? String(contentsOfFile: out, encoding: .utf8) {
            #expect(!text.contains(c.shown), "leak: \(c.audience) follow-up report shows \(c.shown.debugDescription)")
        }
        let table = try v.run(["rec", "table", "--audience", "state"])
        if table.status == 0 {
            #expect(!table.standardOutput.contains(c.shown), "leak: state rec table shows \(c.shown.debugDescription)")
        }
    }

    /// The annual summary carries the sections the audience may see: the
    /// misread passages (block-quoted div, `{- .internal}` heading) reached
    /// it. A block-quoted div is now refused at add (nothing to leak); the
    /// heading is read as internal, so the summary must not show it.
    @Test(arguments: ["state", "public"]) func annualSummaryDoesNotShowInternalPassages2(_ audience: String) throws {
        let bodies = ["Public text.\n\n> ::: internal\n> The informant named the guard Zebrakettle.\n> :::",
                      "Public text.\n\n## Notes {- .internal}\n\nThe informant named the guard Zebrakettle."]
        var summarized = 0
        for body in bodies {
            let v = try CLIVault()
            let added = try v.run(["add", try v.folder.write("d.md", Self.document(body))])
            guard added.status == 0 else { continue }
            let out = v.folder.path("summary.html")
            let r = try v.run(["summary", "--year", "2014", "--audience", audience, "-o", out])
            #expect(r.status == 0, "refused: \(r.standardError)")
            if r.status == 0, let text = try? String(contentsOfFile: out, encoding: .utf8) {
                summarized += 1
                #expect(!text.contains("Zebrakettle"), "leak: \(audience) summary shows an internal passage")
            }
        }
        #expect(summarized >= 1, "the {- .internal} heading document was not summarized")
    }

    /// Over-refusal: a clean vault's public annual summary is refused (the
    /// detainee Belov is read into tamga's own words, as in the statistics).
    @Test func publicAnnualSummaryOfACleanVaultIsWritten2() throws {
        let v = try CLIVault()
        let added = try v.run(["add", try v.folder.write("d.md", Self.document("The team found the cells clean.", extra: "tags: [overcrowding]\n"))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let r = try v.run(["summary", "--year", "2014", "--audience", "public", "-o", v.folder.path("summary.html")])
        #expect(r.status == 0, "refused: \(r.standardError)")
    }

    /// Over-refusal, same cause as the statistics caption: "below" read as Belov.
    @Test func publicRecommendationTablePrints2() throws {
        let v = try CLIVault()
        let body = "Public text.\n\n1. [Reduce occupancy.]{.recommendation #R-ATK-1 to=\"GSIN\" theme=overcrowding}"
        let added = try v.run(["add", try v.folder.write("d.md", Self.document(body))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let table = try v.run(["rec", "table", "--audience", "public"])
        #expect(table.status == 0, "refused: \(table.standardError)")
    }
}
