import Testing
@testable import TamgaCore

/// Red-team round 4 (issue 15, class "C: identifiers"): a `sensitive`
/// address is found with its abbreviations written out, or its full words
/// abbreviated (`мкр. Джал, д. 15` ↔ `микрорайоне Джал, дом 15`), in any
/// case form, in Russian, Kyrgyz and English. The writings are written out
/// here by hand, each in several carriers; recall is printed per family
/// for the projector and the scan, and near misses stay clean.
@Suite struct SensitivePhraseRound4Tests {
    struct Family: Sendable, CustomTestStringConvertible {
        let name: String
        let phrase: String
        let writings: [String]
        var testDescription: String { name }
    }

    static let carriers = ["Информатор живёт в {}.", "{}", "He lives at {}.", "Ал {} жашайт.", "| {} | 3 |", "- {};"]

    static let families = [
        Family(name: "Russian abbreviations written out", phrase: "мкр. Джал, д. 15", writings: [
            "микрорайоне Джал, дом 15", "микрорайон Джал, дом 15", "микрорайона Джал, дома 15", "Микрорайон Джал, д. 15",
            "мкрн. Джал, дом 15", "мкр Джал д 15", "мкр. Джал, д.15",
        ]),
        Family(name: "Russian full words abbreviated", phrase: "улица Ахунбаева, дом 7, квартира 12", writings: [
            "ул. Ахунбаева, д. 7, кв. 12", "улице Ахунбаева, д. 7, кв. 12", "ул Ахунбаева д 7 кв 12", "улицы Ахунбаева, дом 7, кв. 12",
        ]),
        Family(name: "hyphenated abbreviations", phrase: "Ленинский р-н, пр-т Мира", writings: [
            "Ленинский район, проспект Мира", "Ленинском районе, проспекте Мира", "Ленинский р-н, пр. Мира",
        ]),
        Family(name: "Kyrgyz street", phrase: "Токтогул көч., 15", writings: [
            "Токтогул көчөсү, 15", "Токтогул көчөсүндө 15", "Токтогул көчө 15", "Токтогул көч. 15",
        ]),
        Family(name: "English", phrase: "5 Main St., Apt. 12", writings: [
            "5 Main Street, Apartment 12", "5 Main Street, Apt 12", "5 Main St, apartment 12",
        ]),
    ]

    @Test(arguments: families)
    func everyWritingIsFound(family: Family) {
        var projector = 0, scan = 0, total = 0
        var misses: [String] = []
        for writing in family.writings {
            for carrier in Self.carriers {
                let text = carrier.replacingOccurrences(of: "{}", with: writing)
                let result = SensitivePhraseTests.found(family.phrase, in: text)
                total += 1
                if result.projector { projector += 1 }
                if result.scan { scan += 1 }
                if !result.projector || !result.scan, misses.count < 8 { misses.append("\(text.debugDescription) \(result)") }
            }
        }
        print("sensitive round 4, \(family.name): projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    /// Clean controls: another house, another street, the words alone.
    static let nearMisses: [(String, String)] = [
        ("мкр. Джал, д. 15", "микрорайоне Джал, дом 16"), ("мкр. Джал, д. 15", "микрорайоне Восток, дом 15"),
        ("мкр. Джал, д. 15", "в микрорайоне Джал"), ("мкр. Джал, д. 15", "Джал, домов 150"),
        ("улица Ахунбаева, дом 7, квартира 12", "ул. Ахунбаева, д. 7, кв. 13"), ("Токтогул көч., 15", "Токтогул көчөсү, 16"),
        ("5 Main St., Apt. 12", "5 Main Street, Apartment 13"),
    ]

    @Test(arguments: nearMisses)
    func nearMissesStayClean(phrase: String, text: String) {
        let result = SensitivePhraseTests.found(phrase, in: text)
        #expect(!result.projector && !result.scan, "\(phrase) in \(text): \(result)")
    }
}
