import Foundation
import Testing
import TamgaTestSupport

/// Red team round 11, E-1957, and the session 43 attacker's finding B: an export records, when it leaves,
/// the persons its document declares that it neither names nor pseudonymizes (`withheld`), so that
/// `disclosures --person` lists it as a copy of a text about them even after the person is retired from
/// the registry and the document destroyed (the ledger used to work it out from the declarations in force
/// when it was read, and a destroyed document declares nothing).
@Suite struct DisclosureWithheldTests {
    static func report(declaring: Bool) -> String {
        "---\nid: R-001\nkind: visit-report\ntitle: Retire test\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: internal\n"
            + (declaring ? "persons:\n  W-0101:\n    name: Bakyt Zhumabekov\n    role: witness\n    consent: []\n" : "")
            + "---\n\n## Summary {.public}\n\nA witness was interviewed.\n\n## Notes\n\n"
            + (declaring ? "The witness, @W-0101, described the cells.\n" : "The cells were described.\n")
    }

    @Test func aWithheldPersonStaysInTheLedgerAfterTheyAreRetired() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("R-001.md", Self.report(declaring: true))]).status == 0)
        let exported = try v.run(["export", "R-001", "--audience", "public", "-o", v.folder.path("out") + "/"])
        #expect(exported.status == 0, "\(exported.standardError)")
        let before = try v.run(["disclosures", "--person", "W-0101"])
        #expect(before.status == 0 && before.standardOutput.contains("R-001") && before.standardOutput.contains("withheld: W-0101"),
                "\(before.standardOutput)\(before.standardError)")

        // A revision that no longer declares the witness, then the witness retired from the registry.
        #expect(try v.run(["add", try v.folder.write("R-001b.md", Self.report(declaring: false))]).status == 0)
        let retired = try v.run(["person", "retire", "W-0101", "--reason", "no longer named", "--yes"])
        #expect(retired.status == 0, "\(retired.standardError)")
        let after = try v.run(["disclosures", "--person", "W-0101"])
        #expect(after.status == 0 && after.standardOutput.contains("R-001") && after.standardOutput.contains("withheld: W-0101"),
                "\(after.standardOutput)\(after.standardError)")

        // The document destroyed: no declaration of it is left to derive from, the export's entry still says it.
        let destroyed = try v.run(["destroy", "R-001", "--reason", "retention", "--yes"])
        #expect(destroyed.status == 0, "\(destroyed.standardError)")
        let gone = try v.run(["disclosures", "--person", "W-0101"])
        #expect(gone.status == 0 && gone.standardOutput.contains("R-001") && gone.standardOutput.contains("withheld: W-0101"),
                "\(gone.standardOutput)\(gone.standardError)")
    }
}
