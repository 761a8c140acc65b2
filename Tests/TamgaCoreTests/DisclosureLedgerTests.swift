import Testing
@testable import TamgaCore

/// Issue 15, class 8: the disclosure ledger records whom the export names,
/// as the leak scan reads it, not only whom the projector meant to name.
@Suite struct DisclosureLedgerTests {
    static let front = """
    level: public
    persons:
      W-0001:
        name: Nurlan Asanov
        role: witness
        consent: [state, public]
      D-0002:
        name: Aibek Sadykov
        role: detainee
        consent: []

    """

    static func export(_ body: String) throws -> Export {
        let document = try Fixture.parse(front: Self.front, body: body)
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: bestNameFinder(persons: registry.personNames), sensitive: [])
        return try exporter.export(document, for: .public, as: .markdown)
    }

    /// Written as a disguise the projector does not read (`**Asa**nov`), the
    /// consenting witness is still named in the export: the ledger says so.
    @Test func aNameOnlyAReaderSeesIsRecorded() throws {
        let export = try Self.export("The witness **Asa**nov described the night.\n")
        #expect(!export.projection.disclosure.namedPersonIDs.contains("W-0001"))
        #expect(export.disclosure.namedPersonIDs.contains("W-0001"))
    }

    @Test func aNameTheProjectorNamedIsRecordedOnce() throws {
        let export = try Self.export("Nurlan Asanov described the night.\n")
        #expect(export.disclosure.namedPersonIDs == ["W-0001"])
    }

    /// The protected detainee is never in the ledger of a written export: the scan would have refused it.
    @Test func aProtectedPersonIsNeverRecorded() throws {
        let export = try Self.export("Aibek Sadykov and Nurlan Asanov described the night.\n")
        #expect(!export.disclosure.namedPersonIDs.contains("D-0002"))
        #expect(export.disclosure.pseudonyms["D-0002"] != nil)
    }
}
