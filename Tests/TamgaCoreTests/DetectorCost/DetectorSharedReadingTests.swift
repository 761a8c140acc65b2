import Testing
@testable import TamgaCore

/// Issue 15, the cost of session 40's detectors: the detectors now read a
/// text once for all of them (`DetectorKind.matches(_:in:)`, one
/// `DetectorReading`, one `DetectorTokens`), where each read and tokenized
/// it alone. These pin that sharing changes no match: every detector,
/// given the shared reading, finds exactly what it finds reading the text
/// by itself, as typed and as read (markup inside a number, percent
/// escapes, letter-spaced digits, other scripts' digits), on the three
/// detectors' own cases and clean texts and on texts meant to trip a shared
/// tokenization (the reading's tokens used for the typed text, or the
/// reverse; a text with no digit; a digit only in the reading).
@Suite struct DetectorSharedReadingTests {
    static let tricky = [
        "Проживает по адресу: ул. Ленина, д. *17*, кв. 4%35.",
        "Уголовное дело № 01-**123**/2014 возбуждено; госномер 01KG 1~~23~~ ABC.",
        "г/н 0 1 K G 1 2 3 A B C, тел. 0 5 5 5 1 2 3 4 5 6",
        "мкр. Джал-٢٩, д. ١٧, кв. ٤٥; жашайт",
        "Lives at 17 Lenin Street, apt. 45 — case No. 01-123/2014, plate 01KG123ABC.",
        "No digit at all: улица Ленина, дом, квартира, уголовное дело, госномер.",
        "Only the reading has one: д. %31%37, кв. %34%35, проживает",
        "12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40",
        "Ленин көчөсү 112-үй, 34-батирде жашайт. Кылмыш иши № 12-345/14 боюнча.",
        "",
    ]

    static var texts: [String] {
        tricky + CaseNumberDetectorTests.cases.map(\.text) + CaseNumberDetectorTests.clean
            + HomeAddressDetectorTests.homes.map(\.text) + HomeAddressDetectorTests.clean
            + VehiclePlateDetectorTests.cases.map(\.text) + VehiclePlateDetectorTests.clean
    }

    /// What a detector found before the sharing: it reads and tokenizes the text itself.
    static func alone(_ kind: DetectorKind, _ text: ScalarText) -> [Range<Int>] {
        func read(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
            switch kind {
            case .homeAddress: HomeAddressDetector.matches(in: scalars)
            case .caseNumber: CaseNumberDetector.matches(in: scalars)
            case .vehiclePlate: VehiclePlateDetector.matches(in: scalars)
            default: kind.matches(reading: DetectorInput(scalars, tokenized: false))
            }
        }
        let typed = read(text.scalars)
        let reading = DetectorReading(text.scalars)
        guard reading.changesText else { return typed }
        return DetectorKind.united(typed + read(reading.scalars).map(reading.originalRange))
    }

    @Test func sharedReadingFindsWhatEachDetectorFindsAlone() {
        var differences: [String] = []
        for text in Self.texts {
            let scalars = ScalarText(text)
            let shared = DetectorKind.matches(DetectorKind.allCases, in: scalars)
            for (kind, found) in zip(DetectorKind.allCases, shared) where found != Self.alone(kind, scalars) {
                differences.append("\(kind.rawValue): \(text)")
            }
        }
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// Any subset and order of detectors (a policy lists its own): each
    /// kind's matches do not depend on which others read the text with it.
    @Test func eachKindsMatchesDoNotDependOnTheOthers() {
        for text in Self.tricky {
            let scalars = ScalarText(text)
            let all = Dictionary(uniqueKeysWithValues: zip(DetectorKind.allCases, DetectorKind.matches(DetectorKind.allCases, in: scalars)))
            for kind in DetectorKind.allCases {
                #expect(DetectorKind.matches([kind], in: scalars) == [all[kind]!], "\(kind.rawValue): \(text)")
            }
            let reversed = Array(DetectorKind.allCases.reversed())
            #expect(DetectorKind.matches(reversed, in: scalars) == reversed.map { all[$0]! }, "\(text)")
        }
    }

    /// The tricky texts are found as they should be, so the comparison above compares matches, not two empty lists.
    @Test func trickyTextsHaveMatches() {
        let kinds: [DetectorKind] = [.homeAddress, .caseNumber, .vehiclePlate]
        let found = Self.tricky.map { DetectorKind.matches(kinds, in: ScalarText($0)).map(\.count) }
        #expect(found[0][0] == 1, "home address with markup and a percent escape: \(found[0])")
        #expect(found[1][1] == 1 && found[1][2] == 1, "case number and plate with markup inside: \(found[1])")
        #expect(found[5] == [0, 0, 0], "no digit, no match: \(found[5])")
        #expect(found[6][0] == 1, "a house and flat only the reading shows: \(found[6])")
        #expect(found[8][0] == 1 && found[8][1] == 1, "Kyrgyz home and case: \(found[8])")
    }
}
