@testable import TamgaCore

/// The identifier classes of red-team round 4 (issue 15, class "C:
/// identifiers"), each as a family with random words, separators and
/// values in English, Russian and Kyrgyz: a phone after a messenger, a
/// call verb or a Kyrgyz possessive (`вацап`, `Viber`, `звоните`, `номуру`,
/// `чалгыла`), nine digits without the leading 0; keycap digits; dates of
/// birth after an abbreviated birth word (`род.`, `туул.`), a two-digit
/// year before `г.р.` and a Roman month with a two-digit year
/// (`2/III-91`); a partly masked PIN; a document number after a compound
/// label (`загранпаспорт`, `ИД-карта`, `жеке күбөлүгү`). The words are
/// written out here by hand, not taken from the detectors' tables.
extension IdentifierFormatGenerator {
    static let round4Formats = [
        "phone after a messenger", "phone after a call verb", "phone after a Kyrgyz number word", "phone in keycap digits",
        "phone extension", "birth date after an abbreviation", "two-digit year before г.р.", "Roman month and two-digit year",
        "masked personal number", "document number after a compound label",
    ]

    static let keycap = "\u{FE0F}\u{20E3}"

    /// Nine digits of a mobile without its 0 (`555 123 456`), grouped at random.
    mutating func nineDigits() -> String {
        let number = pick(["555", "700", "770", "990", "312", "222", "509"]) + digits(6)
        let separator = pick([" ", "-", "\u{A0}", ".", ""])
        return pick([
            grouped(number, sizes: [3, 3, 3]) { _ in separator }, grouped(number, sizes: [3, 2, 2, 2]) { _ in separator },
            grouped(number, sizes: [3, 6]) { _ in separator }, number,
        ])
    }

    mutating func round4Sample(_ format: String) -> Sample {
        switch format {
        case "phone after a messenger":
            let word = pick(["вацап", "вацапе", "Вацап:", "ватсап", "ватсапу", "вотсап", "WhatsApp", "Whatsapp", "Viber", "viber:",
                             "вайбер", "вайберу", "Вайбер:", "Telegram", "телеграм", "телеграме", "Телеграмм:", "Signal"])
            let frame = pick(["Мать на {w}: {n}.", "Mother's {w} {n}", "Апасынын {w} {n}.", "{w} {n}", "пишите в {w} {n}"])
            return marked(format, .phoneNumber, frame.replacingOccurrences(of: "{w}", with: word)
                          .replacingOccurrences(of: "{n}", with: "⟦" + nineDigits() + "⟧"))
        case "phone after a call verb":
            let word = pick(["звоните на", "Звоните", "позвоните по", "звонить на", "перезвоните на", "наберите", "call", "call me on",
                             "Call", "чалгыла", "Чалгыла:", "чалыңыз", "чалып", "дозвониться на"])
            return marked(format, .phoneNumber, pick(["Сестра просила: ", "", "Please ", "Эжеси: "]) + word + " ⟦" + nineDigits() + "⟧"
                          + pick([".", "", " (вечером)", " кечинде."]))
        case "phone after a Kyrgyz number word":
            let word = pick(["номуру", "номуру:", "номурун", "номери", "номерин", "телефону", "телефонунун номери", "телефон номуру",
                             "байланыш телефону", "уюлдук телефону"])
            return marked(format, .phoneNumber, pick(["Апасынын ", "Атасынын ", "", "Анын "]) + word + " ⟦" + nineDigits() + "⟧"
                          + pick([".", "", " экен."]))
        case "phone in keycap digits":
            let number = pick(["0555", "0700", "0312"]) + digits(6)
            // One mark around the run: a closing mark after a keycap would join its grapheme.
            let keys = "⟦" + number.map { "\($0)" + Self.keycap }.joined() + "⟧"
            return marked(format, .phoneNumber, pick(["Номер матери: ", "Mother: ", "Апасы: ", "", "WhatsApp "]) + keys + pick([".", ""]))
        case "phone extension":
            let hotline = pick(["+996 312 62 50 15", "0312 62-50-15", "(0312) 625015"])
            return marked(format, .phoneNumber, pick(["Горячая линия ", "Hotline ", "Ишеним телефону "]) + hotline
                          + pick([", доб. ", " доб. ", ", ext. ", " ext ", ", добавочный ", ", кошумча "]) + "⟦" + digits(1).replacingOccurrences(of: "0", with: "5") + digits(5) + "⟧" + pick([".", " (мобильный).", ""]))
        case "birth date after an abbreviation":
            let word = pick(["род.", "Род.", "рожд.", "Туул.", "туул.", "төр.", "р-ся", "род-ся", "b-day:", "Bday", "d/o/b"])
            let day = two(number(1...28)), month = two(number(1...12)), year = "\(number(1950...2006))"
            let date = pick(["⟦\(day)⟧.⟦\(month)⟧.⟦\(year)⟧", "⟦\(day)⟧/⟦\(month)⟧/⟦\(year)⟧", "⟦\(year)⟧-⟦\(month)⟧-⟦\(day)⟧",
                             "⟦\(Int(day)!)⟧ марта ⟦\(year)⟧"])
            return marked(format, .birthDate, pick(["Кузнецов А., ", "", "Асанов Б. ", "Name: X, "]) + word + " " + date
                          + pick([", камера 3.", ".", " 3-камера.", ""]))
        case "two-digit year before г.р.":
            let year = two(number(50...99))
            let frame = pick(["Кузнецов А. ({y} г.р.) жаловался.", "{y} г.р., камера 3", "Асанов, {y}г.р.", "задержанный {y} г. р.",
                              "({y} г/р)", "Кармалган ({y} ж.т.)"])
            return marked(format, .birthDate, frame.replacingOccurrences(of: "{y}", with: "⟦\(year)⟧"))
        case "Roman month and two-digit year":
            let roman = pick(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "iii", "xi"])
            let first = pick(["/", ".", "-"]), second = pick(["/", ".", "-", "\u{2013}"])
            let date = "⟦\(number(1...28))⟧" + first + roman + second + "⟦\(two(number(40...99)))⟧"
            return marked(format, .birthDate, pick(["д.р. ", "Кузнецов А., д.р. ", "род. ", "DOB ", "туулган ", "г.р. "]) + date
                          + pick([".", ", камера 3.", ""]))
        case "masked personal number":
            let sex = pick(["1", "2"]), date = two(number(1...28)) + two(number(1...12)) + "\(number(1950...2006))"
            let shown = sex + date + digits(number(0...3))
            let mask = String(repeating: pick(["*", "x", "X", "•", "#", "х"]), count: 14 - shown.count)
            let label = pick(["ПИН: ", "ПИН ", "PIN: ", "ИНН ", "personal number ", "Жеке номери: ", "ПИН-код "])
            return marked(format, .personalNumber, label + "⟦" + shown + "⟧" + mask + pick([".", "", " (маска)"]))
        default:
            let label = pick(["Его загранпаспорт ", "загранпаспорт № ", "загран. паспорт ", "Загранпаспорта ", "ИД-карта ",
                              "ИД карта № ", "ID-карта ", "Анын жеке күбөлүгү ", "жеке күбөлүк № ", "Жеке күбөлүгүнүн номери ",
                              "паспортунун номери "])
            let series = chance(40) ? pick(["75 ", "AN ", "ID", "АС "]) : ""
            return marked(format, .documentNumber, label + series + "⟦" + digits(7) + "⟧" + pick([" изъят.", ".", "", " алынган."]))
        }
    }

    /// Report text near the round's rules that holds no identifier:
    /// ordinary numbers, dates of events, counts, article numbers, a law's
    /// date after a birth word, an organisation's INN, short extensions.
    mutating func round4CleanLine() -> String {
        let year = number(2010...2026), day = two(number(1...28)), month = two(number(1...12))
        switch number(0...11) {
        case 0: return "Закон о регистрации рождения от \(day).\(month).\(year) применяется."
        case 1: return "ИНН учреждения 0\(day)\(month)\(year)1\(digits(4))."
        case 2: return "Приёмная омбудсмена, доб. \(number(10...9999))."
        case 3: return "Звонков за \(year) год: \(number(1...300)); статья \(number(100...399))."
        case 4: return "Visit on \(day).\(month).\(year), \(number(5...40)) detainees, Article \(number(100...399)) applies."
        case 5: return "Камерада \(number(2...20)) адам, \(day).\(month).\(year) текшерилди."
        case 6: return "Call the Ombudsman's office in \(year); \(number(2...9)) calls were logged."
        case 7: return "Род деятельности: \(number(2...9)) направлений, \(year) год."
        case 8: return "Приказ № \(number(10...999)) от \(day).\(month).\(year), п. \(number(1...20))."
        case 9: return "В \(year) году \(number(10...99)) г. осмотрено \(number(2...9)) ИВС."
        case 10: return "Viber-чат группы мониторинга создан \(day).\(month).\(year)."
        default: return "Items \(number(10...99))x\(number(2...9)); sum \(number(1000...9999)) сом."
        }
    }
}
