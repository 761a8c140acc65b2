import Testing
@testable import TamgaCore

/// Red team round 11's name leaks, each a class with the report's case and
/// variants of our own: diminutives and short forms of Kyrgyz names (A-1105,
/// A-1901, A-1905, A-1915, A-1916) and of Russian -ина names (A-1904),
/// possessives of a common-word given name at a sentence start (A-1913,
/// A-1914: not yet for a four-letter name, Ырысым, which neither the
/// matcher's keys nor the scan's five-letter stems reach), surnames in Latin capitals that look Cyrillic (B-1120, B-1901,
/// B-1902, B-1904), and surnames spelt out with dots after an initial
/// (B-1908, B-1129). A case holds when the export is refused (the leak scan)
/// or written without the needle.
@Suite struct Round11NameTests {
    static let leaks: [(text: String, needle: String)] = [
        // Diminutives and short forms.
        ("Гуля рассказала, что её держали в подвале.", "Гуля"),
        ("Гулю увели ночью; Гуле не дали воды.", "Гул"),
        ("Gulya said she was kept in the basement.", "Gulya"),
        ("Ася плакала, когда её уводили.", "Ася"),
        ("Асю увели утром.", "Асю"),
        ("Гүлү эжеси менен келди.", "Гүлү"),
        ("Мариша принесла ему лекарства.", "Мариша"),
        ("Маришу не пустили на свидание.", "Маришу"),
        ("Гулечка плакала всю ночь.", "Гулечка"),
        // Possessives at a sentence start.
        ("Дастаныбыз камакта, — дешти туугандары.", "Дастан"),
        ("Мээримибиз камакта отурат.", "Мээрим"),
        // Latin capitals that look Cyrillic.
        ("НАЧАЛЬНИК XACAHOB ОТКАЗАЛ В ДОСТУПЕ.", "XACAHOB"),
        ("ЗАДЕРЖАННЫЙ ACAHOB ИЗБИТ.", "ACAHOB"),
        ("НАЧАЛЬНИК OCMOHOB ОТКАЗАЛ.", "OCMOHOB"),
        ("| 1 | XACAHOB Д.Р. |", "XACAHOB"),
        ("Список:\n\n- XACAHOB\n- OCMOHOB", "XACAHOB"),
        ("Мать: MOPO3OBA Л.", "MOPO3OBA"),
        // Spelt out with dots after an initial.
        ("Гүлзада Ж.о.р.о.б.е.к.о.в.а кармалган.", "о.р.о.б"),
        ("Yrys T.o.k.t.o.b.a.e.v.a was beaten.", "o.k.t.o"),
        ("Эрмек Ж.а.п.а.р.о.в камакта.", "а.п.а.р"),
    ]

    @Test func eachLeakIsHeld() throws {
        var published: [String] = []
        for (text, needle) in Self.leaks {
            if let out = Round11Vault.exported(text), out.contains(needle) { published.append(text) }
        }
        print("Round 11 names held \(Self.leaks.count - published.count)/\(Self.leaks.count)")
        #expect(published.isEmpty, "published:\n\(published.joined(separator: "\n"))")
    }

    /// Diminutives and spelt-out surnames are replaced, not only refused: the export is written.
    @Test(arguments: ["Гуля рассказала, что её держали в подвале.", "Ася плакала, когда её уводили.", "Мариша принесла ему лекарства.",
                      "Гүлзада Ж.о.р.о.б.е.к.о.в.а кармалган.", "Дастаныбыз камакта, — дешти туугандары."])
    func replacedNotRefused(_ text: String) throws {
        #expect(Round11Vault.exported(text) != nil, "refused: \(text)")
    }

    /// Ordinary text of the same shapes stays whole.
    static let clean = [
        "The COMBAT TEAM was at HOME by the TOMB.",
        "Стихи Анны Ахматовой читали вслух.",
        "В марине стояли яхты.",
        "Мээрим жана камкордук — балдар үйүнүн негизги принциби.",
        "Отец задержанного живёт в Худжанде.",
        "Семья переехала из Худжанда в Бишкек.",
        "А.Б. Ибраимов подписал приказ.",
    ]

    @Test(arguments: clean)
    func cleanTextStaysWhole(_ text: String) throws {
        let out = Round11Vault.exported(text)
        #expect(out?.contains(text) == true, "damaged or refused: \(text)\n\(out ?? "refused")")
    }
}
