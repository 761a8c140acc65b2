@testable import TamgaCore

/// Dates of birth in figures and in words, in English, Russian and Kyrgyz,
/// with a birth word before or after.
extension IdentifierFormatGenerator {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
    static let englishShort = ["Jan.", "Feb", "Mar.", "Apr", "May", "Jun", "Jul.", "Aug", "Sept.", "Oct", "Nov.", "Dec"]
    static let russianMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                                "октября", "ноября", "декабря"]
    /// Kyrgyz: the Russian-derived names (inflected) and the Kyrgyz ones.
    static let kyrgyzMonths = ["январында", "февралда", "мартта", "апрелинде", "майында", "июнунда", "июлунда", "августунда",
                               "сентябрында", "октябрда", "ноябрда", "декабрда"]
    static let kyrgyzNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                                   "октябрь", "ноябрь", "декабрь"]
    static let kyrgyzNames = ["үчтүн айынын", "бирдин айынын", "жалган куранынын", "чын куранынын", "бугунун", "кулжанын",
                              "текенин", "баш оонанын", "аяк оонанын", "тогуздун айынын", "жетинин айынын", "бештин айынын"]

    mutating func cased(_ word: String) -> String {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: word.uppercased()
        case 1: word.prefix(1).uppercased() + word.dropFirst()
        default: word
        }
    }

    mutating func birthDate(words: Bool) -> Sample {
        let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 1...12, using: &random)
        let year = Int.random(in: 1950...2008, using: &random)
        let language = Int.random(in: 0..<3, using: &random)
        let date: String
        if words {
            switch language {
            case 0:
                let name = chance(70) ? Self.englishMonths[month - 1] : Self.englishShort[month - 1]
                date = pick(["\(day) \(cased(name)) \(year)", "\(cased(name)) \(day), \(year)", "\(cased(name)) \(day) \(year)",
                             "\(day)\(day == 1 ? "st" : day == 2 ? "nd" : day == 3 ? "rd" : "th") of \(name) \(year)"])
            case 1:
                date = pick(["\(day) \(cased(Self.russianMonths[month - 1])) \(year) года", "\(day) \(Self.russianMonths[month - 1]) \(year) г.",
                             "\(day) \(Self.russianMonths[month - 1]) \(year)"])
            default:
                date = pick(["\(year)-жылдын \(day)-\(Self.kyrgyzMonths[month - 1])", "\(year)-жылы \(day)-\(Self.kyrgyzMonths[month - 1])",
                             "\(day)-\(Self.kyrgyzNominative[month - 1]) \(year)", "\(day)-\(Self.kyrgyzNominative[month - 1])",
                             "\(year)-ж. \(day)-\(Self.kyrgyzMonths[month - 1])",
                             "\(year)-жылы \(Self.kyrgyzNames[month - 1]) \(day)-күнү", "\(year) жылдын \(day) \(Self.kyrgyzMonths[month - 1])"])
            }
        } else {
            let separator = pick([".", ".", "/", "-", dash()])
            let shortYear = two(year % 100)
            date = pick(["\(two(day))\(separator)\(two(month))\(separator)\(year)", "\(day)\(separator)\(month)\(separator)\(year)",
                         "\(year)-\(two(month))-\(two(day))", "\(two(day)).\(two(month)).\(shortYear)", "\(day)/\(month)/\(shortYear)",
                         "\(year).\(two(month)).\(two(day))"])
        }
        let (label, after) = context(language: language, year: false)
        return sample(words ? "birth date (words)" : "birth date (figures)", .birthDate, label: label, date, after: after)
    }

    /// A bare year with a birth word right next to it.
    mutating func birthYear() -> Sample {
        let year = "\(Int.random(in: 1950...2008, using: &random))"
        let (label, after) = context(language: Int.random(in: 0..<3, using: &random), year: true)
        return sample("birth year", .birthDate, label: label, year, after: after)
    }

    /// A birth word before (label) or after the date, in `language`.
    mutating func context(language: Int, year: Bool) -> (String, String) {
        let before: [String], after: [String]
        switch (language, year) {
        case (0, false):
            before = ["born on ", "born ", "Born: ", "date of birth: ", "Date of Birth - ", "DOB ", "DOB: ", "D.O.B. ", "b. ",
                      "birthday ", "was born on the "]
            after = [" (DOB)", " (date of birth)", " (born)"]
        case (0, true): before = ["born in ", "born ", "year of birth: ", "b. ", "born in Osh in "]; after = [" (year of birth)"]
        case (1, false):
            before = ["родился ", "родилась ", "дата рождения: ", "Дата рождения ", "д.р. ", "д/р ", "Д.Р.: ", "дата рожд. "]
            after = [" г.р.", " года рождения", " г. р.", " г.р"]
        case (1, true): before = ["год рождения: ", "родился в ", "г.р. "]; after = [" г.р.", " года рождения", "г.р.", " г. р."]
        case (_, false): before = ["туулган күнү: ", "туулган датасы ", "төрөлгөн күнү ", "т.к. "]; after = [" туулган", " төрөлгөн", " туулган."]
        default: before = ["туулган жылы ", "т.ж. "]; after = ["-жылы туулган", " жылы туулган", "-жылы төрөлгөн", " ж. туулган", " ж.т."]
        }
        return chance(50) ? (pick(before), "") : ("", pick(after))
    }
}
