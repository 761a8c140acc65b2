import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension RecommendationStatus: ExpressibleByArgument {}
extension VerificationFinding: ExpressibleByArgument {}

/// `tamga rec ...`: recommendations followed from the report that made them,
/// through the authorities' responses, to the visit that checks them.
struct RecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rec",
        abstract: "Follow recommendations: responses, verifications, repeats, follow-up reports.",
        discussion: """
        Recommendations come from the documents' recommendation spans
        (docs/FORMAT.md); their status is derived from the recorded responses
        and verifications, never typed twice.

        EXAMPLES:
          tamga rec list --status no-response --to "Ministry of Health"
          tamga rec respond R-2014-017-2 --from "Ministry of Health" \\
              --date 2015-02-01 --status accepted
          tamga rec verify R-2014-017-2 --visit VR-2015-003 --finding partially
          tamga rec repeats
          tamga rec report --audience state --to "Ministry of Health" -o follow-up.html
        """,
        subcommands: [List.self, Show.self, Respond.self, Verify.self, Repeats.self, Report.self, Table.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recommendations with their status.")
        @OptionGroup var options: VaultOptions
        @Option(help: "Only this status.") var status: RecommendationStatus?
        @Option(help: "Only those addressed to this authority.") var to: String?
        @Option(help: "Only this facility.") var facility: String?
        @Option(help: "Only this theme.") var theme: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let rows = try RecommendationDesk(vault: try options.unlock()).rows().filter { row in
                (status == nil || row.status == status!.rawValue) && (to == nil || row.addressee == to) &&
                    (facility == nil || row.facility == facility) && (theme == nil || row.theme == theme)
            }
            if json { try printJSON(rows); return }
            guard !rows.isEmpty else { print("No recommendations."); return }
            for row in rows {
                print("\(row.id)  \(row.date)  \(row.status)  to: \(row.addressee ?? "—")  theme: \(row.theme ?? "—")"
                      + (row.repeatOf.isEmpty ? "" : "  repeats \(row.repeatOf.joined(separator: ", "))"))
                print("    \(row.text)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one recommendation and its history.")
        @OptionGroup var options: VaultOptions
        @Argument(help: "The recommendation id.") var id: String

        func run() throws {
            let desk = try RecommendationDesk(vault: try options.unlock())
            let record = try desk.requireRecord(id)
            print("\(record.id)  (\(record.report), \(record.date), level \(record.level.rawValue))")
            print(record.text)
            print("to: \(record.addressee ?? "—")  facility: \(record.facility ?? "—")  theme: \(record.theme ?? "—")")
            print("status: \(desk.status(id).rawValue)")
            for event in desk.history(id) { print("  \(FollowUpReport.describe(event))  [level \(event.level.rawValue)]") }
            for item in desk.repeats where item.later == id || item.earlier == id {
                print(item.later == id ? "repeats \(item.earlier) (\(item.earlierYear)): \(item.reason)"
                                       : "repeated by \(item.later) (\(item.laterYear)): \(item.reason)")
            }
        }
    }

    struct Respond: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an authority's response.")
        @OptionGroup var options: VaultOptions
        @Argument(help: "The recommendation id.") var id: String
        @Option(help: "Who answered.") var from: String
        @Option(help: "The date of the answer (YYYY-MM-DD).") var date: String
        @Option(help: "accepted, rejected, in-progress, implemented, partially-implemented or no-response.") var status: RecommendationStatus
        @Option(help: "A file with the response text.") var text: String?
        @Option(help: "The level of the response: state (default) or public.") var level: Level = .state

        func validate() throws {
            guard CalendarDate(iso: date) != nil else { throw ValidationError("--date must be a date like 2015-02-01") }
            guard RecommendationStatus.responseStatuses.contains(status) else {
                throw ValidationError("a response status is one of: " + RecommendationStatus.responseStatuses.map(\.rawValue).joined(separator: ", "))
            }
        }

        func run() throws {
            var responseText: String?
            if let text {
                guard FileManager.default.fileExists(atPath: text) else { throw StorageError(operation: "read", path: text, code: 2) }
                responseText = String(decoding: try DurableFile.readAll(URL(fileURLWithPath: text)), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let vault = try options.unlock()
            try RecommendationTracking(vault: vault).respond(id, from: from, date: date, status: status, text: responseText, level: level)
            print("recorded: \(from) answered \(id) on \(date): \(status.rawValue)")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record what a later visit found.")
        @OptionGroup var options: VaultOptions
        @Argument(help: "The recommendation id.") var id: String
        @Option(help: "The visit report that checked it.") var visit: String
        @Option(help: "implemented, partially or not-implemented.") var finding: VerificationFinding
        @Option(help: "The level of the record: state (default) or public.") var level: Level = .state

        func run() throws {
            let vault = try options.unlock()
            try RecommendationTracking(vault: vault).verify(id, visit: visit, finding: finding, level: level)
            print("recorded: visit \(visit) found \(id) \(finding.rawValue)")
        }
    }

    struct Repeats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recommendations made again in later reports.")
        @OptionGroup var options: VaultOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let repeats = try RecommendationDesk(vault: try options.unlock()).repeats
            if json { try printJSON(repeats); return }
            guard !repeats.isEmpty else { print("No repeated recommendations."); return }
            for item in repeats { print("\(item.later) (\(item.laterYear)) repeats \(item.earlier) (\(item.earlierYear)): \(item.reason)") }
        }
    }

    struct Table: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count recommendations by status and theme, with small counts suppressed for the public.",
            discussion: "For the annual report: the table, then each recommendation the audience may see with its status.")
        @OptionGroup var options: VaultOptions
        @Option(help: "public (default) or state.") var audience: Audience = .public
        @Flag(help: "Print the table as CSV.") var csv = false

        func run() throws {
            let (table, rows) = try RecommendationDesk(vault: try options.unlock()).statusTable(for: audience)
            print(csv ? table.csv : table.text)
            guard !csv else { return }
            print("Recommendations (\(audience.rawValue)):")
            for row in rows { print("  \(row.id)  \(row.status)  \(row.text)") }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the follow-up report for one addressee, signed like any export.",
            discussion: """
            The report is leak-scanned, logged as a disclosure and signed
            (FILE.minisig; check it with `tamga verify FILE`).

            EXAMPLES:
              tamga rec report --audience state --to "Ministry of Health" -o follow-up.html
              tamga rec report --audience state --to "Ministry of Health" -o follow-up.md
              tamga rec report --audience state --to "Ministry of Health" \\
                  --lang ru -o follow-up.ru.html
            """)
        @OptionGroup var options: VaultOptions
        @Option(help: "state or public.") var audience: Audience
        @Option(help: "The addressee, as in the recommendations' to=\"...\".") var to: String
        @Option(help: "md or html (else from the -o file's extension, else html).") var format: ExportFormat?
        @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String?
        @Option(name: .customLong("lang"), help: "The report's language: en, ru or ky (else the one most of its recommendations' reports are in).")
        var language: DocumentLanguage?
        @Flag(help: "Overwrite an existing output file.") var force = false

        func validate() throws { _ = try chosenFormat() }

        /// One rule for every output (issue 19 item 4); the report has no JSON form.
        private func chosenFormat() throws -> ExportFormat {
            try OutputFormatRule.choose(given: format, output: output, allowed: [.markdown, .html], default: .html)
        }

        func run() throws {
            let format = try chosenFormat()
            let vault = try options.unlock()
            let path = try FollowUpReportExport(vault: vault).write(
                .init(addressee: to, audience: audience, format: format, language: language, output: output, force: force),
                unsigned: Terminal.warnUnsignedOutput)
            Terminal.writeStandardError("wrote the follow-up report for \(to) (\(audience.rawValue)) to \(path)\n")
        }
    }

}
