import Testing
@testable import TamgaCore

/// Issue 15: a refused export names the source file, line and column, the
/// rule and how to fix it, never the leaked text; the text is shown only by
/// `explanation` (`tamga export --explain`, members cleared internal).
@Suite struct LeakErrorLocationTests {
    static let front = "level: public\npersons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n"

    static func refusal(_ body: String) throws -> LeakError {
        let document = try Fixture.parse(front: front, body: body)
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: bestNameFinder(persons: registry.personNames), sensitive: [])
        return try #require(throws: LeakError.self) { try exporter.export(document, for: .state, as: .markdown) }
    }

    @Test func aDisguisedNameIsPlacedAtItsSourceLine() throws {
        let error = try Self.refusal("The yard was clean.\n\nWe met Sa**dyk**ov\nin the yard.\n")
        let line = Fixture.bodyLine(front: Self.front) + 2
        #expect(error.message.contains("protected-name at t.md:\(line):1, person D-0042"), "\(error.message)")
        #expect(!error.message.contains("dyk"))
        #expect(error.hint?.contains("mark the passage at that place") == true)
        // A near spelling is refused under the same rule: the hint says so, and how to fix it.
        #expect(error.hint?.contains("misspelling") == true && error.hint?.contains("`@ID`") == true)
        #expect(error.explanation == ["t.md:\(line):1: protected-name: We met Sa**dyk**ov in the yard."])
    }

    @Test func aDisguisedIdentifierGetsItsDetectorAndPlace() throws {
        let error = try Self.refusal("Contact: fine.\n\nHer passport AN&#49;234567 was kept.\n")
        let line = Fixture.bodyLine(front: Self.front) + 2
        #expect(error.message.contains("detector at t.md:\(line):1, detector document-number"), "\(error.message)")
        #expect(!error.message.contains("234567"))
        #expect(error.hint?.lowercased().contains("for an identifier") == true)
    }
}
