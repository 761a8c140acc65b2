/// The people of the red-team corpus: Kyrgyz detainees declared in
/// Cyrillic (with their passport spelling), and, for the clean corpus,
/// detainees whose given names or surnames are also ordinary words or
/// places (Максат "purpose", Надежда "hope", Талас, Токтогул, Ким "who").
enum RedTeamPeople {
    struct Person {
        let given: String
        let surname: String
        var cyrillic: String { "\(given) \(surname)" }
    }

    static let givenNames = ["Айбек", "Нургуль", "Бакытбек", "Чынгыз", "Азиз", "Эльмира", "Гульнара", "Мирлан", "Нурлан", "Жаныбек",
                             "Канатбек", "Асель", "Динара", "Улукбек", "Тилебалды", "Акылбек", "Сапарбек", "Жаркынай", "Бактыгул",
                             "Замира", "Нурсултан", "Эркинбек", "Айзада", "Чолпонай", "Дастан"]
    static let surnames = ["Садыков", "Жумабеков", "Чоробаев", "Асанов", "Ибраимов", "Токтосунов", "Шаршенбаев", "Мамытов",
                           "Кадыров", "Бакиров", "Жээнбеков", "Эсенгулов", "Усенов", "Абдыкадыров", "Нурбеков", "Турдубаев",
                           "Качкынбаев", "Алыбаев", "Джунушалиев", "Чынгышев", "Шамшиев", "Исмаилов", "Жолдошев", "Курманбеков",
                           "Өмүрбеков", "Сүйүнбаев"]

    static let femaleGiven: Set<String> = ["Нургуль", "Эльмира", "Гульнара", "Асель", "Динара", "Жаркынай", "Бактыгул", "Замира",
                                           "Айзада", "Чолпонай"]

    /// The person's surname in the form for their gender (Садыкова).
    static func person(_ index: Int) -> Person {
        let given = givenNames[index % givenNames.count]
        var surname = surnames[(index / givenNames.count + index * 7) % surnames.count]
        if femaleGiven.contains(given) { surname += "а" }
        return Person(given: given, surname: surname)
    }

    /// Detainees of the clean corpus, each name also an ordinary word or a
    /// place, and the ordinary uses a report makes of it (which must
    /// survive: they are not the person).
    static let namesakes: [(person: Person, uses: [String])] = [
        (Person(given: "Максат", surname: "Осмонов"), ["Иштин максаты — камактагылардын абалын текшерүү.", "Визиттин максаты аныкталды."]),
        (Person(given: "Надежда", surname: "Петрова"), ["Родственники не теряют надежду на пересмотр дела.", "Осталась надежда на адвоката."]),
        (Person(given: "Бакыт", surname: "Жумаев"), ["Бакыттуу үй-бүлөлөр да кайрылды.", "Балдарынын бакыты үчүн."]),
        (Person(given: "Эрмек", surname: "Ташиев"), ["Камактагылар үчүн эрмек жок, китептер да жок."]),
        (Person(given: "Талас", surname: "Маматов"), ["Визит Таласской области ИВС прошёл без препятствий.", "Талас облусундагы ИВСке барылды."]),
        (Person(given: "Токтогул", surname: "Сатыбалдиев"), ["Офис находится на ул. Токтогула, 125.", "Токтогул көчөсүндөгү кеңседе жолугушту."]),
        (Person(given: "Виктор", surname: "Ким"), ["Ким келди деп сурашты, эч ким жооп берген жок.", "Ким жооп берет?"]),
        (Person(given: "Нарын", surname: "Абдраев"), ["В Нарынской области посетили две колонии.", "Нарын шаарындагы СИЗОго барышты."]),
        (Person(given: "Роза", surname: "Алиева"), ["Во дворе росла одна роза и трава."]),
        (Person(given: "Алтын", surname: "Бекова"), ["Алтын жана күмүш буюмдар алынып коюлган."]),
        // Round 2 (issue 15): other names built from a name part, named entities, dictionary words.
        (Person(given: "Темир", surname: "Осмонов"), ["Сотрудники ГП «НК «Кыргыз Темир Жолу»» охраняли вагон.",
                                                       "Записи вёл сотрудник Темирлан Жапаров.", "Темир торлор дат басып калган."]),
        (Person(given: "Эркин", surname: "Асанов"), ["Мониторлор камактагылар менен эркин сүйлөштү.", "Отчёт опубликован в газете «Эркин Тоо».",
                                                      "Газета «Эркин Тоо» жазды."]),
        (Person(given: "Максат", surname: "Белов"), ["Стены были беловатые от извести.", "Это беловик отчёта."]),
        (Person(given: "Михаил", surname: "Петров"), ["Врач Анна Петровна Орлова осмотрела задержанных.", "Прокурор Михайлов принял делегацию.",
                                                       "Его доставили на Петровку, 38."]),
    ]
}
