/// Identifiers as monitors and families write them (issue 15, class 5):
/// each generator returns the sentence to plant and the identifier's
/// digits, which must not be readable in the export. Separators, labels,
/// case and language vary at random.
struct RedTeamIdentifiers {
    var random: SeededGenerator

    private mutating func digits(_ count: Int, first: ClosedRange<Int> = 0...9) -> String {
        String(Int.random(in: first, using: &random)) + (1..<count).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
    }

    private mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }

    /// Digits split into groups by the sizes given, joined by one separator.
    private func grouped(_ digits: String, _ sizes: [Int], separator: String) -> String {
        var groups: [String] = []
        var rest = Substring(digits)
        for size in sizes { groups.append(String(rest.prefix(size))); rest = rest.dropFirst(size) }
        if !rest.isEmpty { groups.append(String(rest)) }
        return groups.joined(separator: separator)
    }

    static let dashes = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    mutating func passport() -> (form: String, sentence: String, digits: String) {
        let number = digits(7)
        let series = pick(["AN", "ID", "AC", "AR"])
        let (form, written): (String, String) = switch Int.random(in: 0..<7, using: &random) {
        case 0: ("passport series word", "серии \(series) № \(number)")
        case 1: ("passport grouped", "\(series) \(grouped(number, [3, 2, 2], separator: " "))")
        case 2: ("passport lower case", series.lowercased() + number)
        case 3: ("passport label colon", "ID: \(number)")
        case 4: ("passport hyphen", "\(series)-\(number)")
        case 5: ("passport Cyrillic letters", "АН \(number)")
        default: ("passport number sign", "\(series) №\(number)")
        }
        let sentence = pick([
            "His passport \(written) was kept by the duty officer.", "Паспорт \(written) изъят при задержании.",
            "Паспорту \(written) кезметчиде калган.", "The family sent a copy of the passport (\(written)).",
        ])
        return (form, sentence, number)
    }

    mutating func personalNumber() -> (form: String, sentence: String, digits: String) {
        let number = String(Int.random(in: 1...2, using: &random)) + String(format: "%02d%02d%04d", Int.random(in: 1...28, using: &random),
                                                                                 Int.random(in: 1...12, using: &random), Int.random(in: 1960...2005, using: &random)) + digits(5)
        let (form, written): (String, String) = switch Int.random(in: 0..<5, using: &random) {
        case 0: ("PIN spaced 1-4-4-5", grouped(number, [1, 4, 4], separator: " "))
        case 1: ("PIN dashed", grouped(number, [5, 4], separator: pick(Self.dashes)))
        case 2: ("PIN dotted", grouped(number, [1, 4, 4], separator: "."))
        case 3: ("PIN no-break spaces", grouped(number, [1, 4, 4], separator: "\u{A0}"))
        default: ("PIN plain", number)
        }
        let sentence = pick(["ПИН \(written) указан в протоколе.", "PIN: \(written).", "ИНН \(written), по данным семьи.",
                             "Жеке номери \(written) протоколдо жазылган."])
        return (form, sentence, number)
    }

    mutating func phone() -> (form: String, sentence: String, digits: String) {
        let operatorCode = pick(["555", "700", "772", "502", "990", "221"])
        let local = digits(6)
        let full = "996" + operatorCode + local
        let (form, written, protectedDigits): (String, String, String) = switch Int.random(in: 0..<9, using: &random) {
        case 0: ("phone dots", "+996.\(operatorCode).\(grouped(local, [3], separator: "."))", full)
        case 1: ("phone slashes", "0\(operatorCode)/\(grouped(local, [3], separator: "/"))", "0" + operatorCode + local)
        case 2: ("phone dashes of every kind", "+996 \(operatorCode)\(pick(Self.dashes))\(grouped(local, [2, 2], separator: pick(Self.dashes)))", full)
        case 3: ("phone 00996", "00996 \(operatorCode) \(grouped(local, [3], separator: " "))", full)
        case 4: ("phone six-digit local", "тел. \(grouped(local, [2, 2], separator: "-"))", local)
        case 5: ("phone six-digit plain", "tel. \(local)", local)
        case 6: ("phone 8 prefix", "8 (\(operatorCode)) \(grouped(local, [3], separator: "-"))", "8" + operatorCode + local)
        case 7: ("phone no-break spaces", "+996\u{A0}\(operatorCode)\u{A0}\(grouped(local, [3], separator: "\u{202F}"))", full)
        default: ("phone international plain", "+996\(operatorCode)\(local)", full)
        }
        let sentence = pick(["His mother can be reached on \(written).", "Телефон матери: \(written).", "Апасынын телефону \(written).",
                             "Call \(written) for the family."])
        return (form, sentence, protectedDigits)
    }

    /// A phone split over two cells of a table row.
    mutating func phoneInTable() -> (form: String, sentence: String, digits: String) {
        let operatorCode = pick(["555", "700", "772"])
        let local = digits(6)
        return ("phone split across table cells", "| Contact | +996 \(operatorCode) | \(grouped(local, [3], separator: " ")) |\n|---|---|---|\n| mother | | |",
                "996" + operatorCode + local)
    }

    static let months: [(en: String, ru: String, ky: String)] = [
        ("January", "января", "январында"), ("February", "февраля", "февралында"), ("March", "марта", "мартында"),
        ("April", "апреля", "апрелинде"), ("May", "мая", "майында"), ("June", "июня", "июнунда"), ("July", "июля", "июлунда"),
        ("August", "августа", "августунда"), ("September", "сентября", "сентябрында"), ("October", "октября", "октябрында"),
        ("November", "ноября", "ноябрында"), ("December", "декабря", "декабрында"),
    ]

    /// A date of birth; its protected text is the date as written.
    mutating func birthDate() -> (form: String, sentence: String, text: String) {
        let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 0..<12, using: &random)
        let year = Int.random(in: 1960...2005, using: &random)
        let names = Self.months[month]
        let dotted = String(format: "%02d.%02d.%04d", day, month + 1, year)
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return ("DOB English words", "He was born on \(day) \(names.en) \(year) in Osh.", "\(day) \(names.en) \(year)")
        case 1: return ("DOB English month first", "Born \(names.en) \(day), \(year).", "\(names.en) \(day), \(year)")
        case 2: return ("DOB Russian words", "Родился \(day) \(names.ru) \(year) года в Оше.", "\(day) \(names.ru) \(year)")
        case 3: return ("DOB Kyrgyz words", "\(year)-жылдын \(day)-\(names.ky) туулган.", "\(year)-жылдын \(day)-\(names.ky)")
        case 4: return ("DOB д.р. shorthand", "Задержанный, д.р. \(dotted), жалоб не имеет.", dotted)
        case 5:
            let short = String(format: "%02d.%02d.%02d", day, month + 1, year % 100)
            return ("DOB b. two-digit year", "Detainee (b. \(short)) was interviewed.", short)
        case 6:
            let slashed = "\(day)/\(month + 1)/" + String(format: "%02d", year % 100)
            return ("DOB slashes", "DOB \(slashed), no complaints.", slashed)
        default: return ("DOB г.р. full date", "\(dotted) г.р., жалоб нет.", dotted)
        }
    }
}
