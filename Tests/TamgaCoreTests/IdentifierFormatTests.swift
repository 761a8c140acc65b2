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

    /// The red team's documents (issue 15): each passed the old detectors
    /// to the State and public exports.
    @Test(arguments: [
        (DetectorKind.documentNumber, "паспорт серии AN № 1234567 выдан", ["1234567"]),
        (.documentNumber, "passport AN 123 45 67, seized", ["123", "45", "67"]),
        (.documentNumber, "typed as an1234567 in the log", ["1234567"]),
        (.documentNumber, "ID: 2345678", ["2345678"]),
        (.documentNumber, "паспорт AN-1234567", ["1234567"]),
        (.documentNumber, "паспорт АН 1234567", ["1234567"]),
        (.personalNumber, "ПИН 2 0203 1991 00123", ["2", "0203", "1991", "00123"]),
        (.personalNumber, "PIN 20203-1991-00123", ["20203", "1991", "00123"]),
        (.personalNumber, "ИНН 2.0203.1991.00123.", ["2", "0203", "1991", "00123"]),
        (.personalNumber, "жеке номери 20203\u{A0}1991\u{2009}00123", ["20203", "1991", "00123"]),
        (.phoneNumber, "тел. +996.555.123.456", ["996", "555", "123", "456"]),
        (.phoneNumber, "call 0555/123/456", ["0555", "123", "456"]),
        (.phoneNumber, "0555\u{2011}123\u{2013}456 and 0555\u{2014}123\u{2212}456", ["0555", "123", "456"]),
        (.phoneNumber, "00996 555 123 456", ["00996", "555", "123", "456"]),
        (.phoneNumber, "8 (912) 345-67-89", ["8", "912", "345", "67", "89"]),
        (.phoneNumber, "тел. 62-12-34", ["62", "12", "34"]),
        (.phoneNumber, "phone 621234", ["621234"]),
        (.phoneNumber, "моб. 555 12 34 56", ["555", "12", "34", "56"]),
        (.phoneNumber, "| Апасы | +996 555 | 123 456 |", ["996", "555", "123", "456"]),
        (.birthDate, "He was born on 23 September 1990 in Osh.", ["23", "1990"]),
        (.birthDate, "Он родился 12 сентября 1990 года.", ["12", "1990"]),
        (.birthDate, "Ал 1990-жылдын 23-сентябрында туулган.", ["1990", "23"]),
        (.birthDate, "Ал 23-сентябрь 1990-жылы туулган.", ["23", "1990"]),
        (.birthDate, "Садыков А., д.р. 03.03.1990", ["03", "03", "1990"]),
        (.birthDate, "A. Sadykov, b. 03.03.90", ["03", "03", "90"]),
        (.birthDate, "DOB 3/3/90", ["3", "3", "90"]),
        (.birthDate, "Ал 1990-жылы үчтүн айынын 5-күнү туулган.", ["1990", "5"]),
    ])
    func redTeamExamples(kind: DetectorKind, text: String, digits: [String]) {
        let found = kind.matches(in: text).map { String(text[$0]) }.joined(separator: " ")
        for group in digits { #expect(found.contains(group), "\(text): \(group) not in \(found)") }
    }

    /// The over-refusals the issue found: a row of zeros in a clean vault's
    /// annual summary, and a birth word in another clause than a date.
    @Test(arguments: [
        "| 2014 | 0 | 0 | 0 | 0 | 0 |", "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "He was born in Osh, and on 28.10.2014 he was detained.", "She was born in Naryn. In 2014 she moved.",
        "Art. 21 and art. 143 of the Criminal Code; cell 14; 12 visits in 2014.",
        "From 14:30 to 16:00 on 12.03.2015; a fine of 1 500 000 сом.",
    ])
    func overRefusalsAreGone(text: String) {
        for kind in DetectorKind.allCases { #expect(kind.matches(in: text).isEmpty, "\(kind): \(text)") }
    }

    /// Through the export path: a phone split over two table cells is
    /// withheld cell by cell, and the table keeps its columns; a row of
    /// zeros in the same table is kept.
    @Test func aPhoneAcrossCellsIsWithheldAndTheTableKeepsItsColumns() throws {
        let body = "## Contacts\n\n| Who | Phone | More |\n|---|---|---|\n| Апасы | +996 555 | 123 456 |\n| Visits | 0 | 0 |\n"
        let document = try Fixture.parse(front: "level: state\n", body: body)
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: []).export(document, for: .state, as: .markdown)
        #expect(!export.text.contains("555") && !export.text.contains("123 456"))
        #expect(export.text.contains("| Апасы | [phone number withheld] | [phone number withheld] |"), "\(export.text)")
        #expect(export.text.contains("| Visits | 0 | 0 |"))
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
                // The generator's case file (`Дело № 163/15`) is a case's number since round 10's
                // scope decision (`case-number`, `CaseNumberDetectorTests`).
                for match in kind.matches(in: text) where !(kind == .caseNumber && text[..<match.lowerBound].hasSuffix("Дело № ")) {
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
