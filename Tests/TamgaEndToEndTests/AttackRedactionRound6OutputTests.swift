import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 6, class E (outputs): identifiers in output paths and printed labels
//
// The path of every output written for the State or the public and every
// label `stats` and `rec table` print are read by the identifier detectors
// as well as by the name scan (E6-1..4, 6, 8, 13..19); counts, month labels
// and table rules are not identifiers (`round4CleanOutputsPrint` and the
// statistics tests keep them printing).
extension AttackRedactionTests {
    struct PathCase6: Sendable, CustomTestStringConvertible {
        enum Command: String, Sendable { case export, summary, recReport }
        let name: String, command: Command, path: String
        var audience = "public"
        var testDescription: String { "class R6-E output path (\(command.rawValue)): \(name)" }
    }

    static let paths6: [PathCase6] = [
        PathCase6(name: "E6-1 letter-spaced S-a-d-y-k-o-v", command: .export, path: "S-a-d-y-k-o-v.md"),
        PathCase6(name: "E6-2 passport number", command: .export, path: "AN1234567.md"),
        PathCase6(name: "E6-3 phone", command: .export, path: "0555123456.md"),
        PathCase6(name: "E6-4 percent-encoded name", command: .export, path: "Sady%6Bov.md"),
        PathCase6(name: "E6-13 folder with a DOB", command: .export, path: "born-1990-03-03/out.md"),
        PathCase6(name: "E6-14 PIN", command: .export, path: "20203199100123.md"),
        PathCase6(name: "E6-18 summary, phone", command: .summary, path: "0555123456.md"),
        PathCase6(name: "E6-19 rec report, passport, State", command: .recReport, path: "AN1234567.md", audience: "state"),
        PathCase6(name: "phone with a plus in a folder", command: .export, path: "+996555123456/report.md", audience: "state"),
        PathCase6(name: "letter-spaced Cyrillic name", command: .summary, path: "С_а_д_ы_к_о_в.md"),
    ]

    @Test(arguments: paths6) func round6OutputPathsWithIdentifiersAreRefused(_ c: PathCase6) throws {
        let v = try CLIVault()
        let body = "Public text.\n\n1. [Investigate.]{.recommendation #R-6-1 to=\"Ministry of Interior\" theme=x}"
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: "ATK-6"))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let root = v.folder.path("o")
        let target = root + "/" + c.path
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let arguments: [String] = switch c.command {
        case .export: ["export", "ATK-6", "--audience", c.audience, "--format", "md", "-o", target]
        case .summary: ["summary", "--year", "2014", "--audience", c.audience, "-o", target]
        case .recReport: ["rec", "report", "--audience", c.audience, "--to", "Ministry of Interior", "-o", target]
        }
        let r = try v.run(arguments)
        #expect(r.status != 0, "written to \(c.path)")
        #expect(!FileManager.default.fileExists(atPath: target), "file \(c.path) exists")
    }

    struct LabelCase6: Sendable, CustomTestStringConvertible {
        let name: String, arguments: [String], label: String
        var theme = false
        var testDescription: String { "class R6-E printed label: \(name)" }
    }

    static let labels6: [LabelCase6] = [
        LabelCase6(name: "E6-6 rec table, theme with a phone", arguments: ["rec", "table", "--audience", "public"], label: "call-0555123456",
                   theme: true),
        LabelCase6(name: "E6-8 stats by tag, DOB", arguments: ["stats", "--audience", "public", "--by", "tag"], label: "dob-1990-03-03"),
        LabelCase6(name: "E6-15 stats csv, phone", arguments: ["stats", "--audience", "public", "--by", "tag", "--format", "csv"],
                   label: "tel-0555123456"),
        LabelCase6(name: "E6-16 stats json, passport, State", arguments: ["stats", "--audience", "state", "--by", "tag", "--format", "json"],
                   label: "pass-an1234567"),
        LabelCase6(name: "E6-17 rec table csv, passport, State", arguments: ["rec", "table", "--audience", "state", "--csv"], label: "an1234567",
                   theme: true),
        LabelCase6(name: "rec table, theme with a German DOB", arguments: ["rec", "table", "--audience", "public"], label: "geb.-03.03.1990",
                   theme: true),
        LabelCase6(name: "stats by tag, percent-encoded phone", arguments: ["stats", "--audience", "public", "--by", "tag"],
                   label: "tel-%2B996555123456"),
    ]

    @Test(arguments: labels6) func round6PrintedLabelsWithIdentifiersAreRefused(_ c: LabelCase6) throws {
        let v = try CLIVault()
        let body = c.theme ? "Public.\n\n1. [Investigate.]{.recommendation #R-6-1 to=\"Ministry of Interior\" theme=\(c.label)}" : "Public."
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: "ATK-6", extra: c.theme ? "" : "tags: [\"\(c.label)\"]\n"))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let r = try v.run(c.arguments)
        let digits = String(c.label.filter(\.isNumber).prefix(6))
        #expect(r.status != 0 || !r.standardOutput.contains(digits), "printed:\n\(r.standardOutput)")
        #expect(!r.standardError.contains(digits), "the error repeats the identifier: \(r.standardError)")
    }

    /// Clean paths and labels near the new rules still print or write.
    @Test(arguments: [["stats", "--audience", "public", "--by", "month"], ["stats", "--audience", "public", "--by", "tag", "--format", "csv"],
                      ["rec", "table", "--audience", "public", "--csv"], ["stats", "--audience", "public", "--by", "kind", "--format", "json"]])
    func round6CleanLabelsPrint(_ arguments: [String]) throws {
        let v = try CLIVault()
        let body = "Public.\n\n1. [Reduce occupancy.]{.recommendation #R-2014-017-1 to=\"GSIN\" theme=overcrowding-2014}"
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: "VR-2014-017", extra: "tags: [cell-14, visit-2014-10-28, \"2014\"]\n"))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let r = try v.run(arguments)
        #expect(r.status == 0, "refused: \(r.standardError)")
    }

    @Test(arguments: ["VR-2014-017.public.md", "2014-10-28/report.md", "reports-2014/01.01.2014–31.12.2014.md", "summary-2014.md"])
    func round6CleanPathsAreWritten(_ path: String) throws {
        let v = try CLIVault()
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4("Public text.", id: "VR-2014-017"))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let target = v.folder.path("o") + "/" + path
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let r = try v.run(["export", "VR-2014-017", "--audience", "public", "-o", target])
        #expect(r.status == 0, "refused: \(r.standardError)")
    }

    /// E6-11: a State member's `show` is the State's version, through the same detectors.
    @Test(arguments: ["Der Häftling (geb. 03.03.1990).", "Viber: viber://chat?number=%2B996555123456", "Nacida el 03/03/1990."])
    func round6StateMemberShowWithholdsIdentifiers(_ body: String) throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: "ATK-6"))]).status == 0)
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let shown = try v.run(["show", "--member", "Liaison", "ATK-6"])
        #expect(!shown.standardOutput.contains("1990") && !shown.standardOutput.contains("555123456"), "shown:\n\(shown.standardOutput)")
    }
}
