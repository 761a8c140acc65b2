import Foundation
import Testing
import TamgaTestSupport

/// Attacker 40b, F6: `erased: true` written by hand (a contributor's new
/// document) made `person show` report an erasure no one made. Only a
/// person the vault records as erased may be declared so; after a real
/// `person erase`, re-adding a rewritten document that says so is accepted.
@Suite struct ErasedDeclarationTests {
    @Test func erasedWrittenByHandIsRefusedForEveryClearance() throws {
        let v = try ExportTests.vaultWithExamples()
        let key = try v.run(["member", "invite", "--name", "Field"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Field", key, "--clearance", "contributor"]).status == 0)
        let claim = "---\nid: INT-2014-001\nkind: interview\nlevel: internal\ndate: 2014-10-28\npersons:\n  D-0042:\n    erased: true\n"
            + "    role: detainee\n---\nMet @D-0042.\n"
        for member in ["Field", "Admin"] {
            let before = v.files()
            let added = try v.run(["add", "--member", member, try v.folder.write("claim-\(member).md", claim)])
            #expect(added.status != 0, "\(member): \(added.standardOutput)")
            #expect(added.standardError.contains("only `tamga person erase D-0042` erases a person"), "\(member): \(added.standardError)")
            #expect(v.files() == before, "\(member)")
        }
        let shown = try v.run(["person", "show", "--member", "Admin", "D-0042"]).standardOutput
        #expect(!shown.contains("erased") && shown.contains("Aibek Sadykov"), "\(shown)")
    }

    @Test func aDocumentRewrittenByAnErasureMayBeAddedAgain() throws {
        let v = try ExportTests.vaultWithExamples(declaringTheDetainee: true)
        let erased = try v.run(["person", "erase", "D-0042", "--reason", "asked by the person", "--yes"])
        #expect(erased.status == 0, "\(erased.standardError)")
        let rewritten = try v.run(["show", "INT-2014-044"]).standardOutput
        #expect(rewritten.contains("erased: true"), "\(rewritten)")
        let again = try v.run(["add", "--force", try v.folder.write("again.md", rewritten + "\nRead again on 2015-01-10.\n")])
        #expect(again.status == 0, "\(again.standardError)")
    }

    /// Session 41 attacker, E3: the file saved before the erasure, added again with `--force`, would put the
    /// erased name back into every copy's internal text; refused, in the document it was erased from and in a new one, nothing written.
    @Test func aFileSavedBeforeTheErasureIsRefused() throws {
        let v = try ExportTests.vaultWithExamples(declaringTheDetainee: true)
        let old = try v.run(["show", "INT-2014-044"]).standardOutput
        #expect(old.contains("Sadykov"), "\(old)")
        #expect(try v.run(["person", "erase", "D-0042", "--reason", "asked by the person", "--yes"]).status == 0)
        let before = v.files()
        for (label, text) in [("old", old), ("other-document", old.replacingOccurrences(of: "INT-2014-044", with: "INT-2014-099"))] {
            let added = try v.run(["add", "--force", try v.folder.write("\(label).md", text)])
            #expect(added.status != 0, "\(label): \(added.standardOutput)")
            #expect(added.standardError.contains("whom `tamga person erase` erased") && !added.standardError.contains("Sadykov"),
                    "\(label): \(added.standardError)")
        }
        #expect(v.files() == before)
        #expect(try !v.run(["show", "INT-2014-044"]).standardOutput.contains("Sadykov"))
    }
}
