@testable import TamgaCore

/// The identifier classes of red-team round 6 (class "C: identifiers"),
/// each as a family with random values, separators and frames: a date of
/// birth after a birth word in German, French, Spanish, Turkish, Uzbek
/// (Latin with every apostrophe, and Cyrillic) and Kazakh; a phone inside
/// a link, percent-encoded (`tel:%2B996…`, `viber://chat?number=%2B996…`);
/// an e-mail address with its at sign and dots spelled (`[at]`, `[dot]`).
/// The clean family: periods written as two dates (`01.01.2014–31.12.2014`,
/// `2014-01-01/2014-12-31`) in every dash and spacing. Words are written
/// here by hand, not taken from the detectors' tables.
extension IdentifierFormatGenerator {
    static let round6Formats = ["birth word of another language", "phone percent-encoded in a link", "e-mail with spelled dots"]

    static let round6BirthFrames = [
        "Der Häftling (geb. {}) klagte.", "Geburtsdatum: {}", "Er wurde am {} geboren.", "geboren am {} in Osch",
        "Le détenu, né le {}, s'est plaint.", "Née le {} à Bichkek.", "Date de naissance : {}",
        "Nacido el {}.", "Nacida el {} en Osh.", "Fecha de nacimiento: {}",
        "Doğum tarihi: {}", "{} doğumlu tutuklu", "DOĞUM TARİHİ {}",
        "Tug'ilgan sana: {}", "Tugʻilgan sana: {}", "Tug’ilgan sanasi {}", "Tug‘ilgan: {}", "Туғилган санаси: {}",
        "Туған күні: {}.", "Туылған күні {}", "ТУҒАН КҮНІ: {}",
    ]

    mutating func round6Date() -> String {
        let day = two(number(1...28)), month = two(number(1...12)), year = "\(number(1950...2008))"
        let separator = pick([".", "/", "-", ".", "/"])
        if chance(20) { return "⟦\(year)⟧-⟦\(month)⟧-⟦\(day)⟧" }
        return "⟦\(day)⟧\(separator)⟦\(month)⟧\(separator)⟦\(year)⟧"
    }

    mutating func round6Sample(_ format: String) -> Sample {
        switch format {
        case "birth word of another language":
            let frame = pick(Self.round6BirthFrames).replacingOccurrences(of: ": ", with: pick([": ", ":\u{A0}", " : ", ": "]))
            return marked(format, .birthDate, frame.replacingOccurrences(of: "{}", with: round6Date()))
        case "phone percent-encoded in a link":
            let plus = pick(["%2B", "%2b", "+", "%2B"])
            let space = pick(["", "%20", "-", ""])
            let number = pick(["996" + space + "⟦555⟧" + space + "⟦\(digits(6))⟧", "7" + space + "⟦912⟧" + space + "⟦\(digits(7))⟧",
                               "998" + space + "⟦90⟧" + space + "⟦\(digits(7))⟧"])
            let link = pick(["[Call](tel:{})", "Viber: viber://chat?number={}", "<tel:{}>", "[WhatsApp](https://wa.me/{})",
                             "[Позвонить](tel:{})", "Телеграм: https://t.me/{}", "[Чалуу](tel:{} \"мать\")"])
            return marked(format, .phoneNumber, link.replacingOccurrences(of: "{}", with: plus + number))
        case "e-mail with spelled dots":
            let local = pick(["bishkek.mama", "kara.suu", "osh_family", "mama", "papa.osh", "tuugandar", "semya"]) + "\(number(1...99))"
            let at = pick([" [at] ", " (at) ", "(at)", " {at} ", "[at]", " (собака) "])
            let dot = pick([" [dot] ", " (dot) ", "[dot]", " (точка) ", "[.]", " {dot} "])
            let domain = pick(["gmail", "mail", "yandex", "inbox"]) + dot + pick(["com", "ru", "kg"])
            let frame = pick(["E-mail матери: {}", "Write to {} please.", "Почта: {}.", "- {}"])
            return marked(format, .emailAddress, frame.replacingOccurrences(of: "{}", with: "⟦" + local + at + domain + "⟧"))
        default:
            fatalError("no format \(format)")
        }
    }

    /// A period as two dates, in every dash and spacing, or an ISO interval.
    mutating func round6CleanPeriod() -> String {
        let from = number(2010...2025), to = number(2010...2026)
        let d1 = two(number(1...28)), m1 = two(number(1...12)), d2 = two(number(1...28)), m2 = two(number(1...12))
        let dash = pick(["–", "-", " – ", " - ", "—", " — ", "/", "‒", "−"])
        let period = chance(30) ? "\(from)-\(m1)-\(d1)\(pick(["/", "--", "/", "–"]))\(to)-\(m2)-\(d2)" : "\(d1).\(m1).\(from)\(dash)\(d2).\(m2).\(to)"
        let frame = pick(["Отчётный период: {}.", "Период: {}.", "Period: {}.", "Мезгил: {}", "| Период | {} |", "за период {} посещено 12 учреждений",
                          "Reporting period {} (inclusive)."])
        return frame.replacingOccurrences(of: "{}", with: period)
    }
}
