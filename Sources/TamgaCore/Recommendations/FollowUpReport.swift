/// The follow-up letter an NPM sends before a dialogue meeting (issue 10):
/// for one addressee, each open recommendation with its history of responses
/// and what the last visit found. The caller passes recommendation texts
/// already projected for the audience and only the events the audience may
/// see; this type only lays them out. The vault leak-scans the result like
/// any export.
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

    public init(addressee: String, classification: String, date: String, items: [Item]) {
        self.addressee = addressee
        self.classification = classification
        self.date = date
        self.items = items
    }

    var title: String { "Follow-up of recommendations addressed to \(addressee)" }

    /// One line for an event, as the report and `rec show` print it.
    public static func describe(_ event: RecommendationEvent) -> String {
        switch event.kind {
        case .response:
            "\(event.date): response from \(event.from ?? "the authority"): \(event.status?.rawValue ?? "no-response")"
                + (event.text.map { " — \($0)" } ?? "")
        case .verification:
            "\(event.date): visit \(event.visit ?? "?") found it \(event.finding?.rawValue ?? "?")"
        }
    }

    public func markdown() -> String {
        var lines = ["# \(title)", "", "- Classification: \(classification)", "- Date: \(date)",
                     "- Open recommendations: \(items.count)", ""]
        for item in items {
            let record = item.record
            lines.append("## \(record.id) (\(record.report), \(record.date))")
            lines.append("")
            lines.append(item.text)
            lines.append("")
            lines.append("- Facility: \(record.facility ?? "—"); theme: \(record.theme ?? "—")")
            lines.append("- Status: \(item.status.rawValue)")
            for event in item.events { lines.append("- \(Self.describe(event))") }
            if item.events.isEmpty { lines.append("- No response recorded.") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    public func html() -> String {
        let escape = HTMLRenderer.escape
        var body = ["<h1>\(escape(title))</h1>",
                    "<dl class=\"meta\"><dt>Date</dt><dd>\(escape(date))</dd><dt>Open recommendations</dt><dd>\(items.count)</dd></dl>"]
        for item in items {
            let record = item.record
            body.append("<section><h2>\(escape(record.id)) <small>(\(escape(record.report)), \(escape(record.date)))</small></h2>")
            body.append("<p>\(escape(item.text))</p>")
            body.append("<p>Facility: \(escape(record.facility ?? "—")); theme: \(escape(record.theme ?? "—")). "
                        + "<strong>Status: \(escape(item.status.rawValue))</strong></p>")
            body.append("<ul>" + (item.events.isEmpty ? "<li>No response recorded.</li>"
                : item.events.map { "<li>\(escape(Self.describe($0)))</li>" }.joined()) + "</ul></section>")
        }
        return HTMLPage.document(title: title, banner: classification, style: HTMLRenderer.style, main: body.joined(separator: "\n"))
    }
}
