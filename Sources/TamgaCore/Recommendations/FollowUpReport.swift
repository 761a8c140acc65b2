/// The follow-up letter an NPM sends before a dialogue meeting (issue 10):
/// for one addressee, each open recommendation with its history of responses
/// and what the last visit found. The caller passes recommendation texts
/// already projected for the audience and only the events the audience may
/// see; this type only lays them out. The vault leak-scans the result like
/// any export. Its own words (title, labels, event lines, statuses) are the
/// catalogue's (`ExportCatalogue.followUp`) in the report's language.
public struct FollowUpReport: Sendable {
    public struct Item: Sendable {
        public let record: RecommendationRecord
        /// The text as the audience may see it (projected and redacted).
        public let text: String
        public let status: RecommendationStatus
        /// Events visible to the audience, oldest first.
        public let events: [RecommendationEvent]

        public init(record: RecommendationRecord, text: String, status: RecommendationStatus, events: [RecommendationEvent]) {
            self.record = record
            self.text = text
            self.status = status
            self.events = events
        }
    }

    public let addressee: String
    public let classification: String
    public let date: String
    public let items: [Item]
    /// The language of the report's own words: a Ministry that receives
    /// Russian reports receives a Russian follow-up (`--lang`, else the
    /// language most of its recommendations' reports are in).
    public let language: DocumentLanguage

    public init(addressee: String, classification: String, date: String, items: [Item], language: DocumentLanguage = .english) {
        self.addressee = addressee
        self.classification = classification
        self.date = date
        self.items = items
        self.language = language
    }

    var texts: ExportCatalogue.FollowUpTexts { ExportCatalogue.for(language).followUp }

    var title: String { texts.title(addressee) }

    /// One line for an event, as the report and `rec show` (in English) print it.
    public static func describe(_ event: RecommendationEvent, in language: DocumentLanguage = .english) -> String {
        let texts = ExportCatalogue.for(language).followUp
        switch event.kind {
        case .response:
            let status = event.status.map { texts.statuses[$0] ?? $0.rawValue } ?? texts.statuses[.noResponse] ?? "no-response"
            return "\(event.date): \(texts.response(event.from)): \(status)" + (event.text.map { " — \($0)" } ?? "")
        case .verification:
            let finding = event.finding.map { texts.findings[$0] ?? $0.rawValue } ?? "?"
            return "\(event.date): \(texts.verification(event.visit ?? "?")) \(finding)"
        }
    }

    /// A status as the report prints it.
    private func word(_ status: RecommendationStatus) -> String { texts.statuses[status] ?? status.rawValue }

    public func markdown() -> String {
        let texts = texts
        var lines = ["# \(title)", "", "- \(texts.classification): \(classification)", "- \(texts.date): \(date)",
                     "- \(texts.openCount): \(items.count)", ""]
        for item in items {
            let record = item.record
            lines.append("## \(record.id) (\(record.report), \(record.date))")
            lines.append("")
            lines.append(item.text)
            lines.append("")
            lines.append("- \(texts.facility): \(record.facility ?? "—"); \(texts.theme): \(record.theme ?? "—")")
            lines.append("- \(texts.status): \(word(item.status))")
            for event in item.events { lines.append("- \(Self.describe(event, in: language))") }
            if item.events.isEmpty { lines.append("- \(texts.noResponse)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    public func html() -> String {
        let escape = HTMLRenderer.escape, texts = texts
        var body = ["<h1>\(escape(title))</h1>",
                    "<dl class=\"meta\"><dt>\(escape(texts.date))</dt><dd>\(escape(date))</dd>"
                        + "<dt>\(escape(texts.openCount))</dt><dd>\(items.count)</dd></dl>"]
        for item in items {
            let record = item.record
            body.append("<section><h2>\(escape(record.id)) <small>(\(escape(record.report)), \(escape(record.date)))</small></h2>")
            body.append("<p>\(escape(item.text))</p>")
            body.append("<p>\(escape(texts.facility)): \(escape(record.facility ?? "—")); \(escape(texts.theme)): \(escape(record.theme ?? "—")). "
                        + "<strong>\(escape(texts.status)): \(escape(word(item.status)))</strong></p>")
            body.append("<ul>" + (item.events.isEmpty ? "<li>\(escape(texts.noResponse))</li>"
                : item.events.map { "<li>\(escape(Self.describe($0, in: language)))</li>" }.joined()) + "</ul></section>")
        }
        return HTMLPage.document(title: title, banner: classification, style: HTMLRenderer.style, main: body.joined(separator: "\n"),
                                 language: language.rawValue)
    }
}
