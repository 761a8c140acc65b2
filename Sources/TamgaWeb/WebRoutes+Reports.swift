import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// The statistics and recommendations pages: the tables `tamga stats` and
/// `tamga rec table` print, from the same use cases (`StatisticsService`,
/// `RecommendationDesk`), so the small-count suppression and the leak scan
/// of every printed label are theirs, not this page's. A GET form: the
/// choices are in the address, the page changes nothing.
extension WebRoutes {
    func addReports(to router: Router<BasicRequestContext>) {
        router.get("/stats") { request, _ in try await withVault(request) { vault, frame in statistics(request, vault, frame) } }
        router.get("/recommendations") { request, _ in
            try await withVault(request) { vault, frame in recommendations(request, vault, frame) }
        }
    }

    /// The audiences a table can be made for, with the one chosen marked.
    static func audienceChoices(_ chosen: Audience, including: [Audience]) -> [[String: Any]] {
        including.map { ["value": $0.rawValue, "selected": $0 == chosen] }
    }

    func statistics(_ request: Request, _ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        let query = request.uri.queryParameters
        let audience = query["audience"].flatMap { Audience(rawValue: String($0)) } ?? .public
        let rows = query["by"].flatMap { StatisticsDimension(rawValue: String($0)) } ?? .facility
        let columns = query["by2"].flatMap { StatisticsDimension(rawValue: String($0)) }
        let dimensions = StatisticsDimension.documentDimensions.map(\.rawValue).sorted()
        var values: [String: Any] = [
            "audiences": Self.audienceChoices(audience, including: [.public, .state, .internal]),
            "rows": dimensions.map { ["value": $0, "selected": $0 == rows.rawValue] },
            "columns": dimensions.map { ["value": $0, "selected": $0 == columns?.rawValue] },
        ]
        do {
            guard StatisticsDimension.documentDimensions.contains(rows), columns.map(StatisticsDimension.documentDimensions.contains) ?? true,
                  columns != rows else {
                throw VaultError.invalidArgument("count by facility, kind, tag or month, and by two different ones for a two-way table")
            }
            let table = try StatisticsService(vault: vault).table(try StatisticsQuery(rows: rows, columns: columns), for: audience)
            values["table"] = table.text
            return pages.page("stats", title: frame.words["statistics"] ?? "", frame: frame, values: values)
        } catch {
            return failure(error, frame: frame, back: "/stats")
        }
    }

    func recommendations(_ request: Request, _ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        let audience = request.uri.queryParameters["audience"].flatMap { Audience(rawValue: String($0)) } ?? .public
        do {
            guard audience != .internal else { throw VaultError.invalidArgument("the table is made for the state or the public") }
            let desk = try RecommendationDesk(vault: vault)
            let (table, rows) = try desk.statusTable(for: audience)
            let listed: [[String: Any]] = rows.map { ["id": $0.id, "status": $0.status, "text": $0.text] }
            // Every recommendation as the sources have it (the desk needs clearance internal), each linking to its follow-up.
            let followUp: [[String: Any]] = desk.rows().map {
                ["id": $0.id, "report": $0.report, "date": $0.date, "addressee": $0.addressee ?? "—", "status": $0.status]
            }
            return pages.page("recommendations", title: frame.words["recommendations"] ?? "", frame: frame, values: [
                "audiences": Self.audienceChoices(audience, including: [.public, .state]), "table": table.text,
                "recommendations": listed, "hasRecommendations": !listed.isEmpty, "audience": audience.rawValue,
                "followUp": followUp, "hasFollowUp": !followUp.isEmpty,
            ])
        } catch {
            return failure(error, frame: frame, back: "/documents")
        }
    }
}
