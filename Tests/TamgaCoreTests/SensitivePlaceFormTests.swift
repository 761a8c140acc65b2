import Testing
@testable import TamgaCore

/// Red-team round 8, class C2 (C-057…C-080): a `sensitive` place is named
/// in derived forms a Kyrgyz or Russian report uses, and each must be
/// found by the projector (replaced) and by the leak scan (refused):
///
/// - every Kyrgyz case, the plural and the attributive locative (`-дагы`),
///   in vowel harmony after any last vowel, long `уу`/`оо`/`үү` included
///   (`Кара-Сууда`, `Жылуу-Булактагы`);
/// - the 3rd-person possessive and its cases (`-сы(н)` + case:
///   `14-камерасында`, `№47 колониясында`, `Жылуу-Булагында`);
/// - the Russian relational adjective in every case and gender
///   (`Карасуйский РОВД`, `Кара-Суйского`, `Ала-Букинский`);
/// - each with and without the place's hyphen (`Карасууда`).
///
/// The forms are written out here by hand per place (stems and endings),
/// not taken from the production inflection; ordinary text with words
/// close to the places stays clean.
@Suite struct SensitivePlaceFormTests {
    /// A place, the stems its Kyrgyz suffixes attach to, and its Russian adjective's stem.
    struct Place: Sendable {
        let phrase: String
        /// Nominal Kyrgyz case forms (genitive, dative, accusative, locative, ablative, plural, attributive locative).
        let cases: [String]
        /// Possessive and its cases (possessive, genitive, dative, accusative, locative, ablative, attributive).
        let possessives: [String]
        /// The Russian adjective's stem (`Карасуйск`), or nil where none is written.
        let adjective: String?
    }

    static let places: [Place] = [
        Place(phrase: "Кара-Суу",
              cases: ["Кара-Суунун", "Кара-Сууга", "Кара-Сууну", "Кара-Сууда", "Кара-Суудан", "Кара-Суулар", "Кара-Суудагы"],
              possessives: ["Кара-Суусу", "Кара-Суусунун", "Кара-Суусуна", "Кара-Суусун", "Кара-Суусунда", "Кара-Суусунан",
                            "Кара-Суусундагы"],
              adjective: "Кара-Суйск"),
        Place(phrase: "Ак-Суу",
              cases: ["Ак-Суунун", "Ак-Сууга", "Ак-Сууну", "Ак-Сууда", "Ак-Суудан", "Ак-Суулар", "Ак-Суудагы"],
              possessives: ["Ак-Суусу", "Ак-Суусунун", "Ак-Суусуна", "Ак-Суусун", "Ак-Суусунда", "Ак-Суусунан", "Ак-Суусундагы"],
              adjective: "Ак-Суйск"),
        Place(phrase: "Жылуу-Булак",
              cases: ["Жылуу-Булактын", "Жылуу-Булакка", "Жылуу-Булакты", "Жылуу-Булакта", "Жылуу-Булактан", "Жылуу-Булактар",
                      "Жылуу-Булактагы"],
              possessives: ["Жылуу-Булагы", "Жылуу-Булагынын", "Жылуу-Булагына", "Жылуу-Булагын", "Жылуу-Булагында",
                            "Жылуу-Булагынан", "Жылуу-Булагындагы"],
              adjective: nil),
        Place(phrase: "Ала-Бука",
              cases: ["Ала-Буканын", "Ала-Букага", "Ала-Буканы", "Ала-Букада", "Ала-Букадан", "Ала-Букалар", "Ала-Букадагы"],
              possessives: ["Ала-Букасы", "Ала-Букасынын", "Ала-Букасына", "Ала-Букасын", "Ала-Букасында", "Ала-Букасынан",
                            "Ала-Букасындагы"],
              adjective: "Ала-Букинск"),
        Place(phrase: "Кара-Балта",
              cases: ["Кара-Балтанын", "Кара-Балтага", "Кара-Балтаны", "Кара-Балтада", "Кара-Балтадан", "Кара-Балталар",
                      "Кара-Балтадагы"],
              possessives: ["Кара-Балтасы", "Кара-Балтасынын", "Кара-Балтасына", "Кара-Балтасын", "Кара-Балтасында",
                            "Кара-Балтасынан", "Кара-Балтасындагы"],
              adjective: "Кара-Балтинск"),
        Place(phrase: "Кызыл-Кия",
              cases: ["Кызыл-Киянын", "Кызыл-Кияга", "Кызыл-Кияны", "Кызыл-Кияда", "Кызыл-Киядан", "Кызыл-Киялар",
                      "Кызыл-Киядагы"],
              possessives: ["Кызыл-Киясы", "Кызыл-Киясынын", "Кызыл-Киясына", "Кызыл-Киясын", "Кызыл-Киясында", "Кызыл-Киясынан",
                            "Кызыл-Киясындагы"],
              adjective: "Кызыл-Кийск"),
        Place(phrase: "Чолпон-Ата",
              cases: ["Чолпон-Атанын", "Чолпон-Атага", "Чолпон-Атаны", "Чолпон-Атада", "Чолпон-Атадан", "Чолпон-Аталар",
                      "Чолпон-Атадагы"],
              possessives: ["Чолпон-Атасы", "Чолпон-Атасынын", "Чолпон-Атасына", "Чолпон-Атасын", "Чолпон-Атасында",
                            "Чолпон-Атасынан", "Чолпон-Атасындагы"],
              adjective: "Чолпон-Атинск"),
        Place(phrase: "Жети-Өгүз",
              cases: ["Жети-Өгүздүн", "Жети-Өгүзгө", "Жети-Өгүздү", "Жети-Өгүздө", "Жети-Өгүздөн", "Жети-Өгүздөр", "Жети-Өгүздөгү"],
              possessives: ["Жети-Өгүзү", "Жети-Өгүзүнүн", "Жети-Өгүзүнө", "Жети-Өгүзүн", "Жети-Өгүзүндө", "Жети-Өгүзүнөн",
                            "Жети-Өгүзүндөгү"],
              adjective: "Жети-Өгүзск"),
        Place(phrase: "Ала-Тоо",
              cases: ["Ала-Тоонун", "Ала-Тоого", "Ала-Тоону", "Ала-Тоодо", "Ала-Тоодон", "Ала-Тоолор", "Ала-Тоодогу"],
              possessives: ["Ала-Тоосу", "Ала-Тоосунун", "Ала-Тоосуна", "Ала-Тоосун", "Ала-Тоосунда", "Ала-Тоосунан", "Ала-Тоосундагы"],
              adjective: nil),
        Place(phrase: "Токтогул",
              cases: ["Токтогулдун", "Токтогулга", "Токтогулду", "Токтогулда", "Токтогулдан", "Токтогулдар", "Токтогулдагы"],
              possessives: ["Токтогулу", "Токтогулунун", "Токтогулуна", "Токтогулун", "Токтогулунда", "Токтогулунан",
                            "Токтогулундагы"],
              adjective: "Токтогульск"),
        Place(phrase: "Ноокат",
              cases: ["Ноокаттын", "Ноокатка", "Ноокатты", "Ноокатта", "Ноокаттан", "Ноокаттар", "Ноокаттагы"],
              possessives: ["Ноокаты", "Ноокатынын", "Ноокатына", "Ноокатын", "Ноокатында", "Ноокатынан", "Ноокатындагы"],
              adjective: "Ноокатск"),
        Place(phrase: "Кочкор",
              cases: ["Кочкордун", "Кочкорго", "Кочкорду", "Кочкордо", "Кочкордон", "Кочкорлор", "Кочкордогу"],
              possessives: ["Кочкору", "Кочкорунун", "Кочкоруна", "Кочкорун", "Кочкорунда", "Кочкорунан", "Кочкорундагы"],
              adjective: "Кочкорск"),
        Place(phrase: "Сокулук",
              cases: ["Сокулуктун", "Сокулукка", "Сокулукту", "Сокулукта", "Сокулуктан", "Сокулуктар", "Сокулуктагы"],
              possessives: ["Сокулугу", "Сокулугунун", "Сокулугуна", "Сокулугун", "Сокулугунда", "Сокулугунан", "Сокулугундагы"],
              adjective: "Сокулукск"),
        Place(phrase: "Ош",
              cases: ["Оштун", "Ошко", "Ошту", "Ошто", "Оштон", "Оштор", "Оштогу"],
              possessives: ["Ошу", "Ошунун", "Ошуна", "Ошун", "Ошунда", "Ошунан", "Ошундагы"],
              adjective: "Ошск"),
        Place(phrase: "камера 14",
              cases: ["14-камеранын", "14-камерага", "14-камераны", "14-камерада", "14-камерадан", "14-камералар", "14-камерадагы"],
              possessives: ["14-камерасы", "14-камерасынын", "14-камерасына", "14-камерасын", "14-камерасында", "14-камерасынан",
                            "14-камерасындагы"],
              adjective: nil),
        Place(phrase: "колония №47",
              cases: ["№47 колониянын", "№47 колонияга", "№47 колонияны", "№47 колонияда", "№47 колониядан", "№ 47 колониялар",
                      "№47 колониядагы"],
              possessives: ["№47 колониясы", "№47 колониясынын", "№47 колониясына", "№47 колониясын", "№47 колониясында",
                            "№ 47 колониясынан", "47-колониясындагы"],
              adjective: nil),
    ]

    static let adjectiveEndings = ["ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"]

    /// `Кара-Суйск…` as written and solid (`Карасуйск…`, the second part in lower case).
    static func bothWritings(_ form: String) -> [String] {
        guard let hyphen = form.firstIndex(of: "-"), form[..<hyphen].allSatisfy(\.isLetter) else { return [form] }
        return [form, String(form[..<hyphen]) + form[form.index(after: hyphen)...].lowercased()]
    }

    /// Every form of `place`, in each writing, with the group it belongs to.
    static func forms(of place: Place) -> [(group: String, text: String)] {
        var result: [(String, String)] = []
        for form in place.cases { result += bothWritings(form).map { ("Kyrgyz case", $0) } }
        for form in place.possessives { result += bothWritings(form).map { ("Kyrgyz possessive", $0) } }
        if let stem = place.adjective {
            for ending in adjectiveEndings { result += bothWritings(stem + ending).map { ("Russian adjective", $0) } }
        }
        return result
    }

    static let carriers = ["Ал {} кармалган.", "{} РОВДдо сабашкан.", "В изоляторе {} ИВС.", "| {} | 3 |", "- {};"]

    @Test func everyDerivedFormIsFound() {
        var totals: [String: (all: Int, projector: Int, scan: Int)] = [:]
        var misses: [String] = []
        for place in Self.places {
            let matcher = SensitiveMatcher([place.phrase]), index = LeakPhraseIndex([place.phrase])
            for (group, form) in Self.forms(of: place) {
                for carrier in Self.carriers {
                    let text = carrier.replacingOccurrences(of: "{}", with: form)
                    let result = (projector: !matcher.matches(in: ScalarText(text)).isEmpty,
                                  scan: index.firstOffsets(in: LeakNormalizer(text))[place.phrase] != nil)
                    var total = totals[group, default: (0, 0, 0)]
                    total.all += 1
                    if result.projector { total.projector += 1 }
                    if result.scan { total.scan += 1 }
                    totals[group] = total
                    if !result.projector || !result.scan, misses.count < 30 { misses.append("\(place.phrase): \(text) \(result)") }
                }
            }
        }
        var all = 0, found = 0
        for (group, total) in totals.sorted(by: { $0.key < $1.key }) {
            print("sensitive place forms, \(group): projector \(total.projector)/\(total.all), scan \(total.scan)/\(total.all)")
            all += total.all
            found += min(total.projector, total.scan)
        }
        print("sensitive place forms: \(found)/\(all) found by both")
        #expect(found == all, "\(misses.joined(separator: "\n"))")
    }

    /// Ordinary Kyrgyz and Russian text next to the places' words: found by neither.
    @Test(arguments: [
        ("Кара-Суу", "Суусунда балык бар."), ("Кара-Суу", "Карасай районунда."),
        ("Кара-Суу", "Кара-Балтадагы түрмө."), ("Кара-Суу", "Суйский"), ("Ала-Бука", "Ала-Тоо аянтында."),
        ("Ала-Бука", "Букинист дүкөнү."), ("Ала-Бука", "Бука"), ("Жылуу-Булак", "Булагында суу бар."),
        ("Жылуу-Булак", "Жылуу булут."), ("Ош", "Ошибка в отчёте."), ("Ош", "Ошондо келди."), ("Ош", "Ошол жерде."),
        ("Ноокат", "Ноокаттык ашпозчу."),
        ("камера 14", "Камерасы 15 чарчы метр."), ("камера 14", "14 камерасы бар."), ("камера 14", "Камерный оркестр 14."),
        ("колония №47", "Колониясында 470 адам."), ("колония №47", "№ 48 колониясында."), ("Кочкор", "Кочкорбаев"),
        ("Кызыл-Кия", "Кызыл кийим."),
    ])
    func nearWordsStayClean(place: String, text: String) {
        let result = SensitivePhraseTests.found(place, in: text)
        #expect(!result.projector && !result.scan, "\(text) \(result)")
    }
}
