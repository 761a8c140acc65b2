import Testing
@testable import TamgaCore

/// Red team round 10, class C (identifiers): each class with the report's
/// cases and new variants of the same class, measured as recall (the
/// projector's detector or matcher finds it, and the scan does), and the
/// clean sentences of the same shape that must stay whole.
@Suite struct IdentifierRound10Tests {
    // MARK: sensitive places in their Russian and Latin spellings (C-555, C-556, C-905..C-908, E-504)

    static let placeWritings: [(phrase: String, forms: [String])] = [
        ("Беш-Күнгөй", ["Беш-Кунгей", "Беш-Кунгее", "Besh-Kungei", "Beshkungey", "Беш-Кунгой", "Беш-Кунгое", "BESH-KUNGEI",
                        "Besh Kungey", "Беш-Кюнгей", "Беш Кунгей"]),
        ("Үч-Коргон", ["Уч-Курган", "Уч-Кургане", "Uch-Kurgan", "Uchkurgan", "Уч-Коргон", "Uch-Korgon", "Уч-Кургана"]),
        ("Кара-Суу", ["Кара-Су", "Кара-Суйский", "Kara-Su", "Карасу", "Kara Su", "Кара-Суу"]),
        ("Жылуу-Булак", ["Жылу-Булак", "Джылу-Булак", "Dzhylu-Bulak"]),
        ("Ала-Бука", ["Ала-Бука", "Ala-Buka"]),
    ]
    static let placeCarriers = ["He was held in {}.", "| {} | 3 |", "- {}, 2014", "Его перевели в {} ночью.", "Ал {} жатты.",
                                "Visit to the {} police post"]

    @Test func russianAndLatinSpellingsOfAPlaceAreFound() {
        var total = 0, projector = 0, scan = 0
        var misses: [String] = []
        for (phrase, forms) in Self.placeWritings {
            for form in forms {
                for carrier in Self.placeCarriers {
                    let text = carrier.replacingOccurrences(of: "{}", with: form)
                    let found = SensitivePhraseTests.found(phrase, in: text)
                    total += 1
                    if found.projector { projector += 1 }
                    if found.scan { scan += 1 }
                    if !found.projector || !found.scan, misses.count < 30 { misses.append("\(phrase): \(text) \(found)") }
                }
            }
        }
        print("IdentifierRound10: place spellings projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    @Test(arguments: [("Беш-Күнгөй", "Беш-Кайнар is a village."), ("Беш-Күнгөй", "Кунгей Ала-Тоо is a range."),
                      ("Үч-Коргон", "Курган is a Russian city."), ("Кара-Суу", "Кара-Балта"), ("Кара-Суу", "Суусамыр"),
                      ("Үч-Коргон", "Уч-Терек"), ("Кара-Суу", "карась в пруду")])
    func otherPlacesStayClean(phrase: String, text: String) {
        let found = SensitivePhraseTests.found(phrase, in: text)
        #expect(!found.projector && !found.scan, "\(text)")
    }

    // MARK: dates of birth whose birth word stands apart (C-536..C-546, C-903)

    static let apartBirths = [
        "He was born in the village of Kara-Kulja in the Osh region on 23.09.1990.",
        "Родился в селе Кара-Кулжа Ошской области 23.09.1990",
        "1990-жылы 23-сентябрда Ош облусунун Кара-Кулжа районунда туулган.",
        "Ал 23.09.1990-жылы Ош шаарында туулган.",
        "DOB (as stated by his mother, unverified): 1990-09-23",
        "23rd of September 1990 is the day he was born.",
        "He was born, according to his passport, on 23.09.1990.",
        // New variants of the same classes.
        "She was born in Naryn region, At-Bashy district, on 2 March 1991.",
        "Родилась в городе Оше Ошской области 02.03.1991.",
        "Он родился, по словам матери, 12.05.1988.",
        "Родился (со слов матери) 12.05.1988.",
        "Born (according to the file) on 12.05.1988.",
        "Ал 1988-жылы 12-майда Нарын облусунун Ат-Башы районунда туулган.",
        "12.05.1988-жылы Талас шаарында туулган.",
        "born in the town of Kara-Balta in the Chui region in 1988",
        "She was born in Bishkek in 1991.",
        "12 May 1988 was the day she was born.",
    ]

    @Test func aBirthWordApartFromItsDateIsRead() {
        let missed = Self.apartBirths.filter { DetectorKind.birthDate.matches(in: $0).isEmpty }
        print("IdentifierRound10: birth dates apart \(Self.apartBirths.count - missed.count)/\(Self.apartBirths.count)")
        #expect(missed.isEmpty, "not found: \(missed)")
    }

    /// Another event's date in a sentence that names a birth stays.
    static let otherDates = [
        "He was born in Osh, and on 28.10.2014 he was detained.",
        "Born in Osh, he was detained in the Osh region on 28.10.2014.",
        "He was born in Talas; the visit took place on 28.10.2014.",
        "Родился в Оше, а 28.10.2014 был задержан.",
        "Ал Ош шаарында туулган, 28.10.2014-жылы кармалган.",
        "The maternity ward of the Osh region hospital was visited on 28.10.2014.",
        "The new IVS was built in the Osh region on 28.10.2014.",
        "Visit to the village of Kara-Kulja on 28.10.2014; one detainee was born there.",
    ]

    @Test func anotherEventsDateStays() {
        let withheld = Self.otherDates.filter { !DetectorKind.birthDate.matches(in: $0).isEmpty }
        print("IdentifierRound10: other dates kept \(Self.otherDates.count - withheld.count)/\(Self.otherDates.count)")
        #expect(withheld.isEmpty, "withheld: \(withheld)")
    }

    // MARK: phones: 10 digits in 0 with a one-digit local start (C-532, C-910), Russian words without a phone word (C-535)

    static let phones = [
        "Рабочий: (03222) 5-55-11", "Дома: 03222 5 55 11", "Call (03222) 5 55 11 after six.", "Ош: 03222 2-34-56",
        "Запомните: ноль семьсот двенадцать тридцать четыре пятьдесят шесть.",
        "Записал: ноль пятьсот пятьдесят пять двенадцать тридцать четыре пятьдесят шесть",
        "ноль семьсот семьдесят семь двадцать два тридцать три сорок четыре",
    ]

    @Test func phonesAreRead() {
        let missed = Self.phones.filter { DetectorKind.phoneNumber.matches(in: $0).isEmpty }
        print("IdentifierRound10: phones \(Self.phones.count - missed.count)/\(Self.phones.count)")
        #expect(missed.isEmpty, "not found: \(missed)")
    }

    static let notPhones = ["| 03222 | 5 | 55 | 11 |", "Cells 03222 5 of 7", "В семьсот двенадцатой камере было тридцать четыре человека.",
                            "Итого: 12345 5 55"]

    @Test func countsAreNoPhones() {
        let withheld = Self.notPhones.filter { !DetectorKind.phoneNumber.matches(in: $0).isEmpty }
        #expect(withheld.isEmpty, "withheld: \(withheld)")
    }

    // MARK: residence permits (C-510, C-914, C-915)

    static let permits = [
        "Вид на жительство 012345678 просрочен.", "Жашоого уруксат кагазы: 012345678.", "Residence permit 012345678 expired.",
        "Срок вида на жительство № 123456789 истёк.", "ВНЖ 123456789", "His residence card no. 123 456 789 was taken.",
        "Туруктуу жашоого уруксаты 123456789 жок.",
    ]

    @Test func residencePermitNumbersAreRead() {
        let missed = Self.permits.filter { DetectorKind.documentNumber.matches(in: $0).isEmpty }
        print("IdentifierRound10: residence permits \(Self.permits.count - missed.count)/\(Self.permits.count)")
        #expect(missed.isEmpty, "not found: \(missed)")
    }

    // MARK: the whole path: projected and scanned, nothing of it published

    static let wholePath: [(text: String, needle: String)] = [
        ("He was held at the Besh-Kungei police post.", "Kungei"), ("Его держали в Уч-Кургане.", "Кургане"),
        ("He was born in the village of Kara-Kulja in the Osh region on 23.09.1990.", "1990"),
        ("Рабочий: (03222) 5-55-11", "55-11"), ("Residence permit 012345678 expired.", "012345678"),
        ("Запомните: ноль семьсот двенадцать тридцать четыре пятьдесят шесть.", "пятьдесят шесть"),
    ]

    @Test func nothingOfItIsPublished() throws {
        for (text, needle) in Self.wholePath {
            let published = try Round10Vault.published(text)
            #expect(!(published ?? "").contains(needle), "published: \(text)")
        }
    }
}
