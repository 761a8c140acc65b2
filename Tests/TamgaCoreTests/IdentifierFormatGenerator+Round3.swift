@testable import TamgaCore

/// The identifier formats of red-team round 3 (class R3-8), each as a
/// family with random labels, separators and values: Russian internal
/// passports (`серия 45 09 № 123456`), dates of birth in ordinal words
/// (English, Russian, Kyrgyz), compact dates of birth after a birth word
/// (`DOB 19910302`, `Дата рождения 02031991`), and six-digit city phones
/// after a phone word or in three dashed pairs (`62-50-15`).
extension IdentifierFormatGenerator {
    static let round3Formats = ["internal passport", "birth date in ordinal words", "compact birth date", "six-digit city phone"]

    mutating func round3Sample(_ format: String) -> Sample {
        switch format {
        case "internal passport":
            let label = pick(["Паспорт серия ", "паспорт серии ", "Паспорт: серия ", "passport series ", "Паспорт ", "серия "])
            let series = chance(70) ? digits(2).replacingOccurrences(of: "0", with: "4") + pick([" ", "-"]) + two(number(0...25)) : "45" + two(number(0...25))
            return marked(format, .documentNumber, label + "⟦" + series + pick([" № ", " №", " N ", " No ", " ", " №\u{A0}"]) + digits(6) + "⟧" + pick([".", ", выдан ОВД", ""]))
        case "birth date in ordinal words":
            let english = ["first", "second", "third", "fourth", "ninth", "twelfth", "twentieth", "twenty-first", "thirtieth"]
            let russian = ["первого", "второго", "третьего", "двенадцатого", "двадцать первого", "тридцатого"]
            let kyrgyz = ["биринчи", "экинчи", "үчүнчү", "онунчу"]
            let year = "\(number(1950...2006))"
            switch number(0...2) {
            case 0:
                let month = pick(["March", "January", "October", "December"])
                return marked(format, .birthDate, pick(["He was born on the ", "born the ", "DOB: the "]) + "⟦" + pick(english) + " of " + month
                              + pick([", ", " "]) + year + "⟧" + pick([".", " in Osh."]))
            case 1:
                return marked(format, .birthDate, pick(["Родился ", "родилась ", "Дата рождения: "]) + "⟦" + pick(russian) + " "
                              + pick(["марта", "января", "октября"]) + " " + year + "⟧" + pick([" года.", " г."]))
            default:
                return marked(format, .birthDate, pick(["Туулган: ", "Туулган күнү "]) + "⟦" + pick(kyrgyz) + " " + pick(["март", "январь", "октябрь"])
                              + " " + year + "⟧" + pick([".", "-жыл."]))
            }
        case "compact birth date":
            let year = "\(number(1950...2006))", month = two(number(1...12)), day = two(number(1...28))
            let value = chance(50) ? year + month + day : day + month + year
            let label = pick(["DOB ", "DOB: ", "D.O.B. ", "Date of birth ", "Дата рождения ", "дата рождения: ", "д.р. ", "Туулган: ", "born "])
            return marked(format, .birthDate, label + "⟦" + value + "⟧" + pick([", cell 3.", ".", ""]))
        default:
            let local = "\(number(2...6))\(number(0...9))-\(two(number(13...99)))-\(two(number(32...99)))"
            let label = pick(["Домашний: ", "домашний тел. ", "Home: ", "landline ", "", "", "Мать: "])
            return marked(format, .phoneNumber, label + "⟦" + local + "⟧" + pick([" (Бишкек)", ".", ""]))
        }
    }

    /// Report text near the round's rules that holds no identifier.
    mutating func round3CleanLine() -> String {
        let year = number(2010...2026), day = two(number(1...28)), month = two(number(1...12))
        switch number(0...7) {
        case 0: return "Account \(digits(8)) was credited on \(day).\(month).\(year)."
        case 1: return "Case 2019\(month)\(day) was heard; order \(day)\(month)\(year)."
        case 2: return "Visit on the second of March, \(year): cells 12–14 inspected."
        case 3: return "Score \(two(number(10...31)))-\(month)-\(two(number(10...31))) and \(day)-\(month)-\(year % 100)."
        case 4: return "Серия \(number(1...9)) эпизодов, № \(number(1...99))."
        case 5: return "Pages \(number(10...40))-\(number(41...99)); items \(number(1...9))-\(number(1...9))-\(number(1...9))."
        case 6: return "The second inspection was on \(day).\(month).\(year); the third of its kind."
        default: return "Дата визита \(year)\(month)\(day), камера \(number(1...30))."
        }
    }
}
