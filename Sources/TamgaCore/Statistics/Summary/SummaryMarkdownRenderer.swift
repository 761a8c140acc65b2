/// Renders the annual summary as Markdown. Markdown viewers strip or
/// refuse inline SVG, so the chart becomes a table of the same numbers
/// (month, visits, findings), which prints and diffs well; the HTML
/// summary carries the drawn chart. Every fixed word is the catalogue's
/// (`ExportCatalogue.summary`) in the summary's language.
enum SummaryMarkdownRenderer {
    static func render(_ summary: AnnualSummary) -> String {
        let texts = summary.texts
        var lines = ["# " + texts.title(summary.year), "",
                     "- \(texts.yearLabel): \(summary.year)", "- \(texts.audienceLabel): \(summary.audienceLabel)",
                     "- \(texts.classificationLabel): \(summary.classification)", ""]
        lines += summary.introduction.flatMap { [$0, ""] }
        lines += ["## " + texts.visitsHeading, ""]
        if summary.visits.isEmpty {
            lines += [texts.noVisits(summary.year), ""]
        } else {
            lines += [row([texts.date, texts.place, texts.report]), "|---|---|---|"]
            lines += summary.visits.map { "| \($0.record.date) | \(cell($0.facility ?? "—")) | \(cell($0.report.documentID)) |" }
            lines.append("")
        }
        lines += ["## " + texts.chartHeading, "", row([texts.month, texts.visits, texts.findings]), "|---|--:|--:|"]
        lines += summary.months.map { "| \($0.name(texts)) | \($0.visits) | \(summary.display($0.findings)) |" }
        lines += ["", "## " + texts.findingsHeading, ""] + table(summary.findingsTable)
        if !summary.visits.isEmpty {
            lines += ["## " + texts.reportsHeading, "", texts.releasedOnly, ""]
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

    /// The findings table as a pipe table, its legend and suppression notes.
    static func table(_ table: SummaryFindingsTable) -> [String] {
        let header = table.header
        var lines = [row(header), "|---|" + String(repeating: "--:|", count: header.count - 1)]
        for rowIndex in table.rows {
            lines.append(row([table.rowLabel(rowIndex)] + table.columns.map { table.display(CellPosition(row: rowIndex, column: $0)) }))
        }
        lines.append("")
        for sentence in table.legend { lines += [sentence, ""] }
        let notes = table.suppressionNotes
        if !notes.isEmpty { lines += notes.map { "- " + $0 } + [""] }
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
