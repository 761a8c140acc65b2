import Foundation
import TamgaCore

/// Statistics and the annual summary over the vault's documents, for an
/// audience. Counts come from front matter only; the facility is taken as the
/// audience's projection shows it; a document with no version for the
/// audience (an interview, for the public) is not counted for it. The summary
/// goes through the same projector and leak scan as any export.
public struct StatisticsService: Sendable {
    public let context: RedactionContext

    public init(vault: UnlockedVault) throws {
        context = try RedactionContext.load(vault)
    }

    /// The documents with a version for `audience`, with that version.
    func projected(for audience: Audience) -> [(Document, Projection)] {
        context.documents.values.sorted { $0.id < $1.id }.compactMap { document in
            (try? context.exporter.projector.project(document, for: audience)).map { (document, $0) }
        }
    }

    /// The table, its labels (facilities, tags, kinds) scanned like any
    /// export: a tag like `sadykov-case` is printed for the audience too.
    public func table(_ query: StatisticsQuery, for audience: Audience) throws -> StatisticsTable {
        let records = projected(for: audience).map { StatisticsRecord(document: $0.0, projected: $0.1) }
        let table = StatisticsTable(counting: records, query: query, for: audience, policy: context.policy.policy)
        try context.exporter.scanner.scanLabels(table.text, audience: audience, identifiers: table.rowLabels + table.columnLabels)
        return table
    }

    /// The annual summary of `year`, rendered and leak-scanned against every report it draws on;
    /// in `language`, else in the one most of its visit reports are in.
    public func summary(year: Int, for audience: Audience, as format: SummaryFormat,
                        language: DocumentLanguage? = nil) throws -> (text: String, reports: [String]) {
        let visits = try projected(for: audience).filter { $0.0.kind == "visit-report" && $0.0.date.year == year }
            .map { try SummaryVisit(record: StatisticsRecord(document: $0.0, projected: $0.1), report: $0.1) }
        let summary = try AnnualSummary(year: year, visits: visits, policy: context.policy.policy, audience: audience,
                                        language: language)
        let text = summary.rendered(as: format)
        // The scan reads what the documents contribute, not the template's own words (`scannedText`).
        let scanned = summary.scannedText(as: format)
        let fileName = "summary-\(year).\(audience.rawValue).\(format.fileExtension)"
        let reports = visits.map(\.record.id)
        for id in reports {
            guard let document = context.documents[id] else { continue }
            do {
                try context.exporter.scanner.scan(scanned, format: format.exportFormat, fileName: fileName, document: document, audience: audience)
            } catch {
                throw attributed(error, reports: reports, year: year)
            }
        }
        return (text, reports)
    }

    /// The summary's refusal, placed in the report its text comes from
    /// (the first report whose visible text breaks the same rule), else
    /// said of the summary as a whole: not blamed on whichever report was
    /// scanned first.
    private func attributed(_ error: LeakError, reports: [String], year: Int) -> LeakError {
        let subject = "the \(error.audience.rawValue) summary of \(year)"
        for id in reports {
            guard let document = context.documents[id] else { continue }
            var located = Exporter.located(error, document: document, scanner: context.exporter.scanner)
            if !located.sourceLocations.isEmpty {
                located.subject = subject
                return located
            }
        }
        var plain = error
        plain.subject = subject
        return plain
    }
}
