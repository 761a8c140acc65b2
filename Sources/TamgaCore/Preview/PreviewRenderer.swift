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
/// The page's own words (banner, headings, notes, rule labels, legend) are
/// the catalogue's (`ExportCatalogue.preview`) in the language asked for,
/// else the document's; each column is the export itself, in the
/// document's language whatever the page's.
///
///     let columns = Audience.allCases.map { PreviewColumn.make(document, for: $0, exporter: exporter) }
///     let html = PreviewRenderer.render(document, columns: columns)
public enum PreviewRenderer {
    /// The English banner (each language's is `ExportCatalogue.preview.banner`).
    public static let banner = ExportCatalogue.english.preview.banner

    public static func render(_ document: Document, columns: [PreviewColumn], attachments: PreviewAttachments = .none,
                              language: DocumentLanguage? = nil) -> String {
        let language = language ?? document.language
        let texts = ExportCatalogue.for(language).preview
        let ordered = columns.sorted { $0.audience.clearance > $1.audience.clearance }
        var rules = Set<PreviewRule>()
        let rendered = ordered.map {
            column(for: $0, language: language, rules: &rules,
                   attachments: attachmentSection(attachments, for: $0.audience, language: language))
        }
        let main = """
            <h1>\(HTMLRenderer.escape(texts.heading(document.id)))</h1>
            <p class="note">\(HTMLRenderer.escape(texts.note))</p>
            <div class="columns">
            \(rendered.joined(separator: "\n"))
            </div>
            \(legend(rules, texts: texts))
            """
        return HTMLPage.document(title: texts.pageTitle(document.id), banner: texts.banner, style: style, main: main,
                                 language: language.rawValue)
    }

    private static func column(for column: PreviewColumn, language: DocumentLanguage, rules: inout Set<PreviewRule>,
                               attachments: String) -> String {
        let catalogue = ExportCatalogue.for(language), texts = catalogue.preview
        switch column {
        case let .refused(audience, message, hint):
            let label = catalogue.policyTexts.audiences[audience]?.label ?? audience.rawValue
            return """
                <section class="column refused" data-audience="\(audience.rawValue)">
                <h2>\(HTMLRenderer.escape(label))</h2>
                <p class="refusal"><strong>\(HTMLRenderer.escape(texts.noExport))</strong> \(HTMLRenderer.escape(message))</p>
                \(hint.map { "<p class=\"hint\">\(HTMLRenderer.escape($0))</p>" } ?? "")
                \(attachments)
                </section>
                """
        case let .projected(projection):
            return projected(projection, texts: texts, rules: &rules, attachments: attachments)
        case let .leaked(projection, message, hint, flagged):
            return projected(projection, texts: texts, rules: &rules, refusal: (message, hint), flagged: flagged,
                             attachments: attachments)
        }
    }

    /// A column that was (or, when `refusal` is set, would have been)
    /// exported; blocks the leak scan refuses are outlined and labelled.
    private static func projected(_ projection: Projection, texts: ExportCatalogue.PreviewTexts, rules: inout Set<PreviewRule>,
                                  refusal: (String, String?)? = nil, flagged: [Int: [String]] = [:], attachments: String) -> String {
        func leakLabel(_ index: Int) -> String {
            guard let found = flagged[index] else { return "" }
            return "<span class=\"leak-rule\">\(HTMLRenderer.escape(texts.leakScan)): \(HTMLRenderer.escape(found.joined(separator: "; ")))</span>"
        }
        func leakClass(_ index: Int) -> String { flagged[index] == nil ? "" : " leak" }
        var parts: [String] = [
            "<section class=\"column\(refusal == nil ? "" : " refused")\" data-audience=\"\(projection.audience.rawValue)\">",
            "<h2>\(HTMLRenderer.escape(projection.audienceLabel))</h2>",
            "<p class=\"classification\">\(HTMLRenderer.escape(projection.classification))</p>",
        ]
        if let (message, hint) = refusal {
            parts.append("<p class=\"refusal\"><strong>\(HTMLRenderer.escape(texts.noExport))</strong> \(HTMLRenderer.escape(message)) "
                + "\(HTMLRenderer.escape(texts.wouldHaveBeen))</p>")
            if let hint { parts.append("<p class=\"hint\">\(HTMLRenderer.escape(hint))</p>") }
        }
        if let title = projection.metadata.title {
            parts.append("<h3 class=\"title\(leakClass(-1))\">\(highlighted(title, at: .title, in: projection, texts: texts, rules: &rules))\(leakLabel(-1))</h3>")
        }
        if let facility = projection.metadata.facility {
            parts.append("<p class=\"meta\(leakClass(-2))\">\(HTMLRenderer.escape(texts.facility)): \(highlighted(facility, at: .facility, in: projection, texts: texts, rules: &rules))\(leakLabel(-2))</p>")
        }
        // The document's headings go one level below the column's (h2) and its title (h3, when there is one), each rank
        // the document uses on the next level down: a document whose first heading is `##` would otherwise jump from h3
        // to h5, which screen readers announce as a skipped level (axe's `heading-order`).
        let ranks = Set(projection.blocks.compactMap { block -> Int? in
            if case let .heading(rank, _) = block { return rank } else { return nil }
        }).sorted()
        let firstLevel = projection.metadata.title == nil ? 3 : 4
        for (index, block) in projection.blocks.enumerated() {
            switch block {
            case let .heading(rank, text):
                let tag = "h\(min(firstLevel + (ranks.firstIndex(of: rank) ?? 0), 6))"
                parts.append("<\(tag) class=\"heading\(leakClass(index))\">\(highlighted(text, at: .block(index), in: projection, texts: texts, rules: &rules))\(leakLabel(index))</\(tag)>")
            case let .paragraph(text):
                parts.append("<p class=\"text\(leakClass(index))\">\(highlighted(text, at: .block(index), in: projection, texts: texts, rules: &rules))\(leakLabel(index))</p>")
            case let .withheld(scope, marker):
                let rule = PreviewRule(rule: "level", category: scope.rawValue)
                rules.insert(rule)
                parts.append("<p class=\"withheld \(rule.cssClass)\">\(HTMLRenderer.escape(marker))"
                    + "<span class=\"rule\">\(HTMLRenderer.escape(rule.label(texts)))</span></p>")
            }
        }
        parts.append("<p class=\"manifest\">\(HTMLRenderer.escape(projection.manifestSentence))</p>")
        if !attachments.isEmpty { parts.append(attachments) }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    /// The text with each recorded replacement wrapped in a `mark` carrying
    /// its rule's class and label. Line breaks are kept.
    static func highlighted(_ text: String, at place: Replacement.Place, in projection: Projection,
                            texts: ExportCatalogue.PreviewTexts, rules: inout Set<PreviewRule>) -> String {
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
                + "<span class=\"rule\">\(HTMLRenderer.escape(rule.label(texts) + person))</span></mark>"
            cursor = mark.range.upperBound
        }
        return html + escapedLines(scalars[cursor...])
    }

    private static func escapedLines(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        HTMLRenderer.escape(String(String.UnicodeScalarView(scalars))).replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func legend(_ rules: Set<PreviewRule>, texts: ExportCatalogue.PreviewTexts) -> String {
        guard !rules.isEmpty else {
            return "<section class=\"legend\"><h2>\(HTMLRenderer.escape(texts.rules))</h2><p>\(HTMLRenderer.escape(texts.noRules))</p></section>"
        }
        let items = rules.sorted().map {
            "<dt><mark class=\"\($0.cssClass)\">\(HTMLRenderer.escape($0.label(texts)))</mark></dt><dd>\(HTMLRenderer.escape($0.explanation(texts)))</dd>"
        }
        return "<section class=\"legend\"><h2>\(HTMLRenderer.escape(texts.rulesApplied))</h2><dl>\(items.joined(separator: "\n"))</dl></section>"
    }
}
