import Testing
@testable import TamgaCore

/// Red-team round 8, B-062…B-064, as a class: a protected name split over
/// two lines of one grid-table or multiline-table cell (`Sady-`/`kov`,
/// `Сады`/`ков`), which Pandoc joins into one paragraph and a reader reads
/// as one word. Every name x every split point x grid and multiline
/// tables x with and without the line-end hyphen, in the first or second
/// column, must stop the export; tables whose cells wrap ordinary words
/// still export.
@Suite struct Round8TableCellLineClassTests {
    static let names = ReaderViewRound5ClassTests.names

    static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

    /// A grid table with `top`/`bottom` stacked in one cell of `column` (0 or 1).
    static func grid(_ top: String, _ bottom: String, column: Int) -> String {
        let width = 14
        let border = "+" + String(repeating: "-", count: width + 2) + "+" + String(repeating: "-", count: width + 2) + "+"
        let head = "+" + String(repeating: "=", count: width + 2) + "+" + String(repeating: "=", count: width + 2) + "+"
        func row(_ a: String, _ b: String) -> String { "| " + pad(a, width) + " | " + pad(b, width) + " |" }
        let lines = column == 0 ? [row(top, "beaten"), row(bottom, "")] : [row("1", top), row("", bottom)]
        return ([border, row("who", "what"), head] + lines + [border]).joined(separator: "\n")
    }

    /// A multiline table with `top`/`bottom` stacked in one cell of `column`.
    static func multiline(_ top: String, _ bottom: String, column: Int) -> String {
        let rule = String(repeating: "-", count: 12) + "  " + String(repeating: "-", count: 12)
        func row(_ a: String, _ b: String) -> String { pad(a, 14) + b }
        let lines = column == 0 ? [row(top, "избит"), row(bottom, "")] : [row("1", top), row("", bottom)]
        return ([rule, row("who", "what"), rule] + lines + ["", rule]).joined(separator: "\n")
    }

    @Test func aNameOverTheLinesOfOneCellStopsTheExport() {
        var total = 0, refused = 0, wordCuts = 0
        var missed: [String] = []
        for name in Self.names {
            let letters = Array(name)
            for cut in 2..<(letters.count - 1) {
                let top = String(letters[..<cut]), bottom = String(letters[cut...])
                // The round-6 trade-off: pieces that are both ordinary words are not joined.
                if CommonWords.shared.contains(top.lowercased()), CommonWords.shared.contains(bottom.lowercased()) { wordCuts += 1; continue }
                for hyphen in [false, true] {
                    for column in [0, 1] {
                        for table in [Self.grid, Self.multiline] {
                            let text = table(top + (hyphen ? "-" : ""), bottom, column)
                            total += 1
                            if ReaderViewDisguiseClassTests.refused(text) { refused += 1 } else if missed.count < 10 { missed.append(text) }
                        }
                    }
                }
            }
        }
        print("round-8 B-062…B-064 a name over the lines of one table cell: \(refused)/\(total) refused, \(wordCuts) all-word cuts left")
        #expect(refused == total, "\(missed.joined(separator: "\n\n"))")
    }

    static let clean: [(String, String)] = [
        ("Нет", "данных"), ("Камера", "сырая"), ("not", "known"), ("beaten", "twice"), ("Окно", "разбито"), ("no", "complaints"),
        ("Ventila-", "tion"), ("обще-", "ственный"),
    ]

    @Test func cellsOfOrdinaryWordsStillExport() {
        var exported = 0, total = 0
        var refused: [String] = []
        for (top, bottom) in Self.clean {
            for column in [0, 1] {
                for table in [Self.grid, Self.multiline] {
                    let text = table(top, bottom, column)
                    total += 1
                    if ReaderViewDisguiseClassTests.refused(text) { refused.append(text) } else { exported += 1 }
                }
            }
        }
        print("round-8 table cells of ordinary words: \(exported)/\(total) exported")
        #expect(refused.isEmpty, "\(refused.joined(separator: "\n\n"))")
    }
}
