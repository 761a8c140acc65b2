import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension StatisticsDimension: ExpressibleByArgument {}

/// `tamga stats`: counts by facility, kind, tag or month, with disclosure control.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count documents by facility, kind, tag or month, with small counts suppressed for the public.",
        discussion: """
        Counts come from front matter (kind, facility, date, tags), never from
        free text. For --audience public, counts under the policy's threshold
        (shipped: fewer than 5) are withheld, and further cells are withheld
        so that none can be recovered from the totals; the output says which
        cells were withheld and why, never their value (policy/README.md).

        EXAMPLES:
          tamga stats --audience public --by facility
          tamga stats --audience public --by facility --by tag --format csv
          tamga stats --audience state --by month \\
              --from 2014-01-01 --to 2014-12-31 --format json
        """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @OptionGroup var options: VaultOptions
    @Option(help: "state or public (internal: exact counts).") var audience: Audience
    @Option(help: "facility, kind, tag or month; give it twice for a two-way table.") var by: [StatisticsDimension]
    @Option(help: "Only documents dated on or after (YYYY-MM-DD).") var from: String?
    @Option(help: "Only documents dated on or before (YYYY-MM-DD).") var to: String?
    @Option(help: "text, csv or json.") var format: OutputFormat = .text

    func validate() throws {
        guard (1...2).contains(by.count) else { throw ValidationError("give --by once or twice") }
        for dimension in by where !StatisticsDimension.documentDimensions.contains(dimension) {
            throw ValidationError("--by \(dimension.rawValue) is not a document field; use facility, kind, tag or month (recommendations: `tamga rec table`)")
        }
        for date in [from, to].compactMap({ $0 }) where CalendarDate(iso: date) == nil {
            throw ValidationError("\(date) is not a date like 2014-01-31")
        }
    }

    func run() throws {
        let query = try StatisticsQuery(rows: by[0], columns: by.count > 1 ? by[1] : nil,
                                        from: from.flatMap(CalendarDate.init(iso:)), to: to.flatMap(CalendarDate.init(iso:)))
        let table = try StatisticsService(vault: try options.unlock()).table(query, for: audience)
        switch format {
        case .text: print(table.text, terminator: table.text.hasSuffix("\n") ? "" : "\n")
        case .csv: print(table.csv, terminator: table.csv.hasSuffix("\n") ? "" : "\n")
        case .json: print(table.json, terminator: table.json.hasSuffix("\n") ? "" : "\n")
        }
    }
}
