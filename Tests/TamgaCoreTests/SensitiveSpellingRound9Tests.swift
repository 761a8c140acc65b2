import Testing
@testable import TamgaCore

/// Red team round 9, class C (C-057, C-403, C-404, C-405): a Kyrgyz
/// `sensitive` place in a Latin writing no transliteration table gives:
/// the Russian-based Dzh for Ж (`Dzhyluu-Bulak`, as in `Dzhalal-Abad`), the
/// French tch for Ч (`Utch-Korgon`), the Kazakh and Uzbek q for К
/// (`Qara-Suu`). Each must be found by the projector and by the scan, with
/// any separator, in capitals, with Kyrgyz and Russian endings, in a
/// table, a list and prose; and the same letters in other places stay clean.
@Suite struct SensitiveSpellingRound9Tests {
    static let writings: [(phrase: String, forms: [String])] = [
        ("Жылуу-Булак", ["Dzhyluu-Bulak", "Dzhyluu Bulak", "Dzhyluu–Bulak", "DZHYLUU-BULAK", "Dzhyluu-Bulakta",
                         "Джылуу-Булак"]),
        ("Үч-Коргон", ["Utch-Korgon", "Utch Korgon", "UTCH-KORGON", "Utch-Korgondo", "Uch-Qorgon"]),
        ("Кара-Суу", ["Qara-Suu", "Qara Suu", "QARA-SUU", "Qara-Suuda", "Qara-Suuga", "Qarasuu"]),
        ("Ала-Бука", ["Ala-Buqa", "Ala Buqa", "ALA-BUQA", "Ala-Buqada"]),
    ]
    static let carriers = ["He was held in {}.", "| {} | 3 |", "- {}, 2014", "Его перевели в {} ночью.", "Ал {} жатты."]

    @Test func everyWritingIsFound() {
        var total = 0, projector = 0, scan = 0
        var misses: [String] = []
        for (phrase, forms) in Self.writings {
            for form in forms {
                for carrier in Self.carriers {
                    let text = carrier.replacingOccurrences(of: "{}", with: form)
                    let result = SensitivePhraseTests.found(phrase, in: text)
                    total += 1
                    if result.projector { projector += 1 }
                    if result.scan { scan += 1 }
                    if !result.projector || !result.scan, misses.count < 20 { misses.append("\(text) \(result)") }
                }
            }
        }
        print("round 9 sensitive place writings: projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    @Test(arguments: [("Кара-Суу", "Qarakol is a town."), ("Жылуу-Булак", "Dzhalal-Abad is a region."), ("Үч-Коргон", "Utch Konigsberg"),
                      ("Кара-Суу", "Kara-Balta"), ("Ала-Бука", "Ala-Too square")])
    func otherPlacesStayClean(phrase: String, text: String) {
        let result = SensitivePhraseTests.found(phrase, in: text)
        #expect(!result.projector && !result.scan, "\(text)")
    }
}

/// Red team round 9, C-030: `DOB: 23 Sep 90` withheld `23 Sep` and left the
/// two-digit year. Day and month word in three languages, with a two-digit
/// year after a space, a comma or an apostrophe, in a label line, a table
/// and prose: the match takes the year in.
@Suite struct ShortYearRound9Tests {
    static let dates = ["23 Sep 90", "23 Sep. 90", "23 September 90", "3 May '90", "3 May ’90", "23 сент. 90", "23 сентября 90",
                        "12 Dec, 89", "23-сентябрь 90"]
    static let carriers = ["DOB: {}", "| Sadykov | DOB {} |\n|---|---|", "He was born on {} in Osh.", "Родился {} в Оше.", "д.р. {}"]

    @Test func theTwoDigitYearIsWithheldWithTheDate() {
        var total = 0, whole = 0
        var missed: [String] = []
        for date in Self.dates {
            for carrier in Self.carriers {
                let text = carrier.replacingOccurrences(of: "{}", with: date)
                total += 1
                let found = DetectorKind.birthDate.matches(in: text).map { String(text[$0]) }
                if found.contains(where: { $0.hasSuffix(String(date.suffix(2))) }) { whole += 1 } else { missed.append("\(text) \(found)") }
            }
        }
        print("round 9 short years: \(whole)/\(total) withheld whole")
        #expect(missed.isEmpty, "\(missed.joined(separator: "\n"))")
    }

    @Test(arguments: ["He was born on 23 Sep in Osh, 90 km away.", "Born 3 May 90% of them were released.", "DOB: 23 Sep 1990"])
    func otherNumbersStayOutside(_ text: String) {
        let found = DetectorKind.birthDate.matches(in: text).map { String(text[$0]) }
        #expect(!found.contains { $0.hasSuffix("90") && !$0.hasSuffix("1990") }, "\(text) \(found)")
    }
}
