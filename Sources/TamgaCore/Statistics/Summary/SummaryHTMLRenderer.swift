/// Renders the annual summary as one self-contained, printable HTML page,
/// with the conventions of every HTML export (`HTMLRenderer`): the banner
/// repeated at the top and bottom of each printed page, no script, no
/// external resource, every text escaped. The chart is inline SVG.
///
/// Each report contributes the blocks its projection shows; withheld
/// markers are left out (one sentence says that only released parts are
/// shown), since the summary points to the reports rather than replacing them.
enum SummaryHTMLRenderer {
    static func render(_ summary: AnnualSummary) -> String {
        let texts = summary.texts
        let banner = HTMLRenderer.escape(summary.classification)
        let title = HTMLRenderer.escape(texts.title(summary.year))
        let chart = SummaryChart(summary: summary)
        var body = ["<h1>\(title)</h1>", "<dl class=\"meta\">",
                    "<dt>\(HTMLRenderer.escape(texts.yearLabel))</dt><dd>\(summary.year)</dd>",
                    "<dt>\(HTMLRenderer.escape(texts.audienceLabel))</dt><dd>\(HTMLRenderer.escape(summary.audienceLabel))</dd>",
                    "<dt>\(HTMLRenderer.escape(texts.classificationLabel))</dt><dd>\(banner)</dd>", "</dl>"]
        body += summary.introduction.map { "<p>\(HTMLRenderer.escape($0))</p>" }
        body += visits(summary)
        body += ["<h2>\(HTMLRenderer.escape(texts.chartHeading))</h2>", "<figure>", chart.svg,
                 "<figcaption>\(HTMLRenderer.escape(chart.title)).</figcaption>", "</figure>"]
        body += ["<h2>\(HTMLRenderer.escape(texts.findingsHeading))</h2>"] + table(summary.findingsTable)
        body += reports(summary)
        return HTMLPage.document(title: texts.title(summary.year), banner: summary.classification, style: HTMLRenderer.style + "\n" + style,
                                 main: body.joined(separator: "\n"), language: summary.language.rawValue)
    }

    static let style = """
        main { max-width: 52em; }
        td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; }
        table.findings { font-size: 9pt; }
        figure { margin: 1em 0; break-inside: avoid; }
        svg.chart { max-width: 100%; height: auto; }
        .notes { font-size: 9pt; }
        """

    private static func visits(_ summary: AnnualSummary) -> [String] {
        let texts = summary.texts
        var lines = ["<h2>\(HTMLRenderer.escape(texts.visitsHeading))</h2>"]
        guard !summary.visits.isEmpty else { return lines + ["<p>\(HTMLRenderer.escape(texts.noVisits(summary.year)))</p>"] }
        lines.append("<table class=\"visits\"><thead><tr>"
            + [texts.date, texts.place, texts.report].map { "<th scope=\"col\">\(HTMLRenderer.escape($0))</th>" }.joined()
            + "</tr></thead><tbody>")
        for visit in summary.visits {
            lines.append("<tr><td>\(visit.record.date)</td><td>\(HTMLRenderer.escape(visit.facility ?? "—"))</td><td>\(HTMLRenderer.escape(visit.report.documentID))</td></tr>")
        }
        return lines + ["</tbody></table>"]
    }

    /// The findings table as HTML: header cells scoped, counts right-aligned,
    /// then the legend and the list of suppressed counts and why.
    static func table(_ table: SummaryFindingsTable) -> [String] {
        let header = table.header
        var lines = ["<table class=\"findings\"><caption>\(HTMLRenderer.escape(table.caption))</caption><thead><tr>"
            + "<th scope=\"col\">\(HTMLRenderer.escape(header[0]))</th>"
            + header.dropFirst().map { "<th scope=\"col\" class=\"count\">\(HTMLRenderer.escape($0))</th>" }.joined()
            + "</tr></thead><tbody>"]
        for row in table.rows {
            lines.append("<tr><th scope=\"row\">\(HTMLRenderer.escape(table.rowLabel(row)))</th>"
                + table.columns.map { "<td class=\"count\">\(HTMLRenderer.escape(table.display(CellPosition(row: row, column: $0))))</td>" }.joined()
                + "</tr>")
        }
        lines.append("</tbody></table>")
        lines += table.legend.map { "<p class=\"notes\">\(HTMLRenderer.escape($0))</p>" }
        let notes = table.suppressionNotes
        if !notes.isEmpty { lines.append("<ul class=\"notes\">" + notes.map { "<li>\(HTMLRenderer.escape($0))</li>" }.joined() + "</ul>") }
        return lines
    }

    private static func reports(_ summary: AnnualSummary) -> [String] {
        guard !summary.visits.isEmpty else { return [] }
        var lines = ["<h2>\(HTMLRenderer.escape(summary.texts.reportsHeading))</h2>", "<p>\(HTMLRenderer.escape(summary.texts.releasedOnly))</p>"]
        for visit in summary.visits {
            let heading = visit.report.metadata.title ?? visit.report.documentID
            lines.append("<section class=\"report\"><h3>\(HTMLRenderer.escape(heading))</h3>")
            lines.append("<p class=\"notes\">\(visit.record.date) · \(HTMLRenderer.escape(visit.facility ?? "—")) · \(HTMLRenderer.escape(visit.report.documentID))</p>")
            for block in visit.report.blocks {
                switch block {
                case let .heading(rank, text):
                    let level = min(rank + 3, 6)
                    lines.append("<h\(level)>\(HTMLRenderer.escape(text))</h\(level)>")
                case let .paragraph(text): lines.append(MarkdownBlockHTML.html(for: text))
                case .withheld: continue
                }
            }
            lines.append("</section>")
        }
        return lines
    }
}
