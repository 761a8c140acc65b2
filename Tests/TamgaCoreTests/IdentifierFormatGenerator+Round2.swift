@testable import TamgaCore

/// The identifier formats of the issue-15 red-team round 2 (class 5), each
/// as a family with random separators, labels, digit scripts and markup:
/// foreign passports (a letter and eight digits), birth certificates
/// (`I-АН № 123456`), document numbers grouped by dots, personal numbers
/// split over table cells, dates of birth in a table column headed by a
/// birth word, beside an age, or cut by inline markup, letter-spaced
/// phones, identifiers in other digit scripts, and phones in number words.
extension IdentifierFormatGenerator {
    static let round2Formats = ["foreign passport", "birth certificate", "document number with dots", "personal number across cells",
                                "birth date in a table column", "birth date beside an age", "birth date with markup",
                                "letter-spaced phone", "other digit scripts", "phone in number words"]

    mutating func round2Sample(_ format: String) -> Sample {
        switch format {
        case "foreign passport": return foreignPassport()
        case "birth certificate": return birthCertificate()
        case "document number with dots": return dottedNumber()
        case "personal number across cells": return personalNumberAcrossCells()
        case "birth date in a table column": return birthColumn()
        case "birth date beside an age": return besideAge()
        case "birth date with markup": return markedUpDate()
        case "letter-spaced phone": return letterSpacedPhone()
        case "other digit scripts": return otherScript()
        default: return spokenPhone()
        }
    }

    /// A sample from text whose protected digits are marked `⟦…⟧`, not framed.
    func marked(_ format: String, _ kind: DetectorKind, _ text: String) -> Sample {
        var clean = ""
        var offsets: [Range<Int>] = []
        var open: Int?
        for character in text {
            if character == "⟦" { open = clean.utf8.count; continue }
            if character == "⟧", let start = open { offsets.append(start..<clean.utf8.count); open = nil; continue }
            clean.append(character)
        }
        let utf8 = clean.utf8
        let ranges = offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
        return Sample(format: format, kind: kind, text: clean, digits: ranges)
    }

    /// `N12345678`, `Passport No. N12345678`, `паспорт K 12345678`.
    mutating func foreignPassport() -> Sample {
        let letter = pick(["N", "K", "P", "C", "FA", "AA", "Н", "К"])
        let touching = letter.count == 1 && chance(60)
        let gap = touching ? "" : pick([" ", " № ", "-", "\u{A0}", ": "])
        let label = touching && chance(40) ? "" : pick(["Passport No. ", "passport ", "паспорт ", "паспорт серии ", "ID ", "паспорту: "])
        let body = letter.count == 2 && gap.isEmpty ? letter + " " + digits(8) : letter + gap + digits(8)
        return sample("foreign passport", .documentNumber, label: label, body)
    }

    /// `Свидетельство о рождении I-АН № 123456`, `II-ТП 654321`.
    mutating func birthCertificate() -> Sample {
        let numeral = pick(["I", "II", "III", "IV", "V", "І", "ІІ", "X"])
        let series = pick(["АН", "ТП", "ЖА", "КН", "AN", "ЛО", "ЕР"])
        let label = pick(["Свидетельство о рождении ", "свидетельство о рождении серии ", "birth certificate ", "туулгандыгы жөнүндө күбөлүк ", ""])
        return sample("birth certificate", .documentNumber, label: label, numeral + dash() + series + pick([" № ", " ", "№", " #", " №\u{A0}"]) + digits(6))
    }

    /// `ID 234.56.78`, `паспорт 123.45.67`, `№ 12.345.67`.
    mutating func dottedNumber() -> Sample {
        let label = pick(["ID ", "ID: ", "паспорт ", "passport ", "удостоверение ", "ID-карта № "])
        return sample("document number with dots", .documentNumber, label: label,
                      grouped(digits(7), sizes: pick([[3, 2, 2], [2, 3, 2], [3, 4], [4, 3], [2, 2, 3]])) { _ in "." })
    }

    /// A personal number split over two or three adjacent cells.
    mutating func personalNumberAcrossCells() -> Sample {
        let pin = "\(number(1...2))" + two(number(1...28)) + two(number(1...12)) + "\(number(1940...2008))" + digits(5)
        let cut = number(3...11)
        let pad = pick([" ", "  ", " ", "\u{A0}"])
        let cells = "| ⟦" + pin.prefix(cut) + "⟧" + pad + "| ⟦" + pin.dropFirst(cut) + "⟧ |"
        let header = pick(["| PIN part 1 | part 2 |", "| ПИН | |", "| Number | cont. |", "| A | B |"])
        return marked("personal number across cells", .personalNumber, header + "\n|---|---|\n" + cells)
    }

    /// A date in any row of a column whose header is a birth word.
    mutating func birthColumn() -> Sample {
        let header = pick(["Born", "Date of birth", "DOB", "Дата рожд.", "Дата рождения", "Год рождения", "Туулган", "Туулган күнү",
                           "Туулган жылы", "д.р."])
        let columns = number(2...4)
        let at = number(0...(columns - 1))
        let rows = number(1...4)
        let row = number(0...(rows - 1))
        var names = (0..<columns).map { pick(["Name", "Cell", "Камера", "Ф.И.О.", "Статья", "Аты-жөнү"]) + ($0 == 0 ? "" : " \($0)") }
        names[at] = header
        var text = "| " + names.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns) + "\n"
        for index in 0..<rows {
            var cells = (0..<columns).map { _ in pick(["A.", "5", "Д. А.", "ст. 305", "12"]) }
            if index == row || chance(30) {
                let day = two(number(1...28)), month = two(number(1...12)), year = "\(number(1950...2008))"
                cells[at] = pick(["⟦\(day)⟧.⟦\(month)⟧.⟦\(year)⟧", "⟦\(year)⟧-⟦\(month)⟧-⟦\(day)⟧", "⟦\(day)⟧/⟦\(month)⟧/⟦\(year)⟧",
                                  "⟦\(number(1...28))⟧ \(Self.englishMonths[number(0...11)]) ⟦\(year)⟧"])
            }
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return marked("birth date in a table column", .birthDate, text)
    }

    /// `A man (23, 02.03.91) said`, `(23 года, 02.03.1991)`.
    mutating func besideAge() -> Sample {
        let day = two(number(1...28)), month = two(number(1...12)), year = number(1950...2008)
        let age = "\(number(16...70))" + pick(["", "", " years", " лет", " года", " жаш", " y.o."])
        let date = pick(["⟦\(day)⟧.⟦\(month)⟧.⟦\(year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)")⟧", "⟦\(day)⟧.⟦\(month)⟧.⟦\(year)⟧",
                         "⟦\(day)⟧/⟦\(month)⟧/⟦\(year)⟧"])
        let frame = pick(["A man ({}) said he was beaten.", "Задержанный ({}) жаловался.", "Кармалган ({}) арыздануу берди.", "({})"])
        return marked("birth date beside an age", .birthDate, frame.replacingOccurrences(of: "{}", with: age + "," + pick([" ", "  ", "\u{A0}"]) + date))
    }

    /// A date of birth with inline markup inside it: `02.03.*1991*`,
    /// `~~02.03.~~1991`, `2^nd^ of March 1991`, `**02**.03.1991`.
    mutating func markedUpDate() -> Sample {
        let day = two(number(1...28)), month = two(number(1...12)), year = "\(number(1950...2008))"
        let mark = pick(["*", "**", "~~", "_", "`", "^"])
        let date = pick(["⟦\(day)⟧.⟦\(month)⟧.\(mark)⟦\(year)⟧\(mark)", "\(mark)⟦\(day)⟧.⟦\(month)⟧.\(mark)⟦\(year)⟧",
                         "\(mark)⟦\(day)⟧\(mark).⟦\(month)⟧.⟦\(year)⟧", "⟦\(Int(day)!)⟧^th^ of March ⟦\(year)⟧",
                         "⟦\(Int(day)!)⟧ \(mark)March\(mark) ⟦\(year)⟧"])
        let frame = pick(["He was born {}.", "He was born on the {}.", "Он родился {}.", "DOB: {}", "Ал {} туулган."])
        return marked("birth date with markup", .birthDate, frame.replacingOccurrences(of: "{}", with: date))
    }

    /// `0  5  5  5  1  2  3  4  5  6`: every digit apart by the same gap.
    mutating func letterSpacedPhone() -> Sample {
        let number = pick(["0555", "0700", "0312", "+996555", "8912"]) + digits(6)
        let gap = pick([" ", "  ", "   ", "\u{A0}", "\u{2009}", "\u{3000}"])
        let spaced = number.map { $0.isNumber ? "⟦\($0)⟧" : String($0) }.joined(separator: gap)
        let frame = pick(["Mother: {}.", "Апасы: {}", "{}", "Call {} after six."])
        return marked("letter-spaced phone", .phoneNumber, frame.replacingOccurrences(of: "{}", with: spaced))
    }

    /// Passports, phones and personal numbers in another script's digits
    /// (Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Fullwidth).
    mutating func otherScript() -> Sample {
        let zero = pick([0x660, 0x6F0, 0x966, 0x9E6, 0xFF10, 0x1D7CE])
        func script(_ text: String) -> String {
            String(text.unicodeScalars.map { scalar -> String in
                guard let digit = scalar.asciiDigit, let mapped = Unicode.Scalar(UInt32(zero + digit)) else { return String(scalar) }
                return "⟦" + String(mapped) + "⟧"
            }.joined())
        }
        switch number(0...2) {
        case 0: return marked("other digit scripts", .documentNumber, "Passport AN " + script(digits(7)) + " seized.")
        case 1: return marked("other digit scripts", .phoneNumber, "Tel. +" + script("996 555 " + digits(3) + " " + digits(3)))
        default:
            let pin = "2" + two(number(1...28)) + two(number(1...12)) + "\(number(1950...2008))" + digits(5)
            return marked("other digit scripts", .personalNumber, "ПИН " + script(pin))
        }
    }

    static let russianUnits = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
    static let russianTens = ["", "десять", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
    static let russianHundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]
    static let englishUnits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let kyrgyzUnits = ["нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"]

    /// A three-digit group (100–999, no zero tens) in Russian words.
    func russianGroup(_ value: Int) -> String {
        [Self.russianHundreds[value / 100], Self.russianTens[value / 10 % 10], value % 10 == 0 ? "" : Self.russianUnits[value % 10]]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `ноль пятьсот пятьдесят пять, сто двадцать три, …`, or digit by digit in Russian, English or Kyrgyz.
    mutating func spokenPhone() -> Sample {
        let label = pick(["Телефон матери: ", "тел. ", "Phone: ", "Апасынын телефону: ", "номер "])
        var groups: [Int] = []
        for _ in 0..<3 { var value = number(101...999); if value / 10 % 10 == 1 { value += 20 }; groups.append(value > 999 ? 989 : value) }
        if chance(50) {
            let words = ["ноль"] + groups.map(russianGroup)
            return marked("phone in number words", .phoneNumber, label + "⟦" + words.joined(separator: pick([" ", ", ", " - "])) + "⟧.")
        }
        let units = pick([Self.russianUnits, Self.englishUnits, Self.kyrgyzUnits])
        let digitsText = "0" + groups.map(String.init).joined()
        let words = digitsText.map { units[Int(String($0))!] }
        return marked("phone in number words", .phoneNumber, label + "⟦" + words.joined(separator: " ") + "⟧.")
    }
}
