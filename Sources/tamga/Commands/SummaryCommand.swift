import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension SummaryFormat: ExpressibleByArgument {}

/// `tamga summary --year Y`: the public annual summary, signed like any export.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Write the annual summary: visits, public sections, statistics and a chart.",
        discussion: """
        Lists the year's visits, the sections of each report the audience may
        see, the statistics table with small-count suppression, and a chart of
        visits and findings per month (inline SVG, readable printed in grey).
        It is leak-scanned and signed like any export (FILE.minisig).

        EXAMPLES:
          tamga summary --year 2014 --audience public -o summary-2014.html
          tamga summary --year 2014 --audience public --format md -o summary-2014.md
          tamga summary --year 2014 --audience public --lang ru -o summary-2014.ru.html
        """)

    @OptionGroup var options: VaultOptions
    @Option(help: "The year.") var year: Int
    @Option(help: "public (default) or state.") var audience: Audience = .public
    @Option(help: "html or md (else from the -o file's extension, else html).") var format: SummaryFormat?
    @Option(name: .shortAndLong, help: "The output file.") var output: String?
    @Option(name: .customLong("lang"), help: "The summary's language: en, ru or ky (else the one most of the year's visit reports are in).")
    var language: DocumentLanguage?
    @Flag(help: "Overwrite an existing output file.") var force = false
    @Flag(help: "When the leak scan refuses: also print the source text found at each place (members cleared internal).")
    var explain = false

    func validate() throws { _ = try chosenFormat() }

    /// `--format`, else the -o file's extension, else html: the rule of every output (issue 19 item 4).
    private func chosenFormat() throws -> SummaryFormat {
        try OutputFormatRule.choose(given: format, output: output, allowed: SummaryFormat.allCases, default: .html)
    }

    func run() throws {
        let chosen = try chosenFormat()
        let vault = try options.unlock()
        let result = try AnnualSummaryExport(vault: vault).write(
            .init(year: year, audience: audience, format: chosen, language: language, output: output, force: force, explain: explain),
            explanation: { Terminal.writeStandardError("explain: " + $0 + "\n") }, unsigned: Terminal.warnUnsignedOutput)
        Terminal.writeStandardError("wrote the \(year) summary (\(result.reports.count) visit reports, \(audience.rawValue)) to \(result.path)\n")
    }
}
