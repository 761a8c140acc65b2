/// Generated report sentences for `OverRefusalTests` (issue 15): clean ones
/// that use the registered persons' names only as common words, places,
/// streets and Ким "who", in Russian, Kyrgyz and English; and a recall set
/// that uses the same names as names. Seeded, so a failure reproduces.
struct OverRefusalCorpus {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(state: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func number() -> Int { Int.random(in: 2...180, using: &random) }

    /// Two to four sentences, at least one with a name-like common word or place.
    mutating func cleanParagraph() -> [String] {
        var sentences = [fill(pick(Self.clean))]
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            sentences.append(fill(pick(Self.clean + Self.filler)))
        }
        return sentences
    }

    private mutating func fill(_ template: String) -> String {
        var out = template
        while let range = out.range(of: "{n}") { out.replaceSubrange(range, with: String(number())) }
        return out
    }

    static let clean = [
        // Kyrgyz: максат "purpose", бакыт "happiness", эрмек "amusement", ким "who", places
        "Мониторингдин максаты кыйноолордун алдын алуу болчу.", "Бул сапардын негизги максаты камераларды текшерүү.",
        "Максаты боюнча сурамжылоо {n} адам менен өттү.", "Бакыттуу адамдар бул жерде аз экен.",
        "Кармалгандар өздөрүн бакыттуу сезбей турганын айтышты.", "Камерада эч кандай эрмек жок.",
        "Бул жерде эрмек үчүн китептер да жок.", "Ким келди? Кароолчу ошентип сурады.",
        "Ким жооп берет деген суроо ачык калды.", "Кароолчу ким экенин билбейт.",
        "Талас облусундагы ИВСте {n} адам кармалган.", "Токтогул көчөсүндөгү имаратта {n} камера бар.",
        "Нарын шаарындагы СИЗОдо суу жок.", "Чүй облусунун прокуратурасы жооп берген жок.",
        "Талас шаарында тергөө изолятору жок.", "Токтогул районунда эки айыл бар.",
        // Russian: надежда "hope", роман "novel", places and streets
        "Мы выразили надежду, что условия улучшатся.", "Остаётся надежда на перевод в другое учреждение.",
        "У задержанных нет надежды на быстрый суд.", "Задержанный читал роман в камере.",
        "В ИВС Таласской области содержались {n} человек.", "Здание стоит на ул. Токтогула, {n}.",
        "СИЗО находится на улице Токтогула.", "Группа посетила ИВС Токтогульского района.",
        "Прокуратура Таласской области получила {n} жалоб.", "Группа выехала в г. Талас утром.",
        "Из Таласа задержанных везут в Бишкек.", "В Токтогульском районе колония не работает.",
        "На проспекте Манаса нет пункта приёма жалоб.", "Таласский районный суд рассмотрел дело.",
        // English: hope, grace, places
        "We hope the authorities will act on this.", "There is little hope of a quick trial.",
        "The grace period for complaints is {n} days.", "The facility on Toktogul Street was visited.",
        "In Talas Region the IVS held {n} people.", "The SIZO in Naryn city had no water.",
    ]

    static let filler = [
        "Камеранын аянты {n} чарчы метр.", "Площадь камеры {n} квадратных метров.", "The cell measured {n} square metres.",
        "Прогулка длилась {n} минут.", "Сейилдөө {n} мүнөткө созулду.", "Outdoor exercise lasted {n} minutes.",
        "Медицинская часть не работала.", "The team spoke to {n} detainees.",
    ]

    /// Sentences that use a protected person's name as a name, and the part
    /// the matcher must find.
    static let recall: [(String, String)] = [
        ("Вчера Максат Садыров сообщил о побоях.", "Максат"), ("Потом Максат сказал, что его били.", "Максат"),
        ("С Максатом говорили дважды.", "Максатом"), ("Кароолчу Максатты урган.", "Максатты"),
        ("Сотрудник ударил Надежду Петрову.", "Надежду"), ("Потом Надежда рассказала о пытках.", "Надежда"),
        ("Следователь допрашивал Бакыта ночью.", "Бакыта"), ("Кароолчу Бакытты камерага киргизди.", "Бакытты"),
        ("Сотрудники избили Эрмека в коридоре.", "Эрмека"), ("Then Ermek said he had been beaten.", "Ermek"),
        ("Следователь допрашивал Таласа ночью.", "Таласа"), ("Мы говорили с Таласом Абдыкадыровым.", "Таласом"),
        ("Then Talas said the guards beat him.", "Talas"), ("Сотрудник привёл Токтогула в кабинет.", "Токтогула"),
        ("Кароолчу Токтогулду урган.", "Токтогулду"), ("Жалобу подал Алексей Ким.", "Ким"),
        ("Потом Ким сказал, что его били.", "Ким"), ("The guard hit Grace Miller twice.", "Grace"),
        ("Later Grace said she was threatened.", "Grace"), ("Потом Роман рассказал о допросе.", "Роман"),
        ("С Романом Беловым говорили дважды.", "Романом"), ("Айбек сказал, что его били.", "Айбек"),
        ("Кароолчу Айбекти урган.", "Айбекти"), ("Aibek said the guards beat him.", "Aibek"),
        ("Максат Садыров келди.", "Максат"), ("Садыров рассказал о побоях.", "Садыров"),
        ("Бакыт сказал, что его били.", "Бакыт"), ("Надежда сказала, что жалоба осталась без ответа.", "Надежда"),
    ]
}
