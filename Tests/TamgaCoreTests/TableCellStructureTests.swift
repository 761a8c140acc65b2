import Foundation
import Testing
@testable import TamgaCore

/// Red team round 9, class D: a `::: internal` div inside a grid-table cell
/// was published whole. As a class: every way of opening a div, a code
/// fence or an attributed heading at the start of a cell, in grid tables of
/// one and two columns, with the cell's spacing varied, is refused at add,
/// naming the line; inline marks in cells and ordinary tables stay accepted.
@Suite struct TableCellStructureTests {
    static func refusal(_ body: String) -> DocumentError? { Round7StructureClassTests.refusal(body) }

    static let openers = ["::: internal", ":::internal", "::: {.internal}", "::::: state", "```", "~~~ text", "# Notes {.internal}",
                          "## Secret {.state}"]

    static func table(_ cell: String, columns: Int, pad: String) -> String {
        let border = "+" + Array(repeating: "------------------------------+", count: columns).joined()
        let header = "+" + Array(repeating: "==============================+", count: columns).joined()
        func row(_ text: String) -> String {
            "|" + (0..<columns).map { $0 == columns - 1 ? pad + text + " " : " other cell " }.joined(separator: "|") + "|"
        }
        return [border, row("a"), header, row(cell), row("Zebrakettle was kept in the boiler room."), row(":::"), border].joined(separator: "\n")
            + "\n"
    }

    @Test func structureAtTheStartOfACellIsRefusedAtItsLine() {
        var refused = 0, total = 0
        var missed: [String] = []
        for opener in Self.openers {
            for columns in [1, 2] {
                for pad in [" ", "  ", "\t"] {
                    total += 1
                    let body = "# Visit\n\nIntro.\n\n" + Self.table(opener, columns: columns, pad: pad)
                    let error = Self.refusal(body)
                    if let error, error.message.contains("table cell") {
                        refused += 1
                        #expect(error.location?.line == 14, "\(body.debugDescription)")
                        #expect(!error.message.contains("Zebrakettle"))
                    } else if missed.count < 8 {
                        missed.append("\(body.debugDescription): \(error?.message ?? "accepted")")
                    }
                }
            }
        }
        print("structure in table cells: \(refused)/\(total) refused")
        #expect(refused == total, "\(missed.joined(separator: "\n"))")
    }

    @Test(arguments: ["[Zebrakettle]{.internal} was kept there.", "cell 14", "#14 was full", "Room: `:::` marks"])
    func inlineMarksAndOrdinaryCellsStayAccepted(_ cell: String) {
        let body = "# Visit\n\nIntro.\n\n+------------------------------+\n| a                            |\n"
            + "+==============================+\n| \(cell) |\n+------------------------------+\n"
        #expect(Self.refusal(body) == nil, "\(Self.refusal(body)?.message ?? "")")
    }
}
