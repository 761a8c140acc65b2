import Foundation
import Testing
import TamgaTestSupport

/// `tamga retention` (issue 18): what the schedule in the policy in force
/// makes due, with the rule and its line, sorted by the day; held documents
/// counted apart; clearance as for `list`.
@Suite struct RetentionCommandTests {
    struct Result: Decodable {
        struct Item: Decodable { let id, kind, date, due, status, rule: String; let ruleLine: Int; let tagsUnknown: Bool? }
        let asOf: String
        let within: Int
        let items: [Item]
        let held: [String: [String]]
        let scheduled: Bool
    }

    static let schedule = """
    retention:
      - kind: interview
        keep: 5 years
        unless-tagged: [case-open]
      - kind: visit-report
        keep: 10 years

    """

    /// The two examples (dated 2014-10-28) and a second interview tagged case-open.
    static func vault(schedule: String? = RetentionCommandTests.schedule) throws -> CLIVault {
        let v = try CLIVault()
        var files = try ["INT-2014-044.md", "VR-2014-017.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
        let open = try CLIVault.example("INT-2014-044.md").replacingOccurrences(of: "id: INT-2014-044", with: "id: INT-2014-050")
            .replacingOccurrences(of: "date: 2014-10-28", with: "date: 2014-06-01")
            .replacingOccurrences(of: "D-0042", with: "D-0050").replacingOccurrences(of: "tags: [ill-treatment]", with: "tags: [case-open]")
        files.append(try v.folder.write("INT-2014-050.md", open))
        #expect(try v.run(["add"] + files).status == 0)
        if let schedule {
            let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            let set = try v.run(["policy", "set", try v.folder.write("policy.yaml", shipped + schedule)])
            #expect(set.status == 0, "\(set.standardError)")
        }
        return v
    }

    static func review(_ v: CLIVault, _ arguments: [String]) throws -> Result {
        let run = try v.run(["retention", "--json"] + arguments)
        #expect(run.status == 0, "\(run.standardError)")
        return try JSONDecoder().decode(Result.self, from: Data(run.standardOutput.utf8))
    }

    @Test func listsWhatIsDueWithItsRuleAndHoldsTaggedDocuments() throws {
        let v = try Self.vault()
        let policyLines = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        // The day the first interview falls due: it is due, the other interview is held, the report is not yet due.
        let onTheDay = try Self.review(v, ["--as-of", "2019-10-28"])
        #expect(onTheDay.scheduled && onTheDay.items.map(\.id) == ["INT-2014-044"])
        let item = try #require(onTheDay.items.first)
        #expect(item.due == "2019-10-28" && item.status == "due" && item.kind == "interview" && item.date == "2014-10-28")
        #expect(item.rule == "interview: 5 years after its date, unless tagged case-open" && item.ruleLine == policyLines + 1)
        #expect(item.tagsUnknown == nil)
        #expect(onTheDay.held == ["INT-2014-050": ["case-open"]])
        // The day before, nothing; with --within, what comes, sorted by the day.
        #expect(try Self.review(v, ["--as-of", "2019-10-27"]).items.isEmpty)
        let ahead = try Self.review(v, ["--as-of", "2019-10-27", "--within", "1900"])
        #expect(ahead.items.map(\.id) == ["INT-2014-044", "VR-2014-017"])
        #expect(ahead.items.map(\.status) == ["upcoming", "upcoming"] && ahead.items.last?.due == "2024-10-28")
        // The table says the same, with the rule's line.
        let table = try v.run(["retention", "--as-of", "2025-01-01"])
        #expect(table.status == 0)
        let lines = table.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(table.standardOutput)")
        #expect(lines[1].hasPrefix("2019-10-28  due       INT-2014-044") && lines[1].hasSuffix("(policy line \(policyLines + 1))"))
        #expect(lines[2].hasPrefix("2024-10-28  due       VR-2014-017"))
        #expect(lines[3] == "1 more would be due on 2025-01-01 but are held by a tag (case-open).")
    }

    @Test func withoutAScheduleEverythingIsKept() throws {
        let v = try Self.vault(schedule: nil)
        let result = try Self.review(v, ["--as-of", "2100-01-01"])
        #expect(!result.scheduled && result.items.isEmpty)
        #expect(try v.run(["retention"]).standardOutput.contains("no retention schedule"))
    }

    /// A State member lists only what `list` shows them, without tags: the
    /// interview rule, which a tag can hold, is marked as a guess.
    @Test func aStateMemberSeesTheirDocumentsAndThatTagsAreUnknown() throws {
        let v = try Self.vault()
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let listed = try v.run(["list", "--member", "Liaison", "--json"])
        let visible = Set((try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        let result = try Self.review(v, ["--member", "Liaison", "--as-of", "2025-01-01"])
        #expect(Set(result.items.map(\.id)).isSubset(of: visible))
        #expect(result.held.isEmpty)
        for item in result.items where item.kind == "interview" { #expect(item.tagsUnknown == true) }
        for item in result.items where item.kind == "visit-report" { #expect(item.tagsUnknown == nil) }
    }

    @Test(arguments: [["--within", "-1"], ["--as-of", "2019-02-30"], ["--as-of", "soon"]])
    func badArgumentsAreBadUsage(_ arguments: [String]) throws {
        let v = try CLIVault()
        #expect(try v.run(["retention"] + arguments).status == 64)
    }
}
