import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 7, classes C (identifiers) and E (outputs), end to end
//
// The red team's failing class-C cases (e-mail obfuscations without
// brackets, an address broken at a line end, a phone half in figures and
// half in words), the class-E cases that carried them into a title, an
// output path, a statistics label and a State member's `show`, and the
// clean cases about two-digit-year periods, institutions named after
// births and a toll-free line. Same harness as rounds 4 to 6.
extension AttackRedactionTests {
    static let identifiers7: [Leak5] = [
        Leak5(name: "C-023 phone in figures and words", attackClass: "C identifiers", body: "Номер: ноль 555 сто двадцать три 456",
              shown: "сто двадцать три"),
        Leak5(name: "C-056 e-mail with spaces around @", attackClass: "C identifiers", body: "Email: aidai1990 @ mail.ru", shown: "aidai1990"),
        Leak5(name: "C-057 e-mail with at and dot", attackClass: "C identifiers", body: "aidai1990 at mail dot ru", shown: "aidai1990"),
        Leak5(name: "C-058 e-mail with собака and точка ру", attackClass: "C identifiers", body: "почта: aidai1990 собака mail точка ру",
              shown: "aidai1990"),
        Leak5(name: "C-103 e-mail split at a line end", attackClass: "C identifiers", body: "Write to aidai1990@\nmail.ru please.", shown: "aidai1990"),
        Leak5(name: "C-104 e-mail with a spaced fullwidth at", attackClass: "C identifiers", body: "aidai1990 ＠ mail.ru", shown: "aidai1990"),
        Leak5(name: "C-059 e-mail with an ideographic full stop", attackClass: "C identifiers", body: "aidai1990@mail。ru", shown: "aidai1990"),
        Leak5(name: "C-101 e-mail with a comma typo", attackClass: "C identifiers", body: "Email: aidai1990@mail,ru", shown: "aidai1990"),
        Leak5(name: "C-105 e-mail на мейл ру", attackClass: "C identifiers", body: "почта aidai1990 на мейл ру", shown: "aidai1990"),
        Leak5(name: "C-063 e-mail (gmail)", attackClass: "C identifiers", body: "Её гугл-почта aidai1990 (gmail)", shown: "aidai1990"),
        Leak5(name: "C-064 e-mail with Kyrgyz эт", attackClass: "C identifiers", body: "aidai1990 эт gmail.com", shown: "aidai1990"),
        // Other members of the classes.
        Leak5(name: "e-mail with чекит, Kyrgyz, State", attackClass: "C identifiers", body: "Апасынын почтасы: apa.osh77 эт белгиси gmail чекит com",
              shown: "apa.osh77", audience: "state"),
        Leak5(name: "phone, English words and figures, HTML", attackClass: "C identifiers", body: "Call zero 700 one two three 456 after six.",
              shown: "one two three", format: "html"),
        Leak5(name: "E-014 title with a spaced e-mail, JSON", attackClass: "E outputs", body: "Public text.", shown: "aidai1990", format: "json",
              title: "Letter from aidai1990 @ mail.ru"),
    ]

    @Test(arguments: identifiers7) func round7IdentifierCasesAreWithheld(_ c: Leak5) throws {
        try Self.expectNoLeak4(c.asLeak4)
    }

    static let identifierClean7: [Clean5] = [
        Clean5(name: "clean-032 period with two-digit years", body: "Период: 01.01.14–31.12.14.", word: "01.01.14–31.12.14"),
        Clean5(name: "clean-118 same, spaced", body: "Период: 01.01.14 – 31.12.14.", word: "01.01.14 – 31.12.14"),
        Clean5(name: "clean-041 maternity ward visited", body: "Родильное отделение больницы № 2 посещено 03.03.2014.", word: "03.03.2014"),
        Clean5(name: "clean-122 birth registry visited", body: "The civil birth registry was visited on 12.11.2014.", word: "12.11.2014"),
        Clean5(name: "clean-066 toll-free line", body: "Горячая линия: 0 800 800 800 (бесплатно).", word: "0 800 800 800"),
        Clean5(name: "look at a web site", body: "Look at ombudsman.kg for the report.", word: "ombudsman.kg"),
        Clean5(name: "Kyrgyz эт (meat)", body: "Тамакка эт жана нан берилет.", word: "эт жана нан", audience: "state"),
    ]

    @Test(arguments: identifierClean7) func round7IdentifierCleanReportsExportIntact(_ c: Clean5) throws {
        try Self.expectIntact5(c)
    }

    /// E-007, E-018, E-019: an output path and a printed tag carrying a round-7 identifier.
    @Test func round7OutputPathWithASpokenEmailIsRefused() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("d.md", Self.document4("Public text.", id: "ATK-7"))]).status == 0)
        let target = v.folder.path("o") + "/aidai1990 at mail dot ru.md"
        try FileManager.default.createDirectory(atPath: v.folder.path("o"), withIntermediateDirectories: true)
        let r = try v.run(["export", "ATK-7", "--audience", "public", "--format", "md", "-o", target])
        #expect(r.status != 0, "written")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test(arguments: [("aidai1990 @ mail.ru", "state"), ("ноль 555 сто двадцать три 456", "public")])
    func round7PrintedTagsAreRefused(_ tag: String, _ audience: String) throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("d.md", Self.document4("Public.", id: "ATK-7", extra: "tags: [\"\(tag)\"]\n"))]).status == 0)
        let r = try v.run(["stats", "--audience", audience, "--by", "tag", "--format", "json"])
        #expect(r.status != 0 || !r.standardOutput.contains(tag), "printed:\n\(r.standardOutput)")
        #expect(!r.standardError.contains("aidai1990") && !r.standardError.contains("двадцать"), "the error repeats it: \(r.standardError)")
    }

    /// E-033: a State member's `show` withholds a spaced e-mail.
    @Test func round7StateMemberShowWithholdsASpacedEmail() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("d.md", Self.document4("Contact aidai1990 @ mail.ru.", id: "ATK-7"))]).status == 0)
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let shown = try v.run(["show", "--member", "Liaison", "ATK-7"])
        #expect(!shown.standardOutput.contains("aidai1990"), "shown:\n\(shown.standardOutput)")
    }
}
