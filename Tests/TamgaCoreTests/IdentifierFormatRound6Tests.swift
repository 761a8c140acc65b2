import Testing
@testable import TamgaCore

/// Red-team round 6, class "C: identifiers": every generated identifier of
/// each family (`IdentifierFormatGenerator+Round6`) is found by its
/// detector as the projector reads the text, and refused by the leak
/// scan's detectors; periods written as two dates give no match (clean
/// cases c6-6, c6-8, c6-9, c6-15). Recall is printed per family.
@Suite struct IdentifierFormatRound6Tests {
    static let perFormat = 300

    static func scanFindsRound6(_ scanner: LeakScanner, _ text: String, _ kind: DetectorKind) -> Bool {
        scanner.detectorHits(ScanView(name: "round6", text: text), audience: .state).contains { $0.detector == kind }
    }

    @Test(arguments: IdentifierFormatGenerator.round6Formats)
    func everyRound6FormatIsFound(format: String) throws {
        var generator = IdentifierFormatGenerator(seed: 0x15_0600 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var projector = 0, scan = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.round6Sample(format)
            let missed = IdentifierFormatTests.missed(sample)
            let scanned = Self.scanFindsRound6(scanner, sample.text, sample.kind)
            if missed.isEmpty { projector += 1 }
            if scanned { scan += 1 }
            if (!missed.isEmpty || !scanned), failures.count < 8 { failures.append("\(sample.text.debugDescription) missed \(missed) scan \(scanned)") }
        }
        print("round 6, \(format): projector \(projector)/\(Self.perFormat), scan \(scan)/\(Self.perFormat)")
        #expect(projector == Self.perFormat && scan == Self.perFormat, "\(format)\n\(failures.joined(separator: "\n"))")
    }

    @Test func round6PeriodsAreNoIdentifier() throws {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0006)
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var falsePositives: [String] = []
        let count = 600
        for _ in 0..<count {
            let text = generator.round6CleanPeriod()
            for kind in DetectorKind.allCases {
                for match in kind.matches(in: text) { falsePositives.append("\(kind.rawValue): \(String(text[match]).debugDescription) in \(text.debugDescription)") }
                if Self.scanFindsRound6(scanner, text, kind) { falsePositives.append("scan \(kind.rawValue): \(text.debugDescription)") }
            }
        }
        print("round 6 periods: \(falsePositives.count) false positives in \(count) texts")
        #expect(falsePositives.isEmpty, "\(falsePositives.prefix(8).joined(separator: "\n"))")
    }

    /// The red team's own cases, as written.
    @Test(arguments: [
        (DetectorKind.birthDate, "Der Häftling (geb. 03.03.1990) klagte.", "03.03.1990"),
        (.birthDate, "Le détenu, né le 03/03/1990, s'est plaint.", "03/03/1990"),
        (.birthDate, "Geburtsdatum: 03.03.1990", "03.03.1990"), (.birthDate, "Doğum tarihi: 03.03.1990", "03.03.1990"),
        (.birthDate, "Tug'ilgan sana: 03.03.1990", "03.03.1990"), (.birthDate, "Nacido el 03/03/1990.", "03/03/1990"),
        (.birthDate, "Туған күні: 03.03.1990.", "03.03.1990"),
        (.emailAddress, "E-mail матери: bishkek.mama77 [at] gmail [dot] com", "bishkek.mama77 [at] gmail [dot] com"),
        (.phoneNumber, "Viber: viber://chat?number=%2B996555123456", "996555123456"),
        (.phoneNumber, "[Call](tel:%2B996555123456)", "996555123456"),
    ])
    func redTeamRound6IsFound(kind: DetectorKind, text: String, shown: String) throws {
        let matches = kind.matches(in: text)
        guard let shownRange = text.range(of: shown) else { Issue.record("no \(shown)"); return }
        #expect(matches.contains { $0.lowerBound <= shownRange.lowerBound && $0.upperBound >= shownRange.upperBound }, "\(text): \(matches.map { text[$0] })")
        #expect(Self.scanFindsRound6(try IdentifierFormatRound4Tests.scanner(), text, kind), "scan: \(text)")
    }

    /// A percent-encoded phone is withheld whole, escape and all: no `%2` is left behind.
    @Test func aPercentEncodedPhoneIsWithheldWhole() {
        let text = "[Call](tel:%2B996%20555%20123456)"
        let matches = DetectorKind.phoneNumber.matches(in: text)
        #expect(matches.map { String(text[$0]) } == ["%2B996%20555%20123456"])
    }

    /// The red team's clean cases: periods, and a percentage before digits.
    @Test(arguments: ["Отчётный период: 01.01.2014–31.12.2014.", "Период: 01.01.2014-31.12.2014.", "Period: 2014-01-01/2014-12-31.",
                      "Период: 01.01.2014 – 31.12.2014.", "Рост на 50%, 2014 год.", "Закон № 189 от 31.07.2014"])
    func redTeamRound6CleanIsClean(text: String) {
        for kind in DetectorKind.allCases { #expect(kind.matches(in: text).isEmpty, "\(kind): \(text)") }
    }
}

/// Red-team round 6, class C scope items and the organisation's number.
@Suite struct IdentifierScopeRound6Tests {
    @Test(arguments: [
        (DetectorKind.personalNumber, "Карта: 4169 5853 1234 ****", "4169 5853 1234"),
        (.personalNumber, "СНИЛС: 123-456-789 01.", "123-456-789 01"),
        (.documentNumber, "Водительское удостоверение AB 123456.", "AB 123456"),
        (.documentNumber, "Айдоочулук күбөлүк: AB 123456.", "AB 123456"),
        (.documentNumber, "Driver's licence No. KG 1234567", "KG 1234567"),
    ])
    func scopeItemsAreFound(kind: DetectorKind, text: String, shown: String) throws {
        let matches = kind.matches(in: text)
        guard let shownRange = text.range(of: shown) else { Issue.record("no \(shown)"); return }
        #expect(matches.contains { $0.lowerBound <= shownRange.lowerBound && $0.upperBound >= shownRange.upperBound }, "\(text): \(matches.map { text[$0] })")
    }

    @Test(arguments: ["ИНН учреждения: 01234567891011.", "Чек: **** **** **** 5678", "Карта 4169 58** **** 5678",
                      "Мекеменин ИНН 01234567891011", "Приказ № 123-456 от 01.02.2014"])
    func organisationNumbersAndReceiptsAreClean(text: String) {
        for kind in DetectorKind.allCases { #expect(kind.matches(in: text).isEmpty, "\(kind): \(text)") }
    }
}

/// A date of birth written with spaces between its figures after a birth
/// word (`born 03 03 1990`, `д.р. 03 03 1990`): the day and month were left
/// and only the year withheld. Any space a word processor writes (no-break,
/// thin, narrow no-break), with the year in two or four figures.
@Suite struct SpacedBirthDateTests {
    static let birthWords = ["born", "DOB:", "д.р.", "родился", "дата рождения:", "туулган күнү:", "geb.", "Birth date"]
    static let spaces = [" ", "\u{00A0}", "\u{2009}", "\u{202F}"]
    static let dates = ["03_03\u{00A0}1990", "03_03_1990", "3_3_1990", "23_09_1990", "03_03_90", "1990_09_23"]

    @Test func everySpacedDateAfterABirthWordIsFoundWhole() throws {
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var found = 0, total = 0
        var missed: [String] = []
        for word in Self.birthWords {
            for space in Self.spaces {
                for date in Self.dates {
                    let written = date.replacingOccurrences(of: "_", with: space)
                    let text = "Задержанный, \(word) \(written), жаловался."
                    total += 1
                    let range = text.range(of: written)!
                    let whole = DetectorKind.birthDate.matches(in: text).contains { $0.lowerBound <= range.lowerBound && $0.upperBound >= range.upperBound }
                    if whole, IdentifierFormatRound6Tests.scanFindsRound6(scanner, text, .birthDate) { found += 1 } else { missed.append(text.debugDescription) }
                }
            }
        }
        print("spaced dates of birth: \(found)/\(total)")
        #expect(missed.isEmpty, "\(missed.prefix(8).joined(separator: "\n"))")
    }

    /// Figures with spaces and no birth word, or a birth word in another clause, stay.
    @Test(arguments: ["Камера 12 03 14 осмотрена.", "Born in Osh; the visit was on 12 03 2014.", "Room 03 03 1990 is a code.",
                      "Телефон дежурной части: 12 03 90."])
    func spacedFiguresWithoutABirthWordAreLeft(text: String) {
        #expect(DetectorKind.birthDate.matches(in: text).isEmpty, "\(text)")
    }
}
