import Testing
@testable import TamgaCore

/// Red-team round 4, class "C: identifiers" (issue 15): every generated
/// identifier of each family (`IdentifierFormatGenerator+Round4`) is found
/// by its detector as the projector reads the text, and refused by the
/// leak scan's detectors on the same text; the round's clean controls
/// (a law's date after `рождения`, an organisation's INN, short
/// extensions, counts of calls, `Род деятельности`) give no match.
/// Recall is printed per family, for each side.
@Suite struct IdentifierFormatRound4Tests {
    static let perFormat = 300

    static func scanner() throws -> LeakScanner {
        LeakScanner(policy: Fixture.policy, registry: try PersonRegistry(persons: []), names: NameMatcher(persons: []), sensitive: [])
    }

    /// Whether the leak scan's detectors refuse `text` for the State.
    static func scanFinds(_ scanner: LeakScanner, _ text: String, _ kind: DetectorKind) -> Bool {
        scanner.detectorHits(ScanView(name: "round4", text: text), audience: .state).contains { $0.detector == kind }
    }

    @Test(arguments: IdentifierFormatGenerator.round4Formats)
    func everyRound4FormatIsFound(format: String) throws {
        var generator = IdentifierFormatGenerator(seed: 0x15_0400 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        let scanner = try Self.scanner()
        var projector = 0, scan = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.round4Sample(format)
            let missed = IdentifierFormatTests.missed(sample)
            let scanned = Self.scanFinds(scanner, sample.text, sample.kind)
            if missed.isEmpty { projector += 1 }
            if scanned { scan += 1 }
            if (!missed.isEmpty || !scanned), failures.count < 8 { failures.append("\(sample.text.debugDescription) missed \(missed) scan \(scanned)") }
        }
        print("round 4, \(format): projector \(projector)/\(Self.perFormat), scan \(scan)/\(Self.perFormat)")
        #expect(projector == Self.perFormat && scan == Self.perFormat, "\(format)\n\(failures.joined(separator: "\n"))")
    }

    @Test func round4CleanControlsHaveNoIdentifier() throws {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0004)
        let scanner = try Self.scanner()
        var falsePositives: [String] = []
        for _ in 0..<600 {
            let text = generator.round4CleanLine()
            for kind in DetectorKind.allCases {
                for match in kind.matches(in: text) { falsePositives.append("\(kind.rawValue): \(String(text[match]).debugDescription) in \(text.debugDescription)") }
                if Self.scanFinds(scanner, text, kind) { falsePositives.append("scan \(kind.rawValue): \(text.debugDescription)") }
            }
        }
        print("round 4 clean controls: \(falsePositives.count) false positives in 600 texts")
        #expect(falsePositives.isEmpty, "\(falsePositives.prefix(8).joined(separator: "\n"))")
    }

    /// The red team's own cases, as written.
    @Test(arguments: [
        (DetectorKind.phoneNumber, "Номер матери: 0️⃣5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", "5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣"),
        (.phoneNumber, "Мать на вацапе: 555 12 34 56.", "555 12 34 56"), (.phoneNumber, "Сестра просила: звоните на 555 123 456.", "555 123 456"),
        (.phoneNumber, "Апасынын номуру: 555 123 456.", "555 123 456"), (.phoneNumber, "Mother's Viber: 555 123 456.", "555 123 456"),
        (.phoneNumber, "Горячая линия +996 312 62 50 15, доб. 123456 (мобильный Кузнецова).", "123456"),
        (.birthDate, "Кузнецов А., род. 02.03.1991, камера 3.", "02.03.1991"), (.birthDate, "Туул. 02.03.1991, 3-камера.", "02.03.1991"),
        (.birthDate, "Кузнецов А. (91 г.р.) жаловался.", "91"), (.birthDate, "Кузнецов А., д.р. 2/III-91.", "III-91"),
        (.personalNumber, "ПИН: 2020319910****.", "2020319910"), (.documentNumber, "Его загранпаспорт 75 1234567 изъят.", "1234567"),
        (.documentNumber, "ИД-карта 1234567 изъята.", "1234567"), (.documentNumber, "Анын жеке күбөлүгү 1234567.", "1234567"),
    ])
    func redTeamRound4IsFound(kind: DetectorKind, text: String, shown: String) throws {
        let matches = kind.matches(in: text)
        guard let shownRange = text.range(of: shown) else { Issue.record("no \(shown)"); return }
        #expect(matches.contains { $0.lowerBound <= shownRange.lowerBound && $0.upperBound >= shownRange.upperBound }, "\(text): \(matches.map { text[$0] })")
        #expect(Self.scanFinds(try Self.scanner(), text, kind), "scan: \(text)")
    }

    /// The clean cases of the round, as written: nothing found.
    @Test(arguments: ["Закон о регистрации рождения от 02.03.1991 применяется.", "ИНН учреждения 01809199910052.",
                      "Приёмная омбудсмена: доб. 123.", "Род. деятельности: 3 направления."])
    func redTeamRound4CleanIsKept(text: String) {
        for kind in DetectorKind.allCases {
            #expect(kind.matches(in: text).isEmpty, "\(kind.rawValue) in \(text)")
        }
    }
}
