import Testing
@testable import TamgaCore

/// Red-team round 8, A4: a protected person whose given name is an everyday
/// Kyrgyz or Russian word (Эркин "free", Темир "iron", Максат "purpose",
/// Надежда "hope") is published when the word is written in lower case; the
/// author is warned at add, by person id and part, without the word.
@Suite struct WordNamePartWarningTests {
    static func document(_ persons: [(id: String, name: String, consent: String)]) throws -> Document {
        var front = "level: public\npersons:\n"
        for person in persons {
            front += "  \(person.id):\n    name: \(person.name)\n    role: detainee\n    consent: [\(person.consent)]\n"
        }
        return try Fixture.parse(front: front, body: "## A\n\nText.\n")
    }

    @Test(arguments: ["Erkin Asanov", "Эркин Асанов", "Temir Osmonov", "Максат Белов", "Жылдыз Абдрахманова", "Надежда Петрова"])
    func aGivenNameThatIsAWordIsWarnedWithoutTheWord(_ name: String) throws {
        let warnings = WordNamePartWarning.warnings(for: try Self.document([("D-3", name, "")]))
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.contains("D-3's given name is also an everyday word"))
        #expect(warning.contains("the State and the public") && warning.contains("@D-3"))
        for part in name.split(separator: " ") { #expect(!warning.contains(part), "the warning holds the name") }
    }

    @Test func distinctiveNamesAndConsentedPersonsAreNotWarned() throws {
        let document = try Self.document([("D-1", "Aibek Sadykov", ""), ("D-2", "Руслан Шевченко", ""), ("S-1", "Erkin Asanov", "state, public")])
        #expect(WordNamePartWarning.warnings(for: document).isEmpty)
    }

    @Test func consentToOneAudienceNamesTheOther() throws {
        let document = try Self.document([("D-3", "Erkin Asanov", "state")])
        #expect(WordNamePartWarning.warnings(for: document).first?.contains("not withheld from the public;") == true)
    }
}
