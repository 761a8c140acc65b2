@testable import TamgaCore

/// The identifier classes of red-team round 7 (class "C: identifiers"),
/// each as a family with random values, spellings and frames in English,
/// Russian and Kyrgyz prose, table cells and list items:
///
/// - an e-mail address whose at sign is spaced or spoken without brackets
///   (`aidai1990 @ mail.ru`, `at`, `собака`, `эт`, `эт белгиси`, a spaced
///   fullwidth `＠`) and whose dots may be spoken too (`dot`, `точка`,
///   `тчк`, `чекит`, the ideographic `。`): C-056, C-057, C-058, C-104, C-059, C-064;
/// - an address broken by a soft line break next to its at sign (C-103);
/// - a phone dictated half in figures, half in number words, in any of
///   the three languages (`ноль 555 сто двадцать три 456`, C-023).
///
/// Clean families: periods with two-digit years (`01.01.14–31.12.14`,
/// clean-032, clean-118), visit dates of institutions named after births
/// (`Родильное отделение … посещено 03.03.2014`, clean-041, clean-122),
/// toll-free service numbers (clean-066), and prose where `at`, `dot`,
/// `эт` (meat) and `собака` are words. Words are written here by hand, not
/// taken from the detectors' tables.
extension IdentifierFormatGenerator {
    static let round7Formats = ["e-mail with a spaced or spoken at sign", "e-mail broken at a line end", "phone half in figures, half in words"]

    static let round7Frames = [
        "Email: {}", "Write to {} please.", "Contact {}.", "почта: {}", "Её адрес {}, пишите туда.", "Электрондук почтасы: {}",
        "Апасынын почтасы {} деп жазылган.", "| Мать | {} |", "- {};", "1. Relative's address {}", "{}",
    ]

    mutating func round7Local() -> String {
        pick(["aidai", "bishkek.mama", "osh_family", "tuugandar", "semya", "kara.suu", "nurik", "apa"]) + "\(number(1...2009))"
    }

    /// A domain with its dot written, spaced or spoken; Cyrillic labels only with a Cyrillic dot word.
    mutating func round7Domain(plainDot: Bool = false) -> String {
        if !plainDot, chance(25) {
            let dot = pick([" точка ", " тчк ", " чекит ", " ТОЧКА "])
            return pick(["мейл", "гмейл", "яндекс", "mail", "gmail"]) + dot + pick(["ру", "ком", "кг", "ru", "com", "kg"])
        }
        let dot = plainDot ? "." : pick([".", ".", " dot ", " DOT ", " Dot ", "。", " . ", " точка ", " чекит "])
        let provider = pick(["mail", "gmail", "yandex", "inbox", "list", "bk", "yahoo", "outlook", "ombudsman", "kt", "mail.kg"])
        return provider.replacingOccurrences(of: ".", with: dot) + dot + pick(["ru", "com", "kg", "kz", "net", "org", "uz"])
    }

    mutating func round7Sample(_ format: String) -> Sample {
        switch format {
        case "e-mail with a spaced or spoken at sign":
            let at = pick([" @ ", "@ ", " @", " ＠ ", "＠ ", " at ", " AT ", " At ", " собака ", " СОБАКА ", " эт ", " эт белгиси ", "  @  "])
            let address = round7Local() + at + round7Domain()
            return marked(format, .emailAddress, pick(Self.round7Frames).replacingOccurrences(of: "{}", with: "⟦" + address + "⟧"))
        case "e-mail broken at a line end":
            let at = pick(["@\n", " @\n", "\n@", "\n@ ", "＠\n", " at\n", "\nat ", " собака\n"])
            let address = round7Local() + at + round7Domain(plainDot: chance(60))
            return marked(format, .emailAddress, pick(Self.round7Frames).replacingOccurrences(of: "{}", with: "⟦" + address + "⟧"))
        case "phone half in figures, half in words":
            return round7MixedPhone()
        default:
            fatalError("no format \(format)")
        }
    }

    /// A ten-digit national number (`0`, an operator or city code, six
    /// digits in groups), each group in figures or in words, at least one
    /// of each.
    mutating func round7MixedPhone() -> Sample {
        let groups = [pick(["0", "0"]), pick(["555", "700", "770", "312", "999", "550", "777"]), digits(3), digits(3)]
        var spoken = groups.map { _ in chance(50) }
        if !spoken.contains(true) { spoken[number(0...3)] = true }
        if !spoken.contains(false) { spoken[number(0...3)] = false }
        let language = number(0...2)
        let parts = zip(groups, spoken).map { group, inWords in inWords ? words(group, language: language) : group }
        let separator = pick([" ", " ", ", ", " - "])
        let frame = pick(["Номер: {}", "Телефон матери: {}", "Phone: {}", "Call {} after six.", "Апасынын телефону: {}", "{}",
                          "| Тел. | {} |", "- брат: {}", "Звоните {}.", "Мать продиктовала {}, просила перезвонить."])
        return marked("phone half in figures, half in words", .phoneNumber,
                      frame.replacingOccurrences(of: "{}", with: "⟦" + parts.joined(separator: separator) + "⟧"))
    }

    static let russianTeens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                               "семнадцать", "восемнадцать", "девятнадцать"]

    /// `group` spoken digit by digit, or in Russian as one number (`сто двадцать три`, leading zeros as `ноль`).
    mutating func words(_ group: String, language: Int) -> String {
        let figures = group.compactMap(\.wholeNumberValue)
        let units = [Self.russianUnits, Self.englishUnits, Self.kyrgyzUnits][language]
        guard language == 0, chance(70), let value = Int(group), value > 0 else { return figures.map { units[$0] }.joined(separator: " ") }
        var words = figures.prefix { $0 == 0 }.map { _ in "ноль" }
        let hundreds = value / 100, rest = value % 100
        if hundreds > 0 { words.append(Self.russianHundreds[hundreds]) }
        if rest >= 20 {
            words.append(Self.russianTens[rest / 10])
            if rest % 10 > 0 { words.append(Self.russianUnits[rest % 10]) }
        } else if rest >= 10 {
            words.append(Self.russianTeens[rest - 10])
        } else if rest > 0 {
            words.append(Self.russianUnits[rest])
        }
        return words.joined(separator: " ")
    }

    /// A period with two-digit years, in every dash and spacing.
    mutating func round7CleanPeriod() -> String {
        let d1 = two(number(1...28)), m1 = two(number(1...12)), d2 = two(number(1...28)), m2 = two(number(1...12))
        let y1 = two(number(10...25)), y2 = two(number(10...26))
        let dot = pick([".", ".", "/"])
        let dash = pick(["–", "-", " – ", " - ", "—", " — ", "‒", "−", " по ", " to "])
        let period = "\(d1)\(dot)\(m1)\(dot)\(y1)\(dash)\(d2)\(dot)\(m2)\(dot)\(y2)"
        return pick(["Период: {}.", "Отчётный период {} (включительно).", "Period: {}.", "Мезгил: {}", "| Период | {} |",
                     "за период {} посещено 12 учреждений", "- {}: 4 посещения"]).replacingOccurrences(of: "{}", with: period)
    }

    static let birthInstitutionFrames = [
        "Родильное отделение больницы № 2 посещено {}.", "The civil birth registry was visited on {}.",
        "Родильный дом № 1 был проверен {}.", "The maternity and birth unit was inspected on {}.",
        "Отдел регистрации рождения посещён {}.", "Родильное отделение осмотрено {} в 10:00.",
        "The birth registration office was visited {}.", "Родильный дом посетили {}.", "A birth certificate office was checked on {}.",
        "Рождественский пост начался {}.", "Төрөт үйү {} текшерилди.", "The birthing centre, visited on {}, had 12 beds.",
        "Родильное отделение: посещение {}.",
    ]

    mutating func round7CleanBirthInstitution() -> String {
        pick(Self.birthInstitutionFrames).replacingOccurrences(of: "{}", with: visitDate())
    }

    /// Prose where `at`, `dot`, `собака`, `эт` (meat) and `точка` are words, and toll-free numbers.
    static let round7CleanProse = [
        "We met at the station. Dot the i's and cross the t's.", "Look at ombudsman.kg for the report.",
        "The report is published at www.ombudsman.kg.", "He arrived at 10:00 at the IVS.", "Тамакка эт жана нан берилет.",
        "Эт 200 грамм, нан 300 грамм.", "Собака лаяла всю ночь, точка.", "Staff at mail.ru offices were asked.",
        "Мы написали на почту омбудсмена.", "Write to info@ombudsman.kg.", "Visit at 14:00 at gsin.gov.kg.",
        "The report is available at npm.kg and at ombudsman.kg.", "Горячая линия: 0 800 800 800 (бесплатно).",
        "Hotline: 0800 800 800, free of charge.", "Ишеним телефону: 0 800 800 800.", "Call the toll-free line 0 800 600 600.",
        "Эт эт, эт белгиси эмес.", "A dot at the end of the line.", "The guard sat at the door, a dog at his feet.",
        "Камера 14 — точка отсчёта, собака у входа.", "at least 5 at most 10", "Officers at gov.kg were informed.",
    ]
}
