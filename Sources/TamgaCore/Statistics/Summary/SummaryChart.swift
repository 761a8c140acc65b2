/// The chart of visits and findings per month, as inline SVG: no script,
/// no external resource, nothing that needs colour. Visits are solid dark
/// grey bars, findings white bars with black diagonal hatching, so the two
/// stay apart on a grey printout; every bar carries its number above it,
/// every month its name below, and a legend names both series. A suppressed
/// findings count has no bar (its height would tell the count) and shows
/// its marker (`<5`, `x`) instead. `<title>` and `<desc>` give screen
/// readers the same numbers in words.
struct SummaryChart {
    let summary: AnnualSummary

    static let width = 680, height = 300
    static let left = 44, right = 12, top = 56, bottom = 40
    static let plotHeight = height - top - bottom
    static var groupWidth: Int { (width - left - right) / 12 }
    static let barWidth = 20

    var svg: String {
        let months = summary.months
        let texts = summary.texts
        let highest = max(1, months.map { max($0.visits, $0.findings.value ?? 0) }.max() ?? 1)
        let baseline = Self.top + Self.plotHeight
        var parts: [String] = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(Self.width)\" height=\"\(Self.height)\" viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">",
            "<title id=\"chart-title\">\(HTMLRenderer.escape(title))</title>",
            "<desc id=\"chart-desc\">\(HTMLRenderer.escape(description))</desc>",
            "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern></defs>",
            "<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#000\">",
            // Legend.
            "<rect x=\"\(Self.left)\" y=\"12\" width=\"14\" height=\"14\" fill=\"#404040\" stroke=\"#000\"/>",
            "<text x=\"\(Self.left + 20)\" y=\"24\">\(HTMLRenderer.escape(texts.visits))</text>",
            "<rect x=\"\(Self.left + 90)\" y=\"12\" width=\"14\" height=\"14\" fill=\"url(#hatch)\" stroke=\"#000\"/>",
            "<text x=\"\(Self.left + 110)\" y=\"24\">\(HTMLRenderer.escape(texts.findingsLegend))</text>",
            // Axis.
            "<line x1=\"\(Self.left)\" y1=\"\(baseline)\" x2=\"\(Self.width - Self.right)\" y2=\"\(baseline)\" stroke=\"#000\"/>",
            "<text x=\"\(Self.left - 6)\" y=\"\(baseline + 4)\" text-anchor=\"end\">0</text>",
            "<text x=\"\(Self.left - 6)\" y=\"\(Self.top + 4)\" text-anchor=\"end\">\(highest)</text>",
            "<line x1=\"\(Self.left)\" y1=\"\(Self.top)\" x2=\"\(Self.width - Self.right)\" y2=\"\(Self.top)\" stroke=\"#000\" stroke-dasharray=\"2 4\"/>",
        ]
        for (index, month) in months.enumerated() {
            let groupStart = Self.left + index * Self.groupWidth + (Self.groupWidth - 2 * Self.barWidth - 2) / 2
            parts += bar(x: groupStart, value: month.visits, label: String(month.visits), series: "visits", month: month, highest: highest)
            parts += bar(x: groupStart + Self.barWidth + 2, value: month.findings.value ?? 0, label: summary.display(month.findings),
                         series: "findings", month: month, highest: highest)
            let centre = Self.left + index * Self.groupWidth + Self.groupWidth / 2
            parts.append("<text class=\"month\" x=\"\(centre)\" y=\"\(baseline + 16)\" text-anchor=\"middle\">\(HTMLRenderer.escape(month.shortName(texts)))</text>")
        }
        parts += ["</g>", "</svg>"]
        return parts.joined(separator: "\n")
    }

    /// A bar (none for a zero or a suppressed count) and its value label.
    private func bar(x: Int, value: Int, label: String, series: String, month: MonthActivity, highest: Int) -> [String] {
        let baseline = Self.top + Self.plotHeight
        let height = value == 0 ? 0 : max(1, value * Self.plotHeight / highest)
        var parts: [String] = []
        if height > 0 {
            let fill = series == "visits" ? "#404040" : "url(#hatch)"
            parts.append("<rect class=\"bar \(series)\" x=\"\(x)\" y=\"\(baseline - height)\" width=\"\(Self.barWidth)\" height=\"\(height)\" fill=\"\(fill)\" stroke=\"#000\"><title>\(HTMLRenderer.escape(barTitle(month, label: label, series: series)))</title></rect>")
        }
        parts.append("<text class=\"value \(series)\" x=\"\(x + Self.barWidth / 2)\" y=\"\(baseline - height - 4)\" text-anchor=\"middle\">\(HTMLRenderer.escape(label))</text>")
        return parts
    }

    /// A bar's tooltip: "October: 2 visits".
    private func barTitle(_ month: MonthActivity, label: String, series: String) -> String {
        let texts = summary.texts
        return "\(month.name(texts)): \(label) " + (series == "visits" ? texts.visitsWord : texts.findingsWord)
    }

    var title: String { summary.texts.chartTitle(summary.year) }

    /// Every month's numbers in words, for screen readers and as alt text:
    /// "October: 2 visits, findings 3".
    var description: String {
        let texts = summary.texts, rule = ExportCatalogue.for(summary.language).pluralRule
        return summary.months.map {
            "\($0.name(texts)): \(texts.visitNoun.counted($0.visits, rule: rule)), \(texts.findingsWord) \(summary.display($0.findings))"
        }.joined(separator: "; ") + "."
    }
}
