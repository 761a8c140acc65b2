import Testing
@testable import TamgaCore

/// Red-team round 5, class "C: identifiers": every generated identifier
/// of each family (`IdentifierFormatGenerator+Round5`) is found by its
/// detector as the projector reads the text, and refused by the leak
/// scan's detectors on the same text; the clean controls near the new
/// rules (counts under a phone header, years in a row, an institution's
/// bank account, function mailboxes, number words that count, visit dates
/// before `when`) give no match. Recall is printed per family.
@Suite struct IdentifierFormatRound5Tests {
    static let perFormat = 300

    static func scanFinds(_ scanner: LeakScanner, _ text: String, _ kind: DetectorKind) -> Bool {
        scanner.detectorHits(ScanView(name: "round5", text: text), audience: .state).contains { $0.detector == kind }
    }

    @Test(arguments: IdentifierFormatGenerator.round5Formats)
    func everyRound5FormatIsFound(format: String) throws {
        var generator = IdentifierFormatGenerator(seed: 0x15_0500 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var projector = 0, scan = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.round5Sample(format)
            let missed = IdentifierFormatTests.missed(sample)
            let scanned = Self.scanFinds(scanner, sample.text, sample.kind)
            if missed.isEmpty { projector += 1 }
            if scanned { scan += 1 }
            if (!missed.isEmpty || !scanned), failures.count < 8 { failures.append("\(sample.text.debugDescription) missed \(missed) scan \(scanned)") }
        }
        print("round 5, \(format): projector \(projector)/\(Self.perFormat), scan \(scan)/\(Self.perFormat)")
        #expect(projector == Self.perFormat && scan == Self.perFormat, "\(format)\n\(failures.joined(separator: "\n"))")
    }

    @Test func round5CleanControlsHaveNoIdentifier() throws {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0005)
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var falsePositives: [String] = []
        for _ in 0..<800 {
            let text = generator.round5CleanLine()
            for kind in DetectorKind.allCases {
                for match in kind.matches(in: text) { falsePositives.append("\(kind.rawValue): \(String(text[match]).debugDescription) in \(text.debugDescription)") }
                if Self.scanFinds(scanner, text, kind) { falsePositives.append("scan \(kind.rawValue): \(text.debugDescription)") }
            }
        }
        print("round 5 clean controls: \(falsePositives.count) false positives in 800 texts")
        #expect(falsePositives.isEmpty, "\(falsePositives.prefix(8).joined(separator: "\n"))")
    }

    /// The red team's own cases, as written.
    @Test(arguments: [
        (DetectorKind.documentNumber, "MRZ: P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<", "SADYKOV"),
        (.documentNumber, "MRZ line 2: AC12345670KGZ9103022M2501010<<<<<<<<<<<<<<06", "AC1234567"),
        (.documentNumber, "Паспорт эй-эн один два три четыре пять шесть семь.", "один два три четыре пять шесть семь"),
        (.phoneNumber, "| Имя | Тел. |\n|---|---|\n| мать | 555123456 |", "555123456"),
        (.birthDate, "On the 2nd of March 1991, when he was born, ...", "2nd of March 1991"),
        (.birthDate, "DOB: 910302.", "910302"), (.birthDate, "д.р. 910302", "910302"),
        (.birthDate, "Задержанный 12.03.1991 года рождения.", "12.03.1991"), (.birthDate, "Ал 1991-жылы туулган.", "1991"),
        (.personalNumber, "Переводы на карту матери 4169 5853 1234 5678.", "4169 5853 1234 5678"),
        (.personalNumber, "IMEI телефона: 356938035643809.", "356938035643809"),
        (.emailAddress, "Mother's e-mail: gulnara1970@mail.ru.", "gulnara1970@mail.ru"),
        (.emailAddress, "Family: <sadykov.family@mail.ru>.", "sadykov.family@mail.ru"),
    ])
    func redTeamRound5IsFound(kind: DetectorKind, text: String, shown: String) throws {
        let matches = kind.matches(in: text)
        guard let shownRange = text.range(of: shown) else { Issue.record("no \(shown)"); return }
        #expect(matches.contains { $0.lowerBound <= shownRange.lowerBound && $0.upperBound >= shownRange.upperBound }, "\(text): \(matches.map { text[$0] })")
        #expect(Self.scanFinds(try IdentifierFormatRound4Tests.scanner(), text, kind), "scan: \(text)")
    }

    /// An institution's function mailbox stays; one the policy lists in `public-numbers` too; any other is withheld.
    @Test func functionMailboxesAndListedAddressesAreSpared() {
        #expect(DetectorKind.emailAddress.matches(in: "Пишите: info@npm.kg, press.office@ombudsman.kg, kanc2@mvd.gov.kg.").isEmpty)
        let listed = PublicNumbers(["+996 312 62 50 15", "a.asanova@ombudsman.kg"])
        let text = "Контакт: A.Asanova@ombudsman.kg"
        let match = DetectorKind.emailAddress.matches(in: text)
        #expect(match.count == 1 && listed.spares(text[match[0]]))
        #expect(!listed.spares("b.asanova@ombudsman.kg"[...]))
    }
}
