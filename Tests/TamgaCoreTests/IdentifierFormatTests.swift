import Testing
@testable import TamgaCore

/// Issue 15, leak class 5: identifiers in the formats people actually
/// write. Property tests over `IdentifierFormatGenerator`: every generated
/// identifier of every format is found by its detector (each of its digits
/// inside a match; recall 100 % per format), and clean report text yields
/// no match at all. The counts are printed per format.
@Suite struct IdentifierFormatTests {
    static let perFormat = 500

    /// The digits of `sample` no match of its detector covers.
    static func missed(_ sample: IdentifierFormatGenerator.Sample) -> [String] {
        let matches = sample.kind.matches(in: sample.text)
        return sample.digits.filter { digits in !matches.contains { $0.contains(digits.lowerBound) && $0.upperBound >= digits.upperBound } }
            .map { String(sample.text[$0]) }
    }

    @Test(arguments: IdentifierFormatGenerator.formats)
    func everyFormatIsFound(format: String) {
        var generator = IdentifierFormatGenerator(seed: 0x15_0005 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        var found = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.sample(format)
            let missed = Self.missed(sample)
            if missed.isEmpty { found += 1 } else if failures.count < 8 {
                failures.append("\(sample.text.debugDescription) missed \(missed)")
            }
        }
        print("\(format): \(found)/\(Self.perFormat)")
        #expect(found == Self.perFormat, "\(format): \(found)/\(Self.perFormat)\n\(failures.joined(separator: "\n"))")
    }

    /// Clean report text (dates of visits, counts, articles, tables of
    /// statistics, years, cell numbers, times, sums): no detector matches.
    @Test func cleanReportTextHasNoIdentifier() {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA)
        var lines = 0
        var falsePositives: [DetectorKind: [String]] = [:]
        for _ in 0..<400 {
            let text = (0..<10).map { _ in generator.cleanLine() }.joined(separator: generator.pick(["\n", "\n\n", " "]))
            lines += 10
            for kind in DetectorKind.allCases {
                for match in kind.matches(in: text) {
                    let start = text.index(match.lowerBound, offsetBy: -min(30, text.distance(from: text.startIndex, to: match.lowerBound)))
                    let end = text.index(match.upperBound, offsetBy: min(30, text.distance(from: match.upperBound, to: text.endIndex)))
                    falsePositives[kind, default: []].append("\(String(text[match]).debugDescription) in \(String(text[start..<end]).debugDescription)")
                }
            }
        }
        for kind in DetectorKind.allCases {
            let found = falsePositives[kind] ?? []
            print("clean text, \(kind.rawValue): \(found.count) false positives in \(lines) lines")
            #expect(found.isEmpty, "\(kind.rawValue): \(found.prefix(8).joined(separator: "\n"))")
        }
    }
}
