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
        let banner = HTMLRenderer.escape(summary.classification)
        let title = "Annual summary \(summary.year)"
        var body = ["<h1>\(title)</h1>", "<dl class=\"meta\">",
                    "<dt>Year</dt><dd>\(summary.year)</dd>",
                    "<dt>Audience</dt><dd>\(HTMLRenderer.escape(summary.audienceLabel))</dd>",
                    "<dt>Classification</dt><dd>\(banner)</dd>", "</dl>"]
        body += summary.introduction.map { "<p>\(HTMLRenderer.escape($0))</p>" }
        body += visits(summary)
        body += ["<h2>Visits and findings per month</h2>", "<figure>", SummaryChart(summary: summary).svg,
                 "<figcaption>\(HTMLRenderer.escape(SummaryChart(summary: summary).title)).</figcaption>", "</figure>"]
        body += ["<h2>Findings by theme and month</h2>"] + table(summary.findings)
        body += reports(summary)
        return HTMLPage.document(title: title, banner: summary.classification, style: HTMLRenderer.style + "\n" + style,
                                 main: body.joined(separator: "\n"))
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
        var lines = ["<h2>Visits</h2>"]
        guard !summary.visits.isEmpty else { return lines + ["<p>No visits are recorded for \(summary.year).</p>"] }
        lines.append("<table class=\"visits\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Place of detention</th><th scope=\"col\">Report</th></tr></thead><tbody>")
        for visit in summary.visits {
            lines.append("<tr><td>\(visit.record.date)</td><td>\(HTMLRenderer.escape(visit.facility ?? "—"))</td><td>\(HTMLRenderer.escape(visit.report.documentID))</td></tr>")
        }
        return lines + ["</tbody></table>"]
    }

    /// A statistics table as HTML: header cells scoped, counts right-aligned,
    /// then the legend and the list of suppressed counts and why.
    static func table(_ table: StatisticsTable) -> [String] {
        let columns: [Int?] = table.columnIndices
        var lines = ["<table class=\"findings\"><caption>\(HTMLRenderer.escape(table.caption))</caption><thead><tr>"
            + "<th scope=\"col\">\(HTMLRenderer.escape(table.cornerLabel))</th>"
            + table.countHeaders.map { "<th scope=\"col\" class=\"count\">\(HTMLRenderer.escape($0))</th>" }.joined()
            + "</tr></thead><tbody>"]
        for row in Array(0..<table.rowLabels.count) + [nil] {
            lines.append("<tr><th scope=\"row\">\(HTMLRenderer.escape(table.rowLabel(row)))</th>"
                + columns.map { "<td class=\"count\">\(HTMLRenderer.escape(table.display(CellPosition(row: row, column: $0))))</td>" }.joined()
                + "</tr>")
        }
        lines.append("</tbody></table>")
        lines += table.legend.map { "<p class=\"notes\">\(HTMLRenderer.escape($0))</p>" }
        let suppressions = table.suppressions
        if !suppressions.isEmpty {
            lines.append("<ul class=\"notes\">" + suppressions.map {
                "<li>\(HTMLRenderer.escape(table.describe($0.position))): \(HTMLRenderer.escape(table.explain($0.reason)))</li>"
            }.joined() + "</ul>")
        }
        return lines
    }

    private static func reports(_ summary: AnnualSummary) -> [String] {
        guard !summary.visits.isEmpty else { return [] }
        var lines = ["<h2>Reports</h2>", "<p>Only the parts of each report released to this audience are shown.</p>"]
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
