import Foundation
import Testing
import TamgaTestSupport

/// Issue 16: "three copies change concurrently (adds, edits of one document,
/// consent changes, a member removal and rekey) and converge after syncs in
/// any order, `check` clean everywhere, the same `list`, forks shown", over a
/// local bare repository and over SSH on loopback; and "only ciphertext
/// reaches the remote".
@Suite(.serialized) struct SyncConvergenceTests {
    enum Transport: String, CaseIterable, Sendable { case folder, ssh }

    @Test(arguments: [(Transport.folder, "ABC"), (Transport.folder, "CBA"), (Transport.ssh, "BCA")])
    func threeCopiesConverge(_ transport: Transport, _ order: String) throws {
        let team = try SyncTeam(overSSH: transport == .ssh)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let c = try team.clone("copy-c", member: "Carol")
        try b.run(["list"])

        // Apart: each copy changes the vault on its own.
        let shared = try CLIVault.example("VR-2014-017.md")
        try a.run(["add", try team.document(1, prefix: "VR-2032-A")])
        try a.run(["add", try team.origin.folder.write("shared-a.md", shared.replacingOccurrences(of: "unannounced visit", with: "unannounced visit (A)"))])
        try a.run(["member", "remove", "Dana"])
        try a.run(["rekey", "--level", "internal"])
        try b.run(["add", try team.document(1, prefix: "VR-2032-B")])
        try b.run(["add", try team.origin.folder.write("shared-b.md", shared.replacingOccurrences(of: "unannounced visit", with: "unannounced visit (B)"))])
        try b.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "Gulnara"])
        try c.run(["add", try team.document(1, prefix: "VR-2032-C")])

        let copies: [Character: SyncTeam.Copy] = ["A": a, "B": b, "C": c]
        for letter in order { try copies[letter]!.run(["sync"]) }
        // A second round in the same order brings everyone everything; an
        // internal member's refresh heals the projections; a third round spreads it.
        for letter in order { try copies[letter]!.run(["sync"]) }
        try a.run(["sync", "--refresh"])
        for letter in order { try copies[letter]!.run(["sync"]) }

        #expect(try a.head() == b.head())
        #expect(try b.head() == c.head())
        for copy in [a, b, c] {
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
            #expect(!check.standardOutput.contains("stale"), "\(copy.member): \(check.standardOutput)")
        }
        let listA = try a.run(["list"]).standardOutput, listB = try b.run(["list"]).standardOutput
        #expect(listA == listB)
        for id in ["VR-2032-A-0001", "VR-2032-B-0001", "VR-2032-C-0001", "VR-2014-017", "INT-2014-044"] { #expect(listA.contains(id), "\(id) in \(listA)") }
        let history = try b.run(["history", "VR-2014-017"]).standardOutput
        #expect(history.contains("(fork)"), "\(history)")
        let show = try a.run(["show", "VR-2014-017"], expect: nil)
        #expect(show.standardError.contains("fork"), "\(show.standardError)")
        let members = try a.run(["member", "list"]).standardOutput
        #expect(!members.split(separator: "\n").contains { $0.contains("Dana") && !$0.contains("removed") }, "\(members)")

        try Self.expectOnlyCiphertext(in: team.remote, team: team)
    }

    /// Every object in the remote, decompressed, holds no line of the corpus,
    /// no person's name, no member's name, and commits name no one.
    static func expectOnlyCiphertext(in repository: String, team: SyncTeam) throws {
        let objects = try team.inGit(repository, ["cat-file", "--batch-all-objects", "--batch"]).output
        #expect(objects.count > 10_000)
        var needles: Set<String> = ["Aibek Sadykov", "Sadykov", "Садыков", "Temir Osmonov", "Осмонов", "Gulnara", "night-shift duty officer",
                                    "Temporary Detention Facility", "VR-2014-017", "INT-2014-044", "VR-2032-A-0001", "Admin", "Carol", "someone@"]
        for name in ["VR-2014-017.md", "INT-2014-044.md"] {
            for line in try CLIVault.example(name).split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.count >= 24, !trimmed.hasPrefix("---"), !trimmed.hasPrefix("|") { needles.insert(String(trimmed.prefix(40))) }
            }
        }
        let leaked = needles.filter { objects.contains($0) }
        #expect(leaked.isEmpty, "plaintext in the remote's objects: \(leaked.sorted())")
    }
}
