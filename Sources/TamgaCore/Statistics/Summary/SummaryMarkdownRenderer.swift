/// Renders the annual summary as Markdown. Markdown viewers strip or
/// refuse inline SVG, so the chart becomes a table of the same numbers
/// (month, visits, findings), which prints and diffs well; the HTML
/// summary carries the drawn chart.
enum SummaryMarkdownRenderer {
    static func render(_ summary: AnnualSummary) -> String {
        var lines = ["# Annual summary \(summary.year)", "",
                     "- Year: \(summary.year)", "- Audience: \(summary.audienceLabel)", "- Classification: \(summary.classification)", ""]
        lines += summary.introduction.flatMap { [$0, ""] }
        lines += ["## Visits", ""]
        if summary.visits.isEmpty {
            lines += ["No visits are recorded for \(summary.year).", ""]
        } else {
            lines += ["| Date | Place of detention | Report |", "|---|---|---|"]
            lines += summary.visits.map { "| \($0.record.date) | \(cell($0.facility ?? "—")) | \(cell($0.report.documentID)) |" }
            lines.append("")
        }
        lines += ["## Visits and findings per month", "", "| Month | Visits | Findings |", "|---|--:|--:|"]
        lines += summary.months.map { "| \($0.name) | \($0.visits) | \(summary.display($0.findings)) |" }
        lines += ["", "## Findings by theme and month", ""] + table(summary.findings)
        if !summary.visits.isEmpty {
            lines += ["## Reports", "", "Only the parts of each report released to this audience are shown.", ""]
            for visit in summary.visits {
                lines += ["### " + (visit.report.metadata.title ?? visit.report.documentID), "",
                          "\(visit.record.date) · \(visit.facility ?? "—") · \(visit.report.documentID)", ""]
                for block in visit.report.blocks {
                    switch block {
                    case let .heading(rank, text): lines += [String(repeating: "#", count: min(rank + 3, 6)) + " " + text, ""]
                    case let .paragraph(text): lines += [text, ""]
                    case .withheld: continue
                    }
                }
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A statistics table as a pipe table, its legend and suppression notes.
    static func table(_ table: StatisticsTable) -> [String] {
        let header = [table.cornerLabel] + table.countHeaders
        var lines = [row(header), "|---|" + String(repeating: "--:|", count: header.count - 1)]
        for rowIndex in Array(0..<table.rowLabels.count) + [nil] {
            lines.append(row([table.rowLabel(rowIndex)] + table.columnIndices.map { table.display(CellPosition(row: rowIndex, column: $0)) }))
        }
        lines.append("")
        for sentence in table.legend { lines += [sentence, ""] }
        let suppressions = table.suppressions
        if !suppressions.isEmpty {
            lines += suppressions.map { "- \(table.describe($0.position)): \(table.explain($0.reason))" } + [""]
        }
        return lines
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    /// A table cell: a pipe would end it, a line break would end the row.
    private static func cell(_ text: String) -> String {
        text.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }
}
