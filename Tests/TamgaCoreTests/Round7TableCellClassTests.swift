import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 7, B-001 and B-032, as classes: a protected name split
/// over three or four cells of one table row (`| Са | ды | ков |`), at
/// every pair of cuts, Latin and Cyrillic, declined, in the Markdown and
/// HTML exports; and a name written as JSON `\uXXXX` escapes (in a code
/// span, as a pasted JSON record, in upper or lower case hex). Clean
/// controls: tables of numbers and ordinary words still export, and so
/// does text with escapes of no name.
@Suite struct Round7TableCellClassTests {
    static let names = ReaderViewRound5ClassTests.names

    static func markdownRow(_ cells: [String]) -> String {
        let header = "| " + (0...cells.count).map { "H\($0)" }.joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: "---|", count: cells.count + 1)
        return header + "\n" + rule + "\n| 1 | " + cells.joined(separator: " | ") + " |\n| 2 |" + String(repeating: " x |", count: cells.count)
    }

    static func htmlRow(_ cells: [String]) -> String {
        "<table><tr>" + cells.map { _ in "<th>A</th>" }.joined() + "</tr><tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr></table>"
    }

    /// Every way to cut `name` into `count` pieces of at least one letter (two for the outer ones).
    static func cuts(_ name: String, into count: Int) -> [[String]] {
        let letters = Array(name)
        func split(_ from: Int, _ left: Int) -> [[String]] {
            if left == 1 { return letters.count - from >= 2 ? [[String(letters[from...])]] : [] }
            var result: [[String]] = []
            for end in (from + (from == 0 ? 2 : 1))..<letters.count {
                for rest in split(end, left - 1) { result.append([String(letters[from..<end])] + rest) }
            }
            return result
        }
        return split(0, count)
    }

    @Test(arguments: [ExportFormat.markdown, .html])
    func aNameSplitOverThreeOrFourCellsStopsTheExport(_ format: ExportFormat) {
        var missed: [String] = []
        var wordCuts = 0
        var total = 0
        for name in Self.names {
            for count in [3, 4] {
                for pieces in Self.cuts(name, into: count) {
                    total += 1
                    // The round-6 trade-off: pieces that are all ordinary words are not joined.
                    if pieces.allSatisfy({ CommonWords.shared.contains($0.lowercased()) }) { wordCuts += 1; continue }
                    let text = format == .html ? Self.htmlRow(pieces) : Self.markdownRow(pieces)
                    if !ReaderViewDisguiseClassTests.refused(text, format) { missed.append(pieces.joined(separator: "|")) }
                }
            }
        }
        print("round-7 B-001 three or four cells (\(format)): \(total - missed.count - wordCuts)/\(total - wordCuts) refused, \(wordCuts) all-word cuts left")
        #expect(missed.isEmpty, "missed \(missed.count): \(missed.prefix(10))")
    }

    static let cleanRows = [
        "| Да | Нет | Нет | Да |\n|---|---|---|---|\n| Камера | Окно | Нары | Вода |",
        "| Kitchen | Yard | Shower | Below |\n|---|---|---|---|\n| ok | ok | broken | standard |",
        "| A | B | C |\n|---|---|---|\n| a | b | c |\n| Са | ды | огород |",
        "| Год | Мес | Дн |\n|---|---|---|\n| 2014 | 10 | 28 |",
        "| Ай | Күн | Саат |\n|---|---|---|\n| окт | 28 | 10:00 |\n| нояб | 3 | 14:30 |",
        "| Bel | ow | standard |\n|---|---|---|\n| Ivan | hoe | novel |",
    ]

    @Test(arguments: [ExportFormat.markdown, .html])
    func cleanRowsStillExport(_ format: ExportFormat) {
        let tables = Round6TableCellClassTests.cleanTables + Self.cleanRows
        let refused = tables.filter { table in
            ReaderViewDisguiseClassTests.refused(format == .html ? MarkdownBlockHTML.html(for: table) : table, format)
        }
        print("round-7 clean rows (\(format)): \(tables.count - refused.count)/\(tables.count) exported")
        #expect(refused.isEmpty, "refused: \(refused)")
    }

    static func escaped(_ name: String, upper: Bool) -> String {
        name.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16)
            let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return "\\u" + (upper ? padded.uppercased() : padded)
        }.joined()
    }

    @Test func aNameInJSONEscapesStopsTheExport() {
        var missed: [String] = []
        var total = 0
        for name in Self.names {
            for upper in [true, false] {
                for carrier in ["`\"{}\"`", "{\"name\": \"{}\"}", "Запись: `{}`.", "```\n{\"n\":\"{}\"}\n```"] {
                    total += 1
                    let text = carrier.replacingOccurrences(of: "{}", with: Self.escaped(name, upper: upper))
                    if !ReaderViewDisguiseClassTests.refused(text) { missed.append(text) }
                }
            }
        }
        print("round-7 B-032 JSON escapes: \(total - missed.count)/\(total) refused")
        #expect(missed.isEmpty, "missed: \(missed.prefix(6))")
    }

    @Test(arguments: ["`\"\\u0421\\u0430\\u0434\\u044b\\u043a\\u043e\\u0432\"`"])
    func redTeamB032IsRefused(text: String) {
        #expect(ReaderViewDisguiseClassTests.refused(text))
    }

    /// A Windows path sits in a code span: outside one, Pandoc reads `\users`
    /// as raw TeX and tamga refuses it at add (round 7, class D), so the
    /// decoder is tested where monitors are told to put paths.
    @Test(arguments: ["`\"\\u041a\\u0430\\u043c\\u0435\\u0440\\u0430\"` — камера.", "Path: `C:\\users\\ulan\\docs`", "`\\u00e9t\\u00e9`"])
    func escapesOfNoNameStillExport(text: String) {
        #expect(!ReaderViewDisguiseClassTests.refused(text), "\(text)")
    }
}
