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
}
