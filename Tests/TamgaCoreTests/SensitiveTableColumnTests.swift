import Testing
@testable import TamgaCore

/// Red-team round 8, C-080: a `sensitive` cell (`cell 14`, `камера 14`)
/// written as a table whose column header is the noun and whose cell is the
/// bare number (`| cell | notes |` over `| 14 | mould |`): a reader reads
/// the header with the cell, "cell 14". The projector must withhold the
/// number (the export is still written) and the scan must refuse the table
/// had the projector missed it.
///
/// Generated here, not taken from the production code: headers in three
/// languages, cases and number signs; the number as digits, with a sign,
/// an ordinal ending, a word or Roman figures, or followed by a note; the
/// column first, in the middle or last; pipe tables (with and without
/// outer pipes, aligned), grid, multiline and simple tables; Markdown and
/// HTML exports. Clean controls: other numbers under the header, the
/// number under another column, and counting headers (`Number of cells`).
@Suite struct SensitiveTableColumnTests {
    static let front = "level: public\nsensitive: [cell 14, камера 14]\n"

    static let headers = ["cell", "Cell", "CELL", "Cell No.", "Cell no", "Cell #", "Cell number", "Камера", "камера", "Камера №",
                          "№ камеры", "Номер камеры", "КАМЕРА", "Kamera"]
    static let values = ["14", "№ 14", "No. 14", "#14", "14 (ремонт)", "14-я", "XIV", "fourteen", "четырнадцать"]

    /// A table with `headers` over one row of `cells`, in one of the shapes Pandoc reads.
    static func table(_ shape: Int, headers: [String], cells: [String]) -> String {
        let width = max((headers + cells).map(\.count).max() ?? 4, 4) + 2
        func padded(_ text: String) -> String { text + String(repeating: " ", count: width - text.count) }
        let dashes = String(repeating: "-", count: width)
        switch shape {
        case 0: return "| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n| "
            + cells.joined(separator: " | ") + " |"
        case 1: return headers.joined(separator: " | ") + "\n" + headers.map { _ in "---" }.joined(separator: " | ") + "\n"
            + cells.joined(separator: " | ")
        case 2: return "| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in ":---:" }.joined(separator: "|") + "|\n|"
            + cells.joined(separator: "|") + "|"
        case 3:
            let border = "+" + headers.map { _ in dashes }.joined(separator: "+") + "+"
            let header = "+" + headers.map { _ in String(repeating: "=", count: width) }.joined(separator: "+") + "+"
            return border + "\n|" + headers.map(padded).joined(separator: "|") + "|\n" + header + "\n|"
                + cells.map(padded).joined(separator: "|") + "|\n" + border
        case 4:
            let full = String(repeating: "-", count: (width + 1) * headers.count)
            return full + "\n" + headers.map(padded).joined(separator: " ") + "\n" + headers.map { _ in dashes }.joined(separator: " ")
                + "\n" + cells.map(padded).joined(separator: " ") + "\n\n" + full
        default:
            return headers.map(padded).joined(separator: " ") + "\n" + headers.map { _ in dashes }.joined(separator: " ") + "\n"
                + cells.map(padded).joined(separator: " ")
        }
    }

    static let shapeNames = ["pipe", "pipe without outer pipes", "pipe aligned", "grid", "multiline", "simple"]

    /// The column at each position among notes columns.
    static func placed(_ header: String, _ value: String, at position: Int) -> (headers: [String], cells: [String]) {
        var headers = ["notes", "status"], cells = ["mould", "open"]
        headers.insert(header, at: position)
        cells.insert(value, at: position)
        return (headers, cells)
    }

    static func body(_ table: String) -> String { "## Cells\n\nThe cells visited:\n\n" + table + "\n\nEnd.\n" }

    static func exporter(_ document: Document) throws -> Exporter {
        let registry = try PersonRegistry(documents: [document])
        return Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
    }

    /// The value as the export shows it on the row's line (nil when the export was refused).
    static func exported(_ table: String, as format: ExportFormat) throws -> String? {
        // A table tamga refuses at add is not exported (none of these should be).
        guard let document = try? Fixture.parse(front: front, body: body(table)) else { return "refused at add" }
        do {
            return try exporter(document).export(document, for: .public, as: format).text
        } catch is LeakError {
            return nil
        }
    }

    /// Whether the scan refuses the table as written (as if the projector had missed it).
    static func scanRefuses(_ table: String, as format: ExportFormat) throws -> Bool {
        let document = try Fixture.parse(front: front, body: body(table))
        let registry = try PersonRegistry(documents: [document])
        let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        let rendered = try Projector(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
            .project(document, for: .internal).rendered(as: format)
        do {
            try scanner.scan(rendered, format: format, fileName: "T-1.public.\(format == .html ? "html" : "md")", document: document, audience: .public)
            return false
        } catch {
            return error.hits.contains { $0.rule == .sensitiveString }
        }
    }

    /// Whether the value still stands on the row's line (`mould` marks the row).
    static func kept(_ value: String, in output: String) -> Bool {
        output.split(separator: "\n").contains { $0.contains("mould") && $0.contains(value) }
    }

    @Test func aBareNumberUnderTheCellColumnIsWithheldAndRefused() throws {
        var total = 0, caught = 0, refused = 0, scanned = 0
        var byShape: [String: (Int, Int)] = [:]
        var misses: [String] = []
        for (index, header) in Self.headers.enumerated() {
            for (valueIndex, value) in Self.values.enumerated() {
                let shape = (index + valueIndex) % Self.shapeNames.count
                let position = (index + 2 * valueIndex) % 3
                let (headers, cells) = Self.placed(header, value, at: position)
                let table = Self.table(shape, headers: headers, cells: cells)
                let formats: [ExportFormat] = (index + valueIndex) % 5 == 0 ? [.markdown, .html] : [.markdown]
                for format in formats {
                    total += 1
                    let output = try Self.exported(table, as: format)
                    let held = output.map { !Self.kept(value, in: $0) } ?? true
                    if held { caught += 1 } else if misses.count < 12 { misses.append("\(format) \(Self.shapeNames[shape]):\n\(table)") }
                    let name = Self.shapeNames[shape]
                    byShape[name] = ((byShape[name]?.0 ?? 0) + (held ? 1 : 0), (byShape[name]?.1 ?? 0) + 1)
                    // cmark renders a multiline or simple table as paragraphs and a rule: no column on screen.
                    if format == .html, shape >= 4 { continue }
                    scanned += 1
                    let scan = try Self.scanRefuses(table, as: format)
                    if scan { refused += 1 } else if misses.count < 12 { misses.append("scan \(format) \(Self.shapeNames[shape]):\n\(table)") }
                }
            }
        }
        for name in Self.shapeNames { print("SensitiveTableColumn \(name): caught \(byShape[name]?.0 ?? 0)/\(byShape[name]?.1 ?? 0)") }
        print("SensitiveTableColumn: export caught \(caught)/\(total), scan alone refused \(refused)/\(scanned)")
        #expect(caught == total && refused == scanned, "\(misses.joined(separator: "\n\n"))")
    }

    /// Other numbers under the header, the number under another column, counting headers: exported as written.
    static let clean: [(headers: [String], cells: [String], kept: String)] = [
        (["cell", "notes"], ["15", "mould"], "15"), (["cell", "notes"], ["140", "mould"], "140"), (["Камера", "notes"], ["41", "mould"], "41"),
        (["cell", "beds", "notes"], ["3", "14", "mould"], "14"), (["Number of cells", "notes"], ["14", "mould"], "14"),
        (["Cells inspected", "notes"], ["14", "mould"], "14"), (["Кол-во камер", "notes"], ["14", "mould"], "14"),
        (["Камер всего", "notes"], ["14", "mould"], "14"), (["Камеры, %", "notes"], ["14", "mould"], "14"),
        (["Камерада күн", "notes"], ["14", "mould"], "14"),
        (["Total cells", "notes"], ["14", "mould"], "14"), (["Cell count", "notes"], ["14", "mould"], "14"),
    ]

    @Test func otherNumbersAndColumnsAreKept() throws {
        for shape in Self.shapeNames.indices {
            for c in Self.clean {
                let table = Self.table(shape, headers: c.headers, cells: c.cells)
                let output = try Self.exported(table, as: .markdown)
                #expect(output.map { Self.kept(c.kept, in: $0) } == true, "\(Self.shapeNames[shape]):\n\(table)\n\(output ?? "refused")")
            }
        }
    }
}
