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

    static func document(_ body: String) -> String {
        "---\nid: ATK-1\nkind: visit-report\ntitle: Visit to IVS-1 Bishkek\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: public\n"
            + persons + "---\n\n" + body + "\n"
    }

    struct Outcome { let status: Int32; let text: String?; let error: String }

    /// Adds the document to a fresh vault and exports it; `text` is the written file (nil when refused).
    static func export(_ body: String, audience: String, html: Bool = false) throws -> Outcome {
        let v = try CLIVault()
        let added = try v.run(["add", try v.folder.write("d.md", document(body))])
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
        let o = try Self.export(c.body, audience: c.audience, html: c.html)
        if let text = o.text {
            #expect(!text.contains(c.shown), "leak: written \(c.audience) export shows \(c.shown.debugDescription)")
        }
    }

    struct Clean: Sendable, CustomTestStringConvertible {
        let name: String, body: String, word: String
        var audience = "public"
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

    @Test(arguments: clean.filter { !openClean.contains($0.name) }) func cleanDocumentExportsIntact(_ c: Clean) throws {
        try Self.expectIntact(c)
    }

    @Test(.disabled("open red-team over-refusals of issue 15, see its note"), arguments: clean.filter { openClean.contains($0.name) })
    func knownOpenOverRefusals(_ c: Clean) throws {
        try Self.expectIntact(c)
    }

    static func expectIntact(_ c: Clean) throws {
        let o = try Self.export(c.body, audience: c.audience)
        #expect(o.status == 0, "refused: \(o.error)")
        #expect(o.text?.contains(c.word) == true, "ordinary word replaced: \(o.text ?? "")")
    }
}
