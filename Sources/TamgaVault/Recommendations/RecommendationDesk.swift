import Foundation
import TamgaCore
import TamgaCrypto

/// Recommendations with their state: the catalogue from the documents, the
/// stored events, the derived status, the repeats, and the follow-up report
/// for an audience (projected and leak-scanned like any export).
public struct RecommendationDesk: Sendable {
    public let vault: UnlockedVault
    public let context: RedactionContext
    public let catalog: RecommendationCatalog
    public let events: [RecommendationEvent]

    public init(vault: UnlockedVault) throws {
        self.vault = vault
        context = try RedactionContext.load(vault)
        catalog = try RecommendationCatalog(documents: Array(context.documents.values))
        events = try RecommendationStore(vault: vault).events()
    }

    /// One line of `rec list`.
    public struct Row: Sendable, Codable, Equatable {
        public let id: String
        public let report: String
        public let date: String
        public let facility: String?
        public let addressee: String?
        public let theme: String?
        public let level: String
        public let status: String
        public let repeatOf: [String]
        public let text: String
    }

    public func history(_ id: String) -> [RecommendationEvent] { events.filter { $0.recommendation == id } }

    public func status(_ id: String) -> RecommendationStatus { RecommendationEvent.status(of: history(id)) }

    public var repeats: [RepeatDetector.Repeat] { RepeatDetector.repeats(in: catalog.records) }

    public func rows() -> [Row] {
        let repeats = self.repeats
        return catalog.records.map { record in
            Row(id: record.id, report: record.report, date: record.date, facility: record.facility,
                addressee: record.addressee, theme: record.theme, level: record.level.rawValue,
                status: status(record.id).rawValue,
                repeatOf: repeats.filter { $0.later == record.id }.map(\.earlier), text: record.text)
        }
    }

    /// The status table for an audience (issue 10): recommendations the
    /// audience may see, counted by status and theme, with the same small-count
    /// suppression as any statistics table, and the recommendations themselves
    /// as projected for the audience.
    public func statusTable(for audience: Audience) throws -> (table: StatisticsTable, rows: [(id: String, text: String, status: String)]) {
        let policy = context.policy.policy
        var visible: [(RecommendationRecord, String)] = []
        for record in catalog.records where policy.audience(audience, sees: record.level) {
            guard let document = context.documents[record.report],
                  let projection = try? context.exporter.projector.project(document, for: audience),
                  let projected = projection.recommendations.first(where: { $0.id == record.id }) else { continue }
            visible.append((record, projected.text))
        }
        let statuses = RecommendationStatus.allCases.map(\.rawValue)
        let themes = Array(Set(visible.map { $0.0.theme ?? "(no theme)" })).sorted()
        var cells = Array(repeating: Array(repeating: 0, count: themes.count), count: statuses.count)
        for (record, _) in visible {
            let row = statuses.firstIndex(of: status(record.id).rawValue)!, column = themes.firstIndex(of: record.theme ?? "(no theme)")!
            cells[row][column] += 1
        }
        let query = try StatisticsQuery(rows: .status, columns: .theme)
        let table = StatisticsTable(counts: CountTable(query: query, rowLabels: statuses, columnLabels: themes, cells: cells),
                                    audience: audience, disclosure: StatisticsDisclosure(policy: policy, audience: audience))
        // Themes, ids and texts are printed for the audience: scanned like any export
        // (an id may name a person: "R-2014-sadykov-1", red-team round 4).
        try context.exporter.scanner.scanLabels(table.text + "\n" + visible.map { "\($0.0.id)\n\($0.1)" }.joined(separator: "\n"),
                                                audience: audience, identifiers: themes + visible.flatMap { [$0.0.id, $0.1] })
        // A status listed beside a suppressed cell would give its count away
        // (issue 19 item 14): each recommendation shows its status only where
        // the table shows the count of its status and theme.
        return (table, visible.map { record, text in
            let row = statuses.firstIndex(of: status(record.id).rawValue)!, column = themes.firstIndex(of: record.theme ?? "(no theme)")!
            let shown = table[CellPosition(row: row, column: column)].value != nil
            return (record.id, text, shown ? status(record.id).rawValue : Self.withheldStatus)
        })
    }

    /// What the status table lists for a recommendation whose status cell is suppressed.
    public static let withheldStatus = "status withheld (small count)"

    /// Checks that a recommendation exists before an event is recorded about it.
    public func requireRecord(_ id: String) throws -> RecommendationRecord {
        guard let record = catalog.record(id) else {
            throw VaultError.invalidArgument("no recommendation \(id) in the vault; see `tamga rec list`")
        }
        return record
    }

    /// The follow-up report for `addressee`, as `audience` may see it: open
    /// recommendations visible to the audience, their texts as projected for
    /// it, and the events of levels it sees. Scanned against every source report.
    /// Its words are in `language`, else in the language most of the listed
    /// recommendations' reports are in (a tie is English).
    public func followUp(to addressee: String, audience: Audience, format: ExportFormat,
                         language: DocumentLanguage? = nil) throws -> (text: String, reports: [String]) {
        let policy = context.policy.policy
        // The addressee is the user's text, printed in the heading, the HTML title and the signature's
        // trusted comment: scanned like any label, vault-wide, even when no recommendation matches it
        // and no report's scan runs (red team round 9, E-029: `--to Садыков` was written unscanned).
        try context.exporter.scanner.scanLabels(addressee, audience: audience, identifiers: [addressee])
        var items: [FollowUpReport.Item] = []
        var reports: Set<String> = []
        var languages: [DocumentLanguage] = []
        for record in catalog.records where record.addressee == addressee && status(record.id).isOpen {
            guard policy.audience(audience, sees: record.level), let document = context.documents[record.report],
                  let projection = try? context.exporter.projector.project(document, for: audience),
                  let projected = projection.recommendations.first(where: { $0.id == record.id }) else { continue }
            let visible = history(record.id).filter { policy.audience(audience, sees: $0.level) }
            items.append(FollowUpReport.Item(record: record, text: projected.text, status: status(record.id), events: visible))
            languages.append(projection.language)
            reports.insert(record.report)
        }
        let language = language ?? DocumentLanguage.majority(of: languages)
        let classification = policy.localized(to: language).audiences[audience]?.banner ?? audience.rawValue.uppercased()
        let report = FollowUpReport(addressee: addressee, classification: classification,
                                    date: String(Timestamp.now().prefix(10)), items: items, language: language)
        let text = format == .html ? report.html() : report.markdown()
        let fileName = "follow-up.\(audience.rawValue).\(format.fileExtension)"
        for id in reports.sorted() {
            try context.exporter.scanner.scan(text, format: format, fileName: fileName, document: context.documents[id]!, audience: audience)
        }
        return (text, reports.sorted())
    }
}
