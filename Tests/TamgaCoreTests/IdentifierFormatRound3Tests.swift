import Testing
@testable import TamgaCore

/// Red-team round 3, class R3-8: every generated identifier of each new
/// family (`IdentifierFormatGenerator+Round3`) is found by its detector,
/// and the round's clean controls (eight-digit accounts and visit dates
/// without a birth word, ordinal words that date a visit, score-like and
/// date-shaped dashed pairs) give no match. Recall is printed per family.
@Suite struct IdentifierFormatRound3Tests {
    static let perFormat = 300

    @Test(arguments: IdentifierFormatGenerator.round3Formats)
    func everyRound3FormatIsFound(format: String) {
        var generator = IdentifierFormatGenerator(seed: 0x15_0308 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        var found = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.round3Sample(format)
            let missed = IdentifierFormatTests.missed(sample)
            if missed.isEmpty { found += 1 } else if failures.count < 8 { failures.append("\(sample.text.debugDescription) missed \(missed)") }
        }
        print("round 3, \(format): \(found)/\(Self.perFormat)")
        #expect(found == Self.perFormat, "\(format): \(found)/\(Self.perFormat)\n\(failures.joined(separator: "\n"))")
    }

    @Test func round3CleanControlsHaveNoIdentifier() {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0003)
        var falsePositives: [String] = []
        for _ in 0..<400 {
            let text = generator.round3CleanLine()
            for kind in DetectorKind.allCases {
                for match in kind.matches(in: text) { falsePositives.append("\(kind.rawValue): \(String(text[match]).debugDescription) in \(text.debugDescription)") }
            }
        }
        print("round 3 clean controls: \(falsePositives.count) false positives in 400 texts")
        #expect(falsePositives.isEmpty, "\(falsePositives.prefix(8).joined(separator: "\n"))")
    }

    /// Through the export path, for both audiences: written, the identifier withheld.
    @Test(arguments: [
        ("Паспорт серия 45 09 № 123456.", "123456"), ("He was born on the second of March, 1991.", "second of March"),
        ("Его дата рождения — второго марта 1991 года.", "второго марта"), ("DOB 19910302, cell 3.", "19910302"),
        ("Дата рождения 02031991.", "02031991"), ("Домашний: 62-50-15 (Бишкек)", "62-50-15"),
    ], ["state", "public"])
    func redTeamRound3IsWithheld(pair: (String, String), audience: String) throws {
        let (body, shown) = pair
        let level = Audience(rawValue: audience) ?? .public
        let document = try Fixture.parse(front: "level: \(audience)\n", body: body + "\n")
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: []).export(document, for: level, as: .markdown)
        #expect(!export.text.contains(shown), "\(export.text)")
    }
}
