import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 6, B6-1, as a class: a protected name split over two
/// cells of one table row (`| Сады | ков |`), at every cut, Latin and
/// Cyrillic, declined, with other cells and words around, in the Markdown
/// and HTML exports. Clean controls: tables of numbers (dates, cell
/// numbers, counts across cells must not become a phone) and of ordinary
/// words must still export.
@Suite struct Round6TableCellClassTests {
    static let names = ReaderViewRound5ClassTests.names

    static func markdownTableCells6(_ left: String, _ right: String, lead: String) -> String {
        "| Колонка | A | B |\n|---|---|---|\n| \(lead) | \(left) | \(right) |\n| 1 | 2 | 3 |"
    }

    static func htmlTableCells6(_ left: String, _ right: String) -> String {
        "<table><tr><th>A</th><th>B</th></tr><tr><td>\(left)</td><td>\(right)</td></tr></table>"
    }

    static func refusedCells6(_ text: String, _ format: ExportFormat) -> Bool {
        ReaderViewDisguiseClassTests.refused(text, format)
    }

    @Test(arguments: [ExportFormat.markdown, .html])
    func aNameSplitOverTwoCellsStopsTheExport(_ format: ExportFormat) {
        var missed: [String] = []
        var bothWordCuts: Set<String> = []
        var total = 0
        for name in Self.names {
            let letters = Array(name)
            for cut in 2...(letters.count - 2) {
                let left = String(letters[..<cut]), right = String(letters[cut...])
                for lead in ["", "итого", "note"] {
                    total += 1
                    let text = format == .html ? Self.htmlTableCells6(lead.isEmpty ? left : lead + " " + left, right)
                        : Self.markdownTableCells6(left, right, lead: lead)
                    // Trade-off: two ordinary words side by side are not joined (`| Ventilation | Below |`), so a
                    // name cut into two lexicon words (`Гуль|нары`, нары: plank beds) is not read as one.
                    let bothWords = CommonWords.shared.contains(left.lowercased()) && CommonWords.shared.contains(right.lowercased())
                    if bothWords { bothWordCuts.insert("\(left)|\(right)") }
                    if !Self.refusedCells6(text, format), !bothWords { missed.append("\(left)|\(right)") }
                }
            }
        }
        print("round-6 B6-1 table cells (\(format)): \(total - missed.count)/\(total) refused or trade-off; cuts into two words: \(bothWordCuts.sorted())")
        #expect(missed.isEmpty, "missed: \(missed.prefix(10))")
    }

    static let cleanTables = [
        "| Дата | Камера | Лица |\n|---|---|---|\n| 28.10.2014 | 14 | 3 |\n| 29.10.2014 | 15 | 4 |",
        "| Date | From | To |\n|---|---|---|\n| 2014 | 01 | 31 |\n| 2015 | 02 | 28 |",
        "| Cell | Area | Windows | Beds |\n|---|---|---|---|\n| 14 | 12 m2 | 1 | 4 |\n| 15 | 9 m2 | 0 | 2 |",
        "| Помещение | Состояние |\n|---|---|\n| Камера | удовлетворительное |\n| Сады | прогулочный двор |",
        "| Показатель | Значение |\n|---|---|\n| Нары | есть |\n| Окно | нет |\n| Вода | холодная |",
        "| Room | State |\n|---|---|\n| Kitchen | clean |\n| Yard | open |\n| Shower | broken |",
        "| Item | Status |\n|---|---|\n| Ventilation | Below standard |\n| Bedding | Below norm |",
        "| Вопрос | Ответ |\n|---|---|\n| Жалобы | нет |\n| Медик | был |",
    ]

    @Test(arguments: [ExportFormat.markdown, .html])
    func cleanTablesStillExport(_ format: ExportFormat) {
        let refused = Self.cleanTables.filter { table in
            let text = format == .html ? MarkdownBlockHTML.html(for: table) : table
            return Self.refusedCells6(text, format)
        }
        print("round-6 B6-1 clean tables (\(format)): \(Self.cleanTables.count - refused.count)/\(Self.cleanTables.count) exported")
        #expect(refused.isEmpty, "refused: \(refused)")
    }
}
