import Foundation
import Testing
import TamgaTestSupport

/// Web red team 40, F6: a contributor (who cannot read the registry) adds a
/// document re-declaring an existing person id with another name or role.
/// It used to stop every export, statistic and destruction of the vault.
/// Now the vault goes on: both names stay withheld, `check` names the
/// conflict, and a member cleared internal adding a conflicting declaration
/// is still refused.
@Suite struct ContributorClashTests {
    @Test(arguments: ["name: Someone Else\n    role: detainee", "name: Aibek Sadykov\n    role: official"])
    func aContributorsClashingDeclarationStopsNothingAndLeaksNothing(_ entry: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let key = try v.run(["member", "invite", "--name", "Field"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Field", key, "--clearance", "contributor"]).status == 0)
        let clash = "---\nid: VR-2026-960\nkind: visit-report\nlevel: state\ndate: 2026-11-30\npersons:\n  D-0042:\n    \(entry)\n    consent: [state, public]\n"
            + "---\nSomeone Else and Aibek Sadykov were seen in the yard.\n"
        let added = try v.run(["add", "--member", "Field", try v.folder.write("clash.md", clash)])
        let admin: ([String]) throws -> TamgaBinary.Result = { try v.run($0, extra: ["TAMGA_MEMBER": "Admin"]) }
        #expect(added.status == 0, "\(added.standardError)")

        let export = try admin(["export", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(!export.standardOutput.contains("Sadykov") && export.standardOutput.contains("Detainee A"))
        let theirs = try admin(["export", "VR-2026-960", "--audience", "state", "-o", "-"])
        #expect(theirs.status == 0, "\(theirs.standardError)")
        // Both declarations' names stay withheld: the vault's and the contributor's.
        let declared = entry.contains("Someone Else") ? ["Someone Else", "Sadykov"] : ["Sadykov"]
        for name in declared { #expect(!theirs.standardOutput.contains(name), "\(name): \(theirs.standardOutput)") }
        #expect(try admin(["stats", "--audience", "state", "--by", "kind"]).status == 0)
        let check = try admin(["check"])
        #expect(check.standardOutput.contains("person D-0042 is declared with two different"), "\(check.standardOutput)")

        // A member cleared internal is still refused a new conflicting declaration.
        let internalClash = clash.replacingOccurrences(of: "VR-2026-960", with: "VR-2026-961")
        let refused = try admin(["add", try v.folder.write("internal-clash.md", internalClash)])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("declared with two different"), "\(refused.standardError)")
    }

    /// Attacker 40b, F4: the contributor's document sorts before the one
    /// that declares the detainee, and re-declares him as an official (named
    /// to the State by role): the less open role is kept, so nobody is named.
    @Test(arguments: ["INT-2014-001", "AAA-1"])
    func aClashingRoleNeverOpensANameWhicheverDocumentComesFirst(_ id: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let key = try v.run(["member", "invite", "--name", "Field"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Field", key, "--clearance", "contributor"]).status == 0)
        let clash = "---\nid: \(id)\nkind: visit-report\nlevel: state\ndate: 2026-11-30\npersons:\n  D-0042:\n"
            + "    name: Aibek Sadykov\n    role: official\n    consent: [state, public]\n---\nAibek Sadykov was in the yard.\n"
        #expect(try v.run(["add", "--member", "Field", try v.folder.write("clash.md", clash)]).status == 0)
        let admin: ([String]) throws -> TamgaBinary.Result = { try v.run($0, extra: ["TAMGA_MEMBER": "Admin"]) }
        #expect(try admin(["refresh"]).status == 0)
        for document in ["VR-2014-017", "INT-2014-044", id] {
            let export = try admin(["export", document, "--audience", "state", "-o", "-"])
            #expect(export.status == 0, "\(document): \(export.standardError)")
            #expect(!export.standardOutput.contains("Sadykov"), "\(document): \(export.standardOutput)")
        }
        #expect(try admin(["person", "show", "D-0042"]).standardOutput.contains("named to state: no"))
    }
}
