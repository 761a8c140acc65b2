import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The policy's `public-numbers` (policy/README.md): an institution's number
/// listed there stays in every export, through the projector and the leak
/// scan; any other number is still withheld; a listing too short to be a
/// number is refused when the policy loads.
@Suite struct PublicNumbersTests {
    static func policy(_ lines: String) throws -> Policy {
        let yaml = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        return try Policy.load(yaml: yaml + lines, file: "policy.yaml")
    }

    @Test func aListedNumberMatchesInAnyWriting() throws {
        let numbers = try Self.policy("public-numbers:\n  - \"+996 312 62 50 15\"\n").publicNumbers
        for writing in ["+996 312 62 50 15", "(0312) 62-50-15", "0312625015", "00996312625015", "+996 (312) 62 50 15"] {
            #expect(numbers.contains(writing), "\(writing)")
        }
        for other in ["+996 312 62 50 16", "62 50 15", "+996 555 62 50 15"] { #expect(!numbers.contains(other), "\(other)") }
    }

    @Test func aListedNumberIsExportedAndAnotherIsNot() throws {
        let policy = try Self.policy("public-numbers:\n  - \"(0312) 65-64-87\"\n")
        let body = "Ministry of Justice, fax: +996 312 65 64 87. Mother: +996 555 123 456.\n"
        let document = try Fixture.parse(front: "level: public\n", body: body)
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
            .export(document, for: .public, as: .markdown)
        #expect(export.text.contains("+996 312 65 64 87"))
        #expect(!export.text.contains("123 456"))
    }

    @Test func withoutTheListingTheNumberIsWithheld() throws {
        let document = try Fixture.parse(front: "level: public\n", body: "Горячая линия НЦПП: +996 312 62 50 15.\n")
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: []).export(document, for: .public, as: .markdown)
        #expect(!export.text.contains("62 50 15"))
    }

    @Test func aShortListingIsRefused() {
        #expect(throws: PolicyError.self) { try Self.policy("public-numbers:\n  - \"112\"\n") }
    }

    /// Red-team round 3, class R3-11: another country's number with the same
    /// national digits is not the hotline when both carry a country code.
    @Test func aCountryCodeMustAgreeWhenBothHaveOne() throws {
        let numbers = try Self.policy("public-numbers:\n  - \"+996 312 62 50 15\"\n").publicNumbers
        for other in ["+7 312 62 50 15", "+1 312 625 015", "007 312 62 50 15"] {
            #expect(!numbers.contains(other), "\(other)")
        }
        // A national writing has no country code to compare: the same nine digits are the number.
        #expect(numbers.contains("0312 62 50 15"))
        let national = try Self.policy("public-numbers:\n  - \"(0312) 62-50-15\"\n").publicNumbers
        #expect(national.contains("+996 312 62 50 15"))
    }

    /// Red-team round 3, class R3-11: the listed digits are spared only as a
    /// whole number; a match with digits joined on either side is withheld.
    @Test(arguments: [
        ("Hotline: 0312 625015/0555123456", false), ("Hotline: 0555123456/0312 625015", false), ("Hotline: 0312 625015-7", false),
        ("Hotline: 0312 625015.12", false), ("Hotline 1/0312 625015", false), ("Hotline: 0312 625015,0555123456", false),
        ("Hotline: 0312 625015.", true), ("Hotline: 0312 625015, 24 hours", true), ("(0312 625015)", true), ("Hotline: 0312 625015/", true),
    ])
    func aListedNumberIsSparedOnlyAlone(text: String, spared: Bool) throws {
        let numbers = try Self.policy("public-numbers:\n  - \"+996 312 62 50 15\"\n").publicNumbers
        let start = try #require(text.range(of: "0312 625015"))
        #expect(numbers.spares(text[start]) == spared, "\(text)")
    }

    /// End to end: the mobile joined to the hotline never reaches a written export.
    @Test(arguments: ["Hotline: 0312 625015/0555123456", "Hotline +996 312 62 50 15. Mother (Kazakhstan): +7 312 62 50 15."])
    func aJoinedOrForeignNumberIsNotPublished(body: String) throws {
        let policy = try Self.policy("public-numbers:\n  - \"+996 312 62 50 15\"\n")
        let document = try Fixture.parse(front: "level: public\n", body: body + "\n")
        let registry = try PersonRegistry(documents: [document])
        let export = try? Exporter(policy: policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
            .export(document, for: .public, as: .markdown)
        if let text = export?.text {
            #expect(!text.contains("0555123456") && !text.contains("+7 312"), "\(text)")
        }
    }
}
