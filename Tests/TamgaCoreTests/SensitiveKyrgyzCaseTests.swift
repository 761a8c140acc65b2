import Testing
@testable import TamgaCore

/// Kyrgyz case forms of a `sensitive` place or word whose last vowel is у
/// (`Кара-Суу` → `Кара-Сууда`, `Токтогул` → `Токтогулда`): after у the wide
/// suffix vowel is а in the standard language and о in some writing, and a
/// place is often followed by the attributive -гы/-кы ("the prison in Kara-Suu",
/// `Кара-Суудагы түрмө`). Every case of each word, both harmonies, with and
/// without the attributive, in Kyrgyz carriers, must be found by the projector
/// and by the scan; near misses (another word on the same stem) stay clean.
@Suite struct SensitiveKyrgyzCaseTests {
    /// Written by hand, not from `KyrgyzInflection`: genitive, dative,
    /// accusative, locative, ablative, plural, then the locative's attributive
    /// (`-дагы` "which is in"), in each harmony writers use.
    static let written: [(word: String, forms: [String])] = [
        ("Кара-Суу", ["Кара-Суунун", "Кара-Сууга", "Кара-Сууну", "Кара-Сууда", "Кара-Суудан", "Кара-Суулар", "Кара-Суудагы",
                      "Кара-Сууго", "Кара-Суудо", "Кара-Суудон", "Кара-Суулор", "Кара-Суудогу", "КАРА-СУУДА"]),
        ("Ак-Суу", ["Ак-Суунун", "Ак-Сууга", "Ак-Сууда", "Ак-Суудан", "Ак-Суудагы", "Ак-Суудо", "Ак-Суудогу"]),
        ("Токтогул", ["Токтогулдун", "Токтогулга", "Токтогулду", "Токтогулда", "Токтогулдан", "Токтогулдагы", "Токтогулдо"]),
        ("Жети-Өгүз", ["Жети-Өгүздүн", "Жети-Өгүзгө", "Жети-Өгүздө", "Жети-Өгүздөн", "Жети-Өгүздөгү"]),
        ("Кочкор", ["Кочкордун", "Кочкорго", "Кочкордо", "Кочкордон", "Кочкордогу"]),
        ("Ноокат", ["Ноокаттын", "Ноокатка", "Ноокатта", "Ноокаттан", "Ноокаттагы"]),
        ("камера 14", ["камерада 14", "14-камерада", "14-камерадагы"]),
    ]

    static let carriers = ["{} түрмөсүндө кармалган.", "Ал {} жатты.", "{}", "| {} | 3 |", "- {};", "Биз {} болдук."]

    @Test func everyCaseFormIsFound() {
        var total = 0, projector = 0, scan = 0
        var misses: [String] = []
        for (word, forms) in Self.written {
            for writing in forms {
                for carrier in Self.carriers {
                    let text = carrier.replacingOccurrences(of: "{}", with: writing)
                    let result = SensitivePhraseTests.found(word, in: text)
                    total += 1
                    if result.projector { projector += 1 }
                    if result.scan { scan += 1 }
                    if !result.projector || !result.scan, misses.count < 12 { misses.append("\(text.debugDescription) \(result)") }
                }
            }
        }
        print("sensitive Kyrgyz case forms: projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    @Test func theStandardLocativeAfterUIsWithA() {
        #expect(KyrgyzInflection.form(of: "Кара-Суу", .locative) == "Кара-Сууда")
        #expect(KyrgyzInflection.form(of: "Токтогул", .dative) == "Токтогулга")
        #expect(KyrgyzInflection.forms(of: "Кара-Суу").contains("Кара-Суудо"))
        #expect(KyrgyzInflection.form(of: "Кочкор", .locative) == "Кочкордо")
        #expect(KyrgyzInflection.form(of: "Жети-Өгүз", .locative) == "Жети-Өгүздө")
    }

    @Test(arguments: [("Кара-Суу", "Кара-Сууранын жолу."), ("Токтогул", "Токтосун келди."), ("Ноокат", "Ноокаттык ашпозчу."),
                      ("Кочкор", "Кочкорбаев жазды.")])
    func nearMissesStayClean(word: String, text: String) {
        let result = SensitivePhraseTests.found(word, in: text)
        #expect(!result.projector && !result.scan, "\(text)")
    }
}
