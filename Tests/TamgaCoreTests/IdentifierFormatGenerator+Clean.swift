@testable import TamgaCore

/// Ordinary report text with no identifier in it: visit dates and times,
/// counts, article, law and cell numbers, statistics tables (also a row of
/// zeros), years and periods, sums of money, percentages, page numbers, and
/// sentences where a birth word and a visit date are in different clauses.
extension IdentifierFormatGenerator {
    mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func visitDate() -> String {
        let day = number(1...28), month = number(1...12), year = number(2010...2026)
        switch number(0...5) {
        case 0: return "\(two(day)).\(two(month)).\(year)"
        case 1: return "\(year)-\(two(month))-\(two(day))"
        case 2: return "\(day) \(Self.englishMonths[month - 1]) \(year)"
        case 3: return "\(day) \(Self.russianMonths[month - 1]) \(year) года"
        case 4: return "\(year)-жылдын \(day)-\(Self.kyrgyzMonths[month - 1])"
        default: return "\(day)/\(month)/\(year)"
        }
    }

    mutating func time() -> String { "\(number(8...18)):\(pick(["00", "15", "30", "45"]))" }

    mutating func money() -> String {
        pick(["\(number(1...9)) \(number(100...999))", "\(number(10...99)) 000", "\(number(1...9)) \(number(100...999)) 000",
              "\(number(100...999))"]) + pick([" сом", " сомов", " som", " KGS", " рублей"])
    }

    mutating func tableRow(columns: Int) -> String {
        let zeros = chance(30)
        return "| " + (0..<columns).map { _ in zeros ? "0" : "\(pick([0, 0, 1, 2, 3, number(0...40), number(0...400)]))" }
            .joined(separator: " | ") + " |"
    }

    /// One line of clean report text.
    mutating func cleanLine() -> String {
        let n = number(0...60), m = number(1...300)
        switch number(0...23) {
        case 0: return "The team visited the facility on \(visitDate()) from \(time()) to \(time())."
        case 1: return "Группа посетила ИВС \(visitDate()) с \(time()) до \(time())."
        case 2: return "Мониторинг тобу \(visitDate()) саат \(time()) келди."
        case 3: return "In \(number(2010...2026)), \(m) detainees were held in cell \(n); \(n) complaints were filed."
        case 4: return "Согласно ст. \(m) УК КР и статье \(number(1...500)) УПК, \(n) лиц были задержаны."
        case 5: return "See art. \(n) of the Law No. \(m) of \(visitDate()) and articles \(n)–\(m)."
        case 6: return "В камере № \(n) содержались \(number(1...12)) человек, в камере № \(number(1...40)) — \(number(1...12))."
        case 7: return "| Year | Visits | Complaints | Transfers | Deaths |\n|---|---|---|---|---|\n| \(number(2014...2026)) " + tableRow(columns: 4)
        case 8: return tableRow(columns: number(3...12))
        case 9: return "| Номер камеры | Число |\n|---|---|\n| \(n) | \(m) |\n| \(number(1...40)) | \(number(0...30)) |"
        case 10: return "A fine of \(money()) was imposed; the budget is \(money())."
        case 11: return "Штраф составил \(money()), питание — \(money()) в день."
        case 12: return "The report covers \(number(2010...2020))–\(number(2021...2026)) and \(n) % of facilities (p. \(m))."
        case 13: return "He was born in Osh, and on \(visitDate()) he was detained."
        case 14: return "Он родился в Оше; \(visitDate()) его задержали."
        case 15: return "Born in Osh. On \(visitDate()) the team visited him in cell \(n)."
        case 16: return "Ал Ошто туулган, бирок \(visitDate()) кармалган."
        case 17: return "телесные повреждения у \(n) задержанных из \(m), осмотр \(visitDate())."
        case 18: return "Phone calls: \(n) per week, \(m) in \(number(2014...2026))."
        case 19: return "Report \(number(2014...2026))/\(m), visit \(n) of \(m), version \(number(1...9)).\(number(0...9))."
        case 20: return "Отчет за \(number(2014...2026)) год: \(m) посещений, \(n) жалоб, \(number(0...9)) смертей."
        case 21: return "Закон КР № \(m) от \(visitDate()), приказ № \(number(1...999))-п, \(money())."
        case 22: return "From \(time()) to \(time()) on \(visitDate()), \(n) of \(m) cells (\(number(10...99)) m²) were inspected."
        default: return "Дело № \(m)/\(number(10...26)), камера \(n), \(number(2010...2026))-жылы \(m) адам."
        }
    }
}
