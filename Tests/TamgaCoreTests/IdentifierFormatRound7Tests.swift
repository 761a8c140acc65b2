import Testing
@testable import TamgaCore

/// Red-team round 7, class "C: identifiers": every generated identifier of
/// each family (`IdentifierFormatGenerator+Round7`) is found by its
/// detector as the projector reads the text, and refused by the leak
/// scan's detectors; the clean families give no match. Recall and false
/// positives are printed per family.
@Suite struct IdentifierFormatRound7Tests {
    static let perFormat = 300

    static func scanFinds(_ scanner: LeakScanner, _ text: String, _ kind: DetectorKind) -> Bool {
        scanner.detectorHits(ScanView(name: "round7", text: text), audience: .state).contains { $0.detector == kind }
    }

    @Test(arguments: IdentifierFormatGenerator.round7Formats)
    func everyRound7FormatIsFound(format: String) throws {
        var generator = IdentifierFormatGenerator(seed: 0x15_0700 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var projector = 0, scan = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.round7Sample(format)
            let missed = IdentifierFormatTests.missed(sample)
            let scanned = Self.scanFinds(scanner, sample.text, sample.kind)
            if missed.isEmpty { projector += 1 }
            if scanned { scan += 1 }
            if (!missed.isEmpty || !scanned), failures.count < 8 { failures.append("\(sample.text.debugDescription) missed \(missed) scan \(scanned)") }
        }
        print("round 7, \(format): projector \(projector)/\(Self.perFormat), scan \(scan)/\(Self.perFormat)")
        #expect(projector == Self.perFormat && scan == Self.perFormat, "\(format)\n\(failures.joined(separator: "\n"))")
    }

    /// Every match of any detector, by the projector and by the scan, in `text`.
    static func falsePositives(_ text: String, _ scanner: LeakScanner) -> [String] {
        var found: [String] = []
        for kind in DetectorKind.allCases {
            for match in kind.matches(in: text) { found.append("\(kind.rawValue): \(String(text[match]).debugDescription) in \(text.debugDescription)") }
            if Self.scanFinds(scanner, text, kind) { found.append("scan \(kind.rawValue): \(text.debugDescription)") }
        }
        return found
    }

    @Test(arguments: ["periods with two-digit years", "institutions named after births", "prose with at, dot and toll-free numbers"])
    func round7CleanTextIsNoIdentifier(family: String) throws {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0007 &+ UInt64(family.count))
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var found: [String] = []
        let texts: [String] = switch family {
        case "periods with two-digit years": (0..<400).map { _ in generator.round7CleanPeriod() }
        case "institutions named after births": (0..<400).map { _ in generator.round7CleanBirthInstitution() }
        default: IdentifierFormatGenerator.round7CleanProse
        }
        for text in texts { found += Self.falsePositives(text, scanner) }
        print("round 7 clean, \(family): \(found.count) false positives in \(texts.count) texts")
        #expect(found.isEmpty, "\(found.prefix(8).joined(separator: "\n"))")
    }

    /// The red team's own cases, as written (C-023, C-056 … C-064, C-101, C-103 … C-105).
    @Test(arguments: [
        (DetectorKind.phoneNumber, "Номер: ноль 555 сто двадцать три 456", "ноль 555 сто двадцать три 456"),
        (.emailAddress, "Email: aidai1990 @ mail.ru", "aidai1990 @ mail.ru"),
        (.emailAddress, "aidai1990 at mail dot ru", "aidai1990 at mail dot ru"),
        (.emailAddress, "почта: aidai1990 собака mail точка ру", "aidai1990 собака mail точка ру"),
        (.emailAddress, "Write to aidai1990@\nmail.ru please.", "aidai1990@\nmail.ru"),
        (.emailAddress, "aidai1990 ＠ mail.ru", "aidai1990 ＠ mail.ru"),
        (.emailAddress, "aidai1990@mail。ru", "aidai1990@mail。ru"),
        (.emailAddress, "Email: aidai1990@mail,ru", "aidai1990@mail,ru"),
        (.emailAddress, "почта aidai1990 на мейл ру", "aidai1990 на мейл ру"),
        (.emailAddress, "Её гугл-почта aidai1990 (gmail)", "aidai1990 (gmail)"),
        (.emailAddress, "aidai1990 эт gmail.com", "aidai1990 эт gmail.com"),
        (.emailAddress, "Letter from aidai1990 @ mail.ru", "aidai1990 @ mail.ru"),
    ])
    func redTeamRound7IsFound(kind: DetectorKind, text: String, shown: String) throws {
        let matches = kind.matches(in: text)
        guard let shownRange = text.range(of: shown) else { Issue.record("no \(shown)"); return }
        #expect(matches.contains { $0.lowerBound <= shownRange.lowerBound && $0.upperBound >= shownRange.upperBound }, "\(text): \(matches.map { text[$0] })")
        #expect(Self.scanFinds(try IdentifierFormatRound4Tests.scanner(), text, kind), "scan: \(text)")
    }

    /// The red team's clean cases (clean-032, clean-118, clean-041, clean-122, clean-066).
    @Test(arguments: ["Период: 01.01.14–31.12.14.", "Период: 01.01.14 – 31.12.14.", "Родильное отделение больницы № 2 посещено 03.03.2014.",
                      "The civil birth registry was visited on 12.11.2014.", "Горячая линия: 0 800 800 800 (бесплатно)."])
    func redTeamRound7CleanIsClean(text: String) throws {
        #expect(Self.falsePositives(text, try IdentifierFormatRound4Tests.scanner()).isEmpty, "\(text)")
    }

    /// A birth word that governs the date still does, with words between
    /// them: the rule is about another verb taking the date, not distance.
    @Test(arguments: ["He was born in Kara-Suu on 03.03.1990.", "Родился в селе Кара-Суу 03.03.1990.",
                      "Date of birth of the detainee: 03.03.1990", "Дата рождения задержанного — 03.03.1990.",
                      "His birth was registered on 03.03.1990.", "Ал Кара-Суу айылында 03.03.1990 туулган."])
    func aGoverningBirthWordStillTakesItsDate(text: String) {
        #expect(!DetectorKind.birthDate.matches(in: text).isEmpty, "\(text)")
    }
}
