@testable import TamgaCore

/// The identifier formats of issue 15 (leak class 5), with random
/// separators, case, labels and surrounding sentences.
extension IdentifierFormatGenerator {
    static let formats = ["passport", "document label", "personal number", "phone", "local phone", "phone across cells",
                          "birth date (figures)", "birth date (words)", "birth year"]

    mutating func sample(_ format: String) -> Sample {
        switch format {
        case "passport": return passport()
        case "document label": return documentLabel()
        case "personal number": return personalNumber()
        case "phone": return phone()
        case "local phone": return localPhone()
        case "phone across cells": return phoneAcrossCells()
        case "birth date (figures)": return birthDate(words: false)
        case "birth date (words)": return birthDate(words: true)
        default: return birthYear()
        }
    }

    /// `AN1234567`, `серии AN № 1234567`, `AN 123 45 67`, `an1234567`,
    /// `паспорт AN-1234567`, `АН 1234567` (Cyrillic look-alikes).
    mutating func passport() -> Sample {
        var series = pick(["AN", "AC", "ID", "AK", "KG", "AB", "KN"])
        let lookAlike: [Character: String] = ["A": "А", "C": "С", "K": "К", "B": "В", "N": "Н"]
        let cyrillic = chance(30) && series.allSatisfy { lookAlike[$0] != nil }
        if cyrillic { series = series.map { lookAlike[$0] ?? String($0) }.joined() }
        let lower = chance(30)
        if lower { series = series.lowercased() }
        let gap = pick(["", "", " ", "-", dash(), " № ", "№", ": ", "\u{A0}", " ", "\n", " No. ", "#"])
        let sizes = pick([[7], [7], [3, 2, 2], [3, 4], [2, 2, 3], [4, 3]])
        let number = grouped(digits(7), sizes: sizes) { generator in generator.chance(50) ? generator.space() : generator.dash() }
        let joined = gap.isEmpty || (gap.count == 1 && gap.unicodeScalars.allSatisfy(DetectorScalars.isDash))
        let labels = ["паспорт ", "паспорт серии ", "серии ", "passport ", "Passport No. ", "ID-карта ", "паспорту: ",
                      "паспорттун номери ", "ПАСПОРТ "]
        let label = (lower && !joined) || chance(50) ? pick(labels) : ""
        return sample("passport", .documentNumber, label: label, series + gap + number)
    }

    /// A label and the digits alone: `ID: 2345678`, `№ 1234567`,
    /// `паспорт 123 45 67`, `паспорт 45 06 123456`.
    mutating func documentLabel() -> Sample {
        let label = pick(["ID: ", "ID ", "№ ", "№", "паспорт № ", "паспорт ", "passport ", "passport no. ", "паспорт серии ",
                          "удостоверение личности ", "ID-карта № ", "паспортунун номери: "])
        let number = chance(20)
            ? grouped(digits(10), sizes: [2, 2, 6]) { $0.space() }
            : grouped(digits(7), sizes: pick([[7], [3, 2, 2], [3, 4]])) { generator in generator.chance(50) ? generator.space() : generator.dash() }
        return sample("document label", .documentNumber, label: label, number)
    }

    /// 14 digits: a sex digit, the date of birth, five more; grouped any
    /// way (`2 0203 1991 00123`, `20203-1991-00123`) by spaces of any kind,
    /// dashes, dots or slashes.
    mutating func personalNumber() -> Sample {
        let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 1...12, using: &random)
        let year = Int.random(in: 1940...2008, using: &random)
        let number = "\(Int.random(in: 1...2, using: &random))" + two(day) + two(month) + "\(year)" + digits(5)
        let sizes = pick([[14], [1, 4, 4, 5], [5, 4, 5], [1, 8, 5], [1, 2, 2, 4, 5], [3, 3, 3, 3, 2]] + [nil, nil])
        let mixed = chance(30)
        let fixed = pick(Self.spaces + Self.dashes + [".", "/", " - ", " / "])
        let text = grouped(number, sizes: sizes) { generator in
            mixed ? generator.pick(Self.spaces + Self.dashes + [".", "/"]) : fixed
        }
        let label = chance(60) ? pick(["ПИН ", "ПИН: ", "ИНН ", "PIN ", "PIN: ", "жеке номери ", "персональный номер ", "ИНН - "]) : ""
        return sample("personal number", .personalNumber, label: label, text)
    }

    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// International and national numbers with any separators:
    /// `+996 555 123 456`, `00996 555 123456`, `0 (312) 62-12-34`, `8 (912) 345-67-89`.
    mutating func phone() -> Sample {
        let template = pick(["+996S###S###S###", "+996S(###)S##S##S##", "00996S###S######", "996#########", "0###S###S###",
                             "0###S######", "0S(###)S##S##S##", "8S(###)S###S##S##", "+7S###S###S##S##", "+996S###S##S##S##",
                             "+996S###S######", "(0###)S###S###", "8S###S###S##S##", "+996#########"])
        let separator = pick(Self.spaces + Self.dashes + [".", "/", " - ", " / ", "-"])
        let mixed = chance(25)
        var text = ""
        for character in template {
            switch character {
            case "#": text += digits(1)
            case "S": text += mixed ? pick(Self.spaces + Self.dashes + [".", "/"]) : separator
            default: text.append(character)
            }
        }
        let label = chance(40) ? pick(["тел. ", "tel. ", "phone: ", "моб. ", "телефон ", "телефону ", "Tel: ", "mobile "]) : ""
        return sample("phone", .phoneNumber, label: label, text)
    }

    /// Local and operator numbers after a phone word: `тел. 62-12-34`,
    /// `phone 621234`, `моб. 555 123 456`.
    mutating func localPhone() -> Sample {
        let label = pick(["тел. ", "тел.: ", "tel. ", "Tel: ", "phone ", "phone number ", "моб. ", "моб.тел. ", "телефон ",
                          "телефону: ", "номер ", "номери ", "телефон номери ", "mobile: ", "WhatsApp "])
        var number = pick(["##S##S##", "######", "#S##S##", "###S###S###", "###S##S##S##", "###S###"])
        number = String(number.map { $0 == "#" ? Character(digits(1)) : $0 })
        if number.hasPrefix("0") { number = "5" + number.dropFirst() }
        let separator = pick(Self.spaces + Self.dashes + [".", "/"])
        return sample("local phone", .phoneNumber, label: label, number.replacingOccurrences(of: "S", with: separator))
    }

    /// A number split over two table cells: `| +996 555 | 123 456 |`, `| 0555 | 123 456 |`.
    mutating func phoneAcrossCells() -> Sample {
        let number = pick(["+996 ### | ### ###", "+996 ### ### | ###", "+996 | ### ### ###", "00996 ### | ######",
                           "+7 ### | ### ## ##", "0555 | ### ###", "0### | ######", "996 ### | ### ###"])
        let text = String(number.map { $0 == "#" ? Character(digits(1)) : $0 })
        let label = pick(["| Contact | ", "| Телефон | ", "| ", "| Апасы | "])
        return sample("phone across cells", .phoneNumber, label: label, text, after: " |")
    }
}
