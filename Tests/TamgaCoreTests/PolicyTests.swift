import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// A change to the shipped policy that must be refused, and with what.
struct BadPolicy: Sendable, CustomTestStringConvertible {
    let name: String
    let replacing: String
    let with: String
    let code: PolicyError.Code
    /// Column of the error on the replaced line.
    let column: Int
    /// Lines after the start of `replacing` where the error is reported.
    var lineDelta = 0
    var testDescription: String { name }
}

@Suite struct PolicyTests {
    static let shippedText: String = {
        (try? String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)) ?? ""
    }()

    @Test func shippedPolicySaysWhatTheBriefSays() {
        let policy = Fixture.policy
        #expect(policy.audiences[.state]?.sees == [.state, .public])
        #expect(policy.audiences[.public]?.sees == [.public])
        #expect(policy.audiences[.internal]?.sees == Set(Level.allCases))
        #expect(policy.kinds["visit-report"] == KindRule(defaultLevel: .internal, ceiling: .public))
        #expect(policy.kinds["interview"] == KindRule(defaultLevel: .internal, ceiling: .state))
        for role in ["detainee", "witness", "relative"] {
            #expect(policy.roles[role]?.namedTo.isEmpty == true)
        }
        #expect(policy.roles["official"]?.namedTo == [.state])
        #expect(policy.roles["staff"]?.namedTo == [.state, .public])
        #expect(policy.roles["official"]?.pseudonym.label(index: 0) == "Official A")
        #expect(policy.markers.span == "[withheld]")
        #expect(policy.statistics.threshold == 5)
        #expect(policy.detectors(for: .state) == DetectorKind.allCases)
        #expect(policy.detectors(for: .internal).isEmpty)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
    func pseudonymLetters(index: Int, letters: String) {
        #expect(PseudonymPattern.letters(index) == letters)
    }

    @Test func consentAndRoleDecideWhoIsNamed() {
        let policy = Fixture.policy
        #expect(!policy.disclosesName(role: "detainee", consent: [], to: .state))
        #expect(policy.disclosesName(role: "detainee", consent: [.state], to: .state))
        #expect(!policy.disclosesName(role: "detainee", consent: [.state], to: .public))
        #expect(policy.disclosesName(role: "official", consent: [], to: .state))
        #expect(!policy.disclosesName(role: "official", consent: [], to: .public))
        #expect(!policy.disclosesName(role: "no-such-role", consent: [], to: .public))
        #expect(policy.disclosesName(role: "detainee", consent: [], to: .internal))
    }

    static let cases: [BadPolicy] = [
        BadPolicy(name: "unknown top key", replacing: "version: 1", with: "version: 1\nversoin: 2", code: .unknownKey, column: 1, lineDelta: 1),
        BadPolicy(name: "wrong version", replacing: "version: 1", with: "version: 2", code: .invalidValue, column: 10),
        BadPolicy(name: "unknown audience", replacing: "  public:\n    label: Public", with: "  press:\n    label: Public",
                  code: .unknownAudience, column: 3),
        BadPolicy(name: "unknown level in sees", replacing: "sees: [state, public]", with: "sees: [state, pubic]", code: .unknownLevel, column: 19),
        BadPolicy(name: "sees above clearance", replacing: "sees: [state, public]", with: "sees: [internal, public]", code: .invalidValue, column: 11),
        BadPolicy(name: "unknown audience key", replacing: "    banner: PUBLIC", with: "    banner: PUBLIC\n    colour: red",
                  code: .unknownKey, column: 5, lineDelta: 1),
        BadPolicy(name: "default above ceiling", replacing: "    default: internal\n    ceiling: state", with: "    default: public\n    ceiling: state",
                  code: .invalidValue, column: 14),
        BadPolicy(name: "unknown ceiling level", replacing: "    ceiling: state", with: "    ceiling: secret", code: .unknownLevel, column: 14),
        BadPolicy(name: "unknown role key", replacing: "    pseudonym: \"Witness {letter}\"", with: "    pseudonym: \"Witness {letter}\"\n    name-to: [state]",
                  code: .unknownKey, column: 5, lineDelta: 1),
        BadPolicy(name: "pseudonym without letter", replacing: "\"Witness {letter}\"", with: "\"Witness\"", code: .invalidValue, column: 16),
        BadPolicy(name: "unknown audience in named-to", replacing: "named-to: [state]", with: "named-to: [ministry]", code: .unknownAudience, column: 16),
        BadPolicy(name: "unknown detector", replacing: "  birth-date:", with: "  birthdate:", code: .unknownDetector, column: 3),
        BadPolicy(name: "missing marker", replacing: "  section: \"[Section withheld.]\"\n", with: "", code: .missingKey, column: 3, lineDelta: -2),
        BadPolicy(name: "threshold too small", replacing: "threshold: 5", with: "threshold: 1", code: .invalidValue, column: 14),
        BadPolicy(name: "threshold not a number", replacing: "threshold: 5", with: "threshold: five", code: .wrongType, column: 14),
        BadPolicy(name: "bad kind name", replacing: "  interview:", with: "  Interview:", code: .invalidValue, column: 3),
    ]

    @Test(arguments: cases)
    func badPolicyIsRefusedWithItsLine(_ bad: BadPolicy) throws {
        let text = Self.shippedText
        let range = try #require(text.range(of: bad.replacing))
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1 + bad.lineDelta
        let mutated = text.replacingCharacters(in: range, with: bad.with)
        let error = #expect(throws: PolicyError.self) { try Policy.load(yaml: mutated, file: "p.yaml") }
        #expect(error?.code == bad.code)
        #expect(error?.location == SourceLocation(line: line, column: bad.column))
        #expect(error?.failureClass == .badInput)
    }

    @Test func detectorsMustAllBeListed() throws {
        let text = Self.shippedText
        let start = try #require(text.range(of: "  birth-date:"))
        let end = try #require(text.range(of: "# Published statistics"))
        let mutated = text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "\n")
        let error = #expect(throws: PolicyError.self) { try Policy.load(yaml: mutated, file: "p.yaml") }
        #expect(error?.code == .missingKey)
        #expect(error?.message.contains("birth-date") == true)
    }
}
