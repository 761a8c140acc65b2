/// Renders the reviewer's preview of a document (issue 4, item 7;
/// `tamga preview ID -o FILE.html`): the internal, State and public
/// versions side by side, every withheld or replaced piece highlighted and
/// labelled with the rule that applied, and a legend of those rules. It is
/// the page read before anything leaves the NPM, so it contains internal
/// text and says so on every printed page.
///
/// One self-contained HTML file: no scripts, no external resources, every
/// text escaped, printable (landscape, banner repeated on each page).
///
///     let columns = Audience.allCases.map { PreviewColumn.make(document, for: $0, exporter: exporter) }
///     let html = PreviewRenderer.render(document, columns: columns)
public enum PreviewRenderer {
    public static let banner = "NPM INTERNAL — REVIEW COPY"

    public static func render(_ document: Document, columns: [PreviewColumn]) -> String {
        let ordered = columns.sorted { $0.audience.clearance > $1.audience.clearance }
        var rules = Set<PreviewRule>()
        let rendered = ordered.map { column(for: $0, rules: &rules) }
        let main = """
            <h1>Preview of \(HTMLRenderer.escape(document.id)) for every audience</h1>
            <p class="note">This page contains internal text. It shows what each audience's export would contain; \
            highlighted pieces were withheld, replaced or kept by the rule named beside them.</p>
            <div class="columns">
            \(rendered.joined(separator: "\n"))
            </div>
            \(legend(rules))
            """
        return HTMLPage.document(title: "preview of \(document.id)", banner: Self.banner, style: style, main: main)
    }

    private static func column(for column: PreviewColumn, rules: inout Set<PreviewRule>) -> String {
        switch column {
        case let .refused(audience, message, hint):
            return """
                <section class="column refused" data-audience="\(audience.rawValue)">
                <h2>\(HTMLRenderer.escape(audience.rawValue))</h2>
                <p class="refusal"><strong>No export.</strong> \(HTMLRenderer.escape(message))</p>
                \(hint.map { "<p class=\"hint\">\(HTMLRenderer.escape($0))</p>" } ?? "")
                </section>
                """
        case let .projected(projection):
            return projected(projection, rules: &rules)
        case let .leaked(projection, message, hint, flagged):
            return projected(projection, rules: &rules, refusal: (message, hint), flagged: flagged)
        }
    }

    /// A column that was (or, when `refusal` is set, would have been)
    /// exported; blocks the leak scan refuses are outlined and labelled.
    private static func projected(_ projection: Projection, rules: inout Set<PreviewRule>, refusal: (String, String?)? = nil,
                                  flagged: [Int: [String]] = [:]) -> String {
        func leakLabel(_ index: Int) -> String {
            guard let found = flagged[index] else { return "" }
            return "<span class=\"leak-rule\">leak scan: \(HTMLRenderer.escape(found.joined(separator: "; ")))</span>"
        }
        func leakClass(_ index: Int) -> String { flagged[index] == nil ? "" : " leak" }
        var parts: [String] = [
            "<section class=\"column\(refusal == nil ? "" : " refused")\" data-audience=\"\(projection.audience.rawValue)\">",
            "<h2>\(HTMLRenderer.escape(projection.audienceLabel))</h2>",
            "<p class=\"classification\">\(HTMLRenderer.escape(projection.classification))</p>",
        ]
        if let (message, hint) = refusal {
            parts.append("<p class=\"refusal\"><strong>No export.</strong> \(HTMLRenderer.escape(message)) "
                + "What the export would have been is below; outlined blocks are what the leak scan refuses.</p>")
            if let hint { parts.append("<p class=\"hint\">\(HTMLRenderer.escape(hint))</p>") }
        }
        if let title = projection.metadata.title {
            parts.append("<h3 class=\"title\(leakClass(-1))\">\(highlighted(title, at: .title, in: projection, rules: &rules))\(leakLabel(-1))</h3>")
        }
        if let facility = projection.metadata.facility {
            parts.append("<p class=\"meta\(leakClass(-2))\">Facility: \(highlighted(facility, at: .facility, in: projection, rules: &rules))\(leakLabel(-2))</p>")
        }
        for (index, block) in projection.blocks.enumerated() {
            switch block {
            case let .heading(rank, text):
                let tag = "h\(min(rank + 3, 6))"
                parts.append("<\(tag) class=\"heading\(leakClass(index))\">\(highlighted(text, at: .block(index), in: projection, rules: &rules))\(leakLabel(index))</\(tag)>")
            case let .paragraph(text):
                parts.append("<p class=\"text\(leakClass(index))\">\(highlighted(text, at: .block(index), in: projection, rules: &rules))\(leakLabel(index))</p>")
            case let .withheld(scope, marker):
                let rule = PreviewRule(rule: "level", category: scope.rawValue)
                rules.insert(rule)
                parts.append("<p class=\"withheld \(rule.cssClass)\">\(HTMLRenderer.escape(marker))"
                    + "<span class=\"rule\">\(HTMLRenderer.escape(rule.label))</span></p>")
            }
        }
        parts.append("<p class=\"manifest\">\(HTMLRenderer.escape(projection.manifestSentence))</p>")
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    /// The text with each recorded replacement wrapped in a `mark` carrying
    /// its rule's class and label. Line breaks are kept.
    static func highlighted(_ text: String, at place: Replacement.Place, in projection: Projection,
                            rules: inout Set<PreviewRule>) -> String {
        // Lists and tables keep their lines; prose is reflowed (one scalar
        // for one, so the recorded ranges still hold).
        let keepsLines = text.split(separator: "\n").first.map { MarkdownBlockHTML.listMarker(String($0)) != nil || $0.hasPrefix("|") } ?? false
        let scalars = Array((keepsLines ? text : text.replacingOccurrences(of: "\n", with: " ")).unicodeScalars)
        let marks = projection.replacements.filter { $0.place == place && $0.range.upperBound <= scalars.count }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        var html = ""
        var cursor = 0
        for mark in marks where mark.range.lowerBound >= cursor {
            let rule = PreviewRule(rule: mark.rule, category: mark.category)
            rules.insert(rule)
            html += escapedLines(scalars[cursor..<mark.range.lowerBound])
            let person = mark.personID.map { " · \($0)" } ?? ""
            html += "<mark class=\"\(rule.cssClass)\">\(escapedLines(scalars[mark.range]))"
                + "<span class=\"rule\">\(HTMLRenderer.escape(rule.label + person))</span></mark>"
            cursor = mark.range.upperBound
        }
        return html + escapedLines(scalars[cursor...])
    }

    private static func escapedLines(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        HTMLRenderer.escape(String(String.UnicodeScalarView(scalars))).replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func legend(_ rules: Set<PreviewRule>) -> String {
        guard !rules.isEmpty else { return "<section class=\"legend\"><h2>Rules</h2><p>No piece was withheld or replaced.</p></section>" }
        let items = rules.sorted().map {
            "<dt><mark class=\"\($0.cssClass)\">\(HTMLRenderer.escape($0.label))</mark></dt><dd>\(HTMLRenderer.escape($0.explanation))</dd>"
        }
        return "<section class=\"legend\"><h2>Rules that applied</h2><dl>\(items.joined(separator: "\n"))</dl></section>"
    }
}
