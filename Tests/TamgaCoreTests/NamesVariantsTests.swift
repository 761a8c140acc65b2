import Testing
@testable import TamgaCore

@Suite struct NamesNormalizationTests {
    @Test(arguments: [
        ("Sady\u{200B}kov", "sadykov"), ("Sady\u{00AD}kov", "sadykov"), ("ALIYEV", "aliyev"), ("Ёлкин", "елкин"),
        ("Айбек", "айбек"), ("Аи\u{0306}бек", "айбек"), ("Müller", "muller"), ("Ömür  \n Bek", "omur bek"),
        ("Жаңыл Үсөн", "жаңыл үсөн"), ("A\u{00A0}B", "a b"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(NameNormalization.normalized(input) == expected)
    }

    /// The skeleton folds what the systems write differently, and keeps apart what differs.
    @Test(arguments: [
        ("Садыков", "sadikov"), ("Sadykov", "sadikov"), ("Sadikov", "sadikov"), ("Жумабаев", "jumabaev"),
        ("Dzhumabaev", "jumabaev"), ("Хасан", "hasan"), ("Щукин", "wukin"), ("Shchukin", "wukin"), ("Цой", "coi"),
        ("Tsoi", "coi"), ("Айбек", "aibek"), ("Ajbek", "aibek"), ("Алиев", "alev"), ("Aliyev", "alev"), ("Садыр", "sadir"),
    ])
    func skeleton(input: String, expected: String) {
        #expect(SkeletonText.key(input) == expected)
    }
}

@Suite struct NamesVariantsTests {
    @Test func formsCoverScriptsCasesOrdersInitialsAndPatronymics() {
        let forms = NameVariants.forms(of: PersonNames(personID: "D-1", spellings: ["Aibek Sadykov"]))
        for expected in ["Aibek Sadykov", "Айбек Садыков", "Садыков Айбек", "А. Садыков", "A. Sadykov",
                         "Sadykov A.", "Садыков А.", "Айбек Садык уулу", "Aibek Sadyk uulu", "Садыкова", "Садыковым",
                         "Айбеку", "Садыковдун", "Sadykovdun", "Aibek Sadykov"] {
            #expect(forms.contains(expected), "\(expected)")
        }
        #expect(forms.count <= 400)
        #expect(Set(forms.map(NameNormalization.normalized)).count == forms.count)
    }

    /// Every written form is found by the matcher: the two paths agree.
    @Test func matcherFindsEveryForm() {
        let person = PersonNames(personID: "D-1", spellings: ["Гульнара Абдылдаева"])
        let matcher = NameMatcher(persons: [person])
        for form in NameVariants.forms(of: person) {
            let text = "x \(form) y"
            #expect(matcher.matches(in: text).map { String(text[$0.range]) } == [form], "\(form)")
        }
    }

    @Test func limitBoundsTheList() {
        #expect(NameVariants.forms(of: PersonNames(personID: "D-1", spellings: ["Aibek Sadykov"]), limit: 10).count == 10)
    }
}

/// 10,000 generated persons: the matcher builds and finds every planted name
/// with the right person (correctness only; timing is in the benchmarks).
@Suite struct NamesScaleTests {
    static let given = ["Айбек", "Нурлан", "Гульнара", "Эрмек", "Чынара", "Азиз", "Мирлан", "Жылдыз", "Канат", "Бермет",
                        "Улан", "Асель", "Тилек", "Дамир", "Айжан", "Руслан", "Элнура", "Санжар", "Медер", "Айдана"]
    static let roots = ["Садык", "Жумабай", "Абдылда", "Токтогул", "Калык", "Осмон", "Исак", "Бейшен", "Мамыт", "Турду",
                        "Сарыбай", "Кадыр", "Эсен", "Алымкул", "Чоро", "Шамшы", "Курман", "Нурмат", "Асан", "Үсөн"]

    static func person(_ i: Int) -> PersonNames {
        let root = roots[i % roots.count] + ["ал", "бек", "жан", "кул", "мат", "тай", "бай", "ин", "ур", "ат"][(i / 20) % 10]
            + ["", "а", "о", "е", "и", "у", "ы", "ә", "ө", "ү"][(i / 200) % 10] + String(repeating: "к", count: i / 2000)
        return PersonNames(personID: "D-\(i)", spellings: [given[i % given.count] + " " + root + "ов"])
    }

    @Test func tenThousandPersons() {
        let persons = (0..<10_000).map(Self.person)
        let matcher = NameMatcher(persons: persons)
        #expect(matcher.keyCount > 10_000)
        for i in stride(from: 7, to: 10_000, by: 997) {
            let surname = persons[i].spellings[0].split(separator: " ")[1]
            let text = "В отчёте упомянут \(surname)ым и \(Transliteration.latin(String(surname), system: .icao9303))."
            let found = matcher.matches(in: text)
            #expect(found.count == 2, "\(surname)")
            #expect(found.allSatisfy { $0.candidates.contains("D-\(i)") }, "\(surname)")
        }
        #expect(matcher.matches(in: "Ничего здесь нет, nothing here at all.").isEmpty)
    }
}
