import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga retention`: what the policy's retention schedule says is due.
/// It only lists; `tamga destroy --due` acts on it.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List the documents the retention schedule says are due for destruction.",
        discussion: """
        The policy's `retention` section (policy/README.md) says how long
        each kind of record is kept after its date, per tag if it likes
        (interviews five years, unless tagged case-open). This lists every
        document you may list that is due today, or will be within --within
        days, with the rule that makes it due, sorted by the day it is due.
        Documents an `unless-tagged` tag holds are counted apart. Nothing is
        destroyed, and nothing is logged: it reads what `list` reads.
        `tamga destroy --due` destroys what is due, after confirmation.

        Tags are internal: below internal clearance a rule chosen or held
        by a tag cannot be told, and such lines are marked (tags unknown).

        EXAMPLES:
          tamga retention
          tamga retention --within 90
          tamga retention --as-of 2026-01-01 --json

        EXIT STATUS:
          0   success (also when nothing is due)
          1   an operation refused or failed (wrong passphrase, tampered data)
          64  bad usage (a negative --within, a malformed --as-of)
          65  bad input data (the policy in force does not parse)
          66  an input that does not exist (no vault)
        """)

    @OptionGroup var options: VaultOptions

    @Option(help: ArgumentHelp("Also list what falls due within this many days.", valueName: "days"))
    var within = 0

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Review as of this day instead of today (UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard within >= 0 else { throw ValidationError("--within must be 0 or more days") }
        if let asOf, RetentionPeriod.day(asOf) == nil { throw ValidationError("--as-of must be a day written YYYY-MM-DD") }
    }

    func run() throws {
        let day = asOf ?? RetentionPeriod.string(Date())
        let result = try RetentionReview(vault: try options.unlock()).review(asOf: day, within: within)
        if json {
            try printJSON(result)
            return
        }
        guard result.scheduled else {
            print("The policy in force has no retention schedule: every document is kept. See policy/README.md, `retention`.")
            return
        }
        let until = within == 0 ? "on \(day)" : "by \(RetentionPeriod.adding(days: within, to: day) ?? day)"
        if result.items.isEmpty {
            print("Nothing is due \(until).")
        } else {
            let idWidth = max(2, result.items.map(\.id.count).max() ?? 0)
            print("DUE         STATUS    " + "ID".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  DATE        RULE")
            for item in result.items {
                let status = item.status.padding(toLength: 8, withPad: " ", startingAt: 0)
                let id = item.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let date = item.date.padding(toLength: 10, withPad: " ", startingAt: 0)
                let note = item.tagsUnknown == true ? " (tags unknown)" : ""
                print("\(item.due)  \(status)  \(id)  \(date)  \(item.rule) (policy line \(item.ruleLine))\(note)")
            }
        }
        if !result.held.isEmpty {
            let tags = Set(result.held.values.flatMap { $0 }).sorted().joined(separator: ", ")
            print("\(result.held.count) more would be due \(until) but are held by a tag (\(tags)).")
        }
    }
}
