import Foundation
import Testing
import TamgaTestSupport

/// A revision that takes consent away in its front matter is a withdrawal
/// logged by its own add entry (attacker 40b): it is dated where it was
/// made, not at whichever fork head reads as newest (F5), a join keeping the
/// other branch's text does not give it back (F2), and later revisions that
/// declare the consent again do not either: like `person consent --withdraw`,
/// only a grant logged after it does.
@Suite struct FrontMatterWithdrawalTests {
    /// The examples with the interview's D-0042 consenting to the State, and a State photo of him.
    static func consenting() throws -> (vault: CLIVault, text: String) {
        let v = try ExportTests.vaultWithExamples()
        let consenting = try CLIVault.example("INT-2014-044.md").replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
            + "\nConsent to be named to the State recorded on 2014-10-29.\n"
        #expect(try v.run(["add", try v.folder.write("consenting.md", consenting)]).status == 0)
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])
        return (v, consenting)
    }

    /// Copy B takes the consent away; copy A, apart and a second later, fixes a typo; then `afterTypo` runs on A; B merges into A.
    static func forked(_ v: CLIVault, _ consenting: String, afterTypo: () throws -> Void = {}) throws {
        let teamB = v.folder.path("team-b")
        try VaultFiles.copy(v.vault, to: teamB)
        let withdrawn = consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []")
        let added = try v.run(["add", try v.folder.write("withdrawn.md", withdrawn)],
                              extra: ["TAMGA_VAULT": teamB, "XDG_STATE_HOME": teamB + "-state"])
        #expect(added.status == 0, "\(added.standardError)")
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try v.run(["add", try v.folder.write("typo.md", consenting.replacingOccurrences(of: "visiting room", with: "visiting-room"))]).status == 0)
        try afterTypo()
        let copied = try Command.run("/bin/cp", ["-rn", teamB + "/.", v.vault])
        #expect(copied.status == 0, "\(copied.output)")
        #expect(try v.run(["refresh"]).status == 0)
    }

    /// Whether the State gets the photo or the name.
    static func stateSees(_ v: CLIVault, _ label: String) throws -> Bool {
        let out = v.folder.path("out-\(label)")
        let export = try v.run(["export", "INT-2014-044", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(label): \(export.standardError)")
        let files = EvidenceFixture.listing(out)
        let text = try files.filter { $0.hasSuffix(".md") }.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }.joined()
        return files.contains { $0.contains("attachment-") } || text.contains("Sadykov") || text.contains("Садыков")
    }

    @Test func aGrantLoggedOnTheOtherCopyDoesNotOverrideAWithdrawalItNeverSaw() throws {
        let (v, consenting) = try Self.consenting()
        try Self.forked(v, consenting) {
            let granted = try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-10-28", "--obtained-by", "Admin"])
            #expect(granted.status == 0, "\(granted.standardError)")
        }
        #expect(try v.run(["person", "show", "D-0042"]).standardOutput.contains("named to state: no"))
        #expect(try !Self.stateSees(v, "merged"))
    }

    @Test func resolvingTheForkKeepingTheOtherTextKeepsTheWithdrawalAndSaysSo() throws {
        let (v, consenting) = try Self.consenting()
        try Self.forked(v, consenting)
        let history = try v.run(["history", "INT-2014-044"]).standardOutput
        let forks = history.split(separator: "\n").filter { $0.contains("(fork)") }
        #expect(forks.count == 2, "\(history)")
        // Keep A's branch, the typo fix made a second after B's withdrawal, whose text still declares consent.
        let columns = forks.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let short = try #require(columns.filter { $0.count > 2 }.max { $0[2] < $1[2] }?[1], "\(history)")
        let resolved = try v.run(["resolve", "INT-2014-044", "--keep", short])
        #expect(resolved.status == 0, "\(resolved.standardError)")
        #expect(resolved.standardOutput.contains("D-0042") && resolved.standardOutput.contains("withdrawal"), "\(resolved.standardOutput)")
        #expect(try v.run(["person", "show", "D-0042"]).standardOutput.contains("named to state: no"))
        #expect(try !Self.stateSees(v, "resolved"))
        // A grant logged after it gives the consent back, deliberately.
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "Admin"]).status == 0)
        #expect(try Self.stateSees(v, "granted"))
    }

    @Test func declaringTheConsentAgainInALaterRevisionDoesNotGiveItBack() throws {
        let (v, consenting) = try Self.consenting()
        let withdrawn = consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []")
        #expect(try v.run(["add", try v.folder.write("withdrawn.md", withdrawn)]).status == 0)
        let again = withdrawn.replacingOccurrences(of: "    consent: []", with: "    consent: [state]") + "\nSeen again on 2014-11-03.\n"
        let readded = try v.run(["add", "--force", try v.folder.write("again.md", again)])
        #expect(readded.status == 0, "\(readded.standardError)")
        let shown = try v.run(["person", "show", "D-0042"]).standardOutput
        #expect(shown.contains("named to state: no"), "\(shown)")
        #expect(shown.contains("withdrew state") && shown.contains("front matter of INT-2014-044, revision 3"), "\(shown)")
        #expect(try !Self.stateSees(v, "again"))
    }

    /// Session 41 attacker, C11: taking a person's consent away in one document withdraws it in every
    /// document; `add` says so, naming the grant that would undo it, and says nothing for a revision that takes nothing.
    @Test func addSaysThatConsentTakenAwayHoldsEverywhere() throws {
        let (v, consenting) = try Self.consenting()
        let typo = try v.run(["add", try v.folder.write("typo.md", consenting + "\nSeen on 2014-11-01.\n")])
        #expect(typo.status == 0 && !typo.standardError.contains("no longer gives"), "\(typo.standardError)")
        let dropped = consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []") + "\nSeen on 2014-11-02.\n"
        let added = try v.run(["add", try v.folder.write("withdrawn.md", dropped)])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardError.contains("INT-2014-044 no longer gives D-0042's consent for state")
                && added.standardError.contains("every document that names D-0042")
                && added.standardError.contains("tamga person consent D-0042 --grant state"), "\(added.standardError)")
        #expect(!added.standardError.contains("Sadykov"))
    }

    /// Session 41 attacker, C8: a grant logged after the withdrawal holds across the next revision
    /// that leaves the front matter as it was (the rule for older revisions no longer re-applies it).
    @Test func aGrantLoggedAfterTheWithdrawalSurvivesTheNextRevision() throws {
        let (v, consenting) = try Self.consenting()
        let withdrawn = consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []")
        #expect(try v.run(["add", try v.folder.write("withdrawn.md", withdrawn)]).status == 0)
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "Admin"]).status == 0)
        #expect(try v.run(["add", try v.folder.write("typo.md", withdrawn + "\nSeen on 2014-11-03.\n")]).status == 0)
        let shown = try v.run(["person", "show", "D-0042"]).standardOutput
        #expect(shown.contains("named to state: yes"), "\(shown)")
        #expect(try Self.stateSees(v, "typo"))
    }

    /// Session 41 attacker, C10: resolving a fork by keeping the branch that withdrew, after a grant,
    /// logs no second withdrawal: the grant stands.
    @Test func resolvingByKeepingTheWithdrawingBranchAfterAGrantKeepsTheGrant() throws {
        let (v, consenting) = try Self.consenting()
        try Self.forked(v, consenting)
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "Admin"]).status == 0)
        let history = try v.run(["history", "INT-2014-044"]).standardOutput
        let columns = history.split(separator: "\n").filter { $0.contains("(fork)") }.map { $0.split(separator: " ").map(String.init) }
        // B's branch, the withdrawal, made a second before A's typo fix.
        let short = try #require(columns.filter { $0.count > 2 }.min { $0[2] < $1[2] }?[1], "\(history)")
        let resolved = try v.run(["resolve", "INT-2014-044", "--keep", short])
        #expect(resolved.status == 0, "\(resolved.standardError)")
        let shown = try v.run(["person", "show", "D-0042"]).standardOutput
        #expect(shown.contains("named to state: yes"), "\(shown)")
    }

    /// Session 41 attacker, R2: a contributor's new document re-using a person id with consent; the
    /// reviewer's correction (another id) takes nothing away from the real person.
    @Test func correctingAContributorsDeclarationWithdrawsNothing() throws {
        let v = try ExportTests.vaultWithExamples()
        let key = try v.run(["member", "invite", "--name", "Field"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Field", key, "--clearance", "contributor"]).status == 0)
        let theirs = "---\nid: INT-2014-101\nkind: interview\nlevel: internal\ndate: 2014-10-29\npersons:\n  D-0042:\n"
            + "    name: Aibek Sadykov\n    role: detainee\n    consent: [state]\n---\nMet @D-0042.\n"
        #expect(try v.run(["add", "--member", "Field", try v.folder.write("theirs.md", theirs)]).status == 0)
        let corrected = theirs.replacingOccurrences(of: "D-0042", with: "D-0101").replacingOccurrences(of: "Aibek Sadykov", with: "Bolot Asanov")
        let added = try v.run(["add", "--member", "Admin", "--force", try v.folder.write("corrected.md", corrected)])
        #expect(added.status == 0, "\(added.standardError)")
        let shown = try v.run(["person", "show", "--member", "Admin", "D-0042"]).standardOutput
        #expect(!shown.contains("withdrew"), "\(shown)")
    }
}
