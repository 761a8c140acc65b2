import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Review 37 H-1: the import adds a document's revisions one after another,
/// so a state between two of them may break a rule the package's final
/// state keeps (a name or role corrected, a recommendation's text edited).
/// Accept must import such a package whole, or refuse it before its
/// `handover-accept` entry: never stop half-way, where every resume stops again.
extension HandoverAcceptanceTests {
    /// A visit report declaring the official O-0001, optionally with a recommendation.
    static func visit(_ id: String, name: String = "Temir Osmonov", role: String = "official", persons: Bool = true,
                      recommendation: String? = nil) -> [UInt8] {
        var text = "---\nid: \(id)\nkind: visit-report\ndate: 2014-10-30\n"
        if persons { text += "persons:\n  O-0001:\n    name: \(name)\n    role: \(role)\n    consent: []\n" }
        text += "---\nThe head of the facility received the monitors.\n"
        if let recommendation { text += "\n1. [\(recommendation)]{.recommendation #R-2014-9 to=\"Ministry of Interior\"}\n" }
        return Array(text.utf8)
    }

    /// The package's documents and their revisions are all in the successor's vault, and the accept is complete.
    static func expectImportedWhole(_ s: Setting, _ expected: [String: [[UInt8]]], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let successor = try s.successor.unlock()
        for (id, sources) in expected {
            let history = try DocumentCatalog(vault: successor).history(id, level: .internal).map { $0.content.withUnsafeBytes { Array($0) } }
            #expect(history == sources, "\(id)", sourceLocation: sourceLocation)
        }
        #expect(try AuditTrail(vault: successor).list().lines.contains { $0.action?.action == HandoverAcceptance.completeAction },
                sourceLocation: sourceLocation)
    }

    /// VR-1 first declared O-0001 under a name (or role) corrected in its
    /// second revision; VR-0, written after, declares the corrected one. The
    /// former body's registry is whole; adding VR-1's first revision next to
    /// the stored VR-0 is not.
    @Test(arguments: ["name", "role"])
    func aNameOrRoleCorrectedBetweenRevisionsIsImportedWhole(_ corrected: String) throws {
        let first = corrected == "name" ? Self.visit("VR-1", name: "Temir Osmanov") : Self.visit("VR-1", role: "staff")
        let second = Self.visit("VR-1"), other = Self.visit("VR-0")
        let s = try Setting { former in
            for source in [first, second, other] { try former.add(source, as: try former.admin()) }
        }
        _ = try s.accept()
        try Self.expectImportedWhole(s, ["VR-1": [first, second], "VR-0": [other]])
    }

    /// VR-1's recommendation R-2014-9 was edited in its second revision, and
    /// VR-0 (a follow-up, imported first) quotes the edited text.
    @Test func aRecommendationEditedBetweenRevisionsAndQuotedByAnotherDocumentIsImportedWhole() throws {
        let first = Self.visit("VR-1", recommendation: "Provide mattresses.")
        let second = Self.visit("VR-1", recommendation: "Provide mattresses and blankets.")
        let other = Self.visit("VR-0", recommendation: "Provide mattresses and blankets.")
        let s = try Setting { former in
            for source in [first, second, other] { try former.add(source, as: try former.admin()) }
        }
        _ = try s.accept()
        try Self.expectImportedWhole(s, ["VR-1": [first, second], "VR-0": [other]])
    }

    /// A photograph attached while VR-1 declared O-0001, depicting him; VR-1's
    /// newest revision no longer declares him, so the successor's vault
    /// cannot attach it as it is: refused before anything is written, and
    /// every rerun is refused the same way, still with nothing written.
    @Test func anAttachmentDepictingAPersonTheNewestRevisionNoLongerDeclaresIsRefusedWithNothingWritten() throws {
        let s = try Setting { former in
            let admin = try former.admin()
            try former.add(Self.visit("VR-1"), as: admin)
            let file = former.base.folder.url.appendingPathComponent("office.jpg")
            try Data(AttachmentFixture.photoBytes(5_000)).write(to: file)
            _ = try EvidenceAttachment(vault: admin).attach(.init(documentID: "VR-1", files: [file], details: AttachmentRequest(
                level: .internal, depicts: ["O-0001"], consent: [], caption: "the office")))
            try former.add(Self.visit("VR-1", persons: false), as: try former.admin())
        }
        let before = s.successorState()
        for _ in 0..<2 {
            #expect { try s.accept() } throws: { "\($0)".contains("VR-1") && "\($0)".contains("O-0001") }
            #expect(s.successorState() == before)
        }
    }

    /// The one addition projects every revision with one redaction context:
    /// it must still hold what only an older revision declares, or that
    /// revision's public part would name him (a guard on the H-1 fix, which
    /// stopped projecting each revision with its own declarations).
    @Test func anOlderRevisionsPublicPartStillWithholdsAPersonOnlyItDeclares() throws {
        let first = Array("""
        ---
        id: VR-1
        kind: visit-report
        date: 2014-10-30
        level: public
        persons:
          O-0001:
            name: Temir Osmonov
            role: official
            consent: []
        ---
        Temir Osmonov received the monitors.

        """.utf8)
        let second = Array("---\nid: VR-1\nkind: visit-report\ndate: 2014-10-30\nlevel: public\n---\nThe monitors were received.\n".utf8)
        let s = try Setting { former in
            for source in [first, second] { try former.add(source, as: try former.admin()) }
        }
        _ = try s.accept()
        let parts = try DocumentCatalog(vault: try s.successor.unlock()).history("VR-1", level: .public)
            .map { $0.content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
        #expect(parts.count == 2 && parts[0].contains("Official A"), "\(parts)")
        #expect(!parts.contains { $0.contains("Osmonov") }, "\(parts)")
    }
}
