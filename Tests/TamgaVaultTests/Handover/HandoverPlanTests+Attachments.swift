import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Attacker review H1: a document's attachments are part of what it
/// concerns. VR-9 names only an official; what is attached to it names the
/// detainee D-0042 (no transfer consent) in its text, caption or file name,
/// or shows nobody the monitor declared.
extension HandoverPlanTests {
    static let officialOnly = """
    ---
    id: VR-9
    kind: visit-report
    date: 2014-10-29
    persons:
      O-0001:
        name: Temir Osmonov
        role: official
        consent: []
    ---
    The head of the facility, Temir Osmonov, received the monitors.

    """

    static func attach(_ f: InsiderFixture, name: String, bytes: [UInt8], caption: String? = nil, depicts: [String] = []) throws {
        let file = f.base.folder.url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        _ = try EvidenceAttachment(vault: try f.admin()).attach(.init(documentID: "VR-9", files: [file], details: AttachmentRequest(
            depicts: depicts, caption: caption)))
        try FileManager.default.removeItem(at: file)
    }

    @Test(arguments: ["transcript", "caption", "file name"])
    func anAttachmentThatNamesADetaineeWithoutTransferConsentWithholdsItsDocument(_ how: String) throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        try f.add(Array(Self.officialOnly.utf8), as: try f.admin())
        #expect(try Self.disposition(try f.admin(), "VR-9", to: invitation)?.disposition == .transferred)
        switch how {
        case "transcript":
            try Self.attach(f, name: "transcript.txt", bytes: Array("Q: Your name?\nA: Aibek Sadykov. They beat me in cell 4.\n".utf8))
        case "caption":
            try Self.attach(f, name: "cell.jpg", bytes: AttachmentFixture.photoBytes(2_000), caption: "Aibek Sadykov, cell 4",
                            depicts: ["O-0001"])
        default:
            try Self.attach(f, name: "Aibek Sadykov in cell 4.jpg", bytes: AttachmentFixture.photoBytes(2_000), depicts: ["O-0001"])
        }
        let item = try #require(try Self.disposition(try f.admin(), "VR-9", to: invitation))
        #expect(item.disposition == .withheld && item.withoutConsent == ["D-0042"], "\(how): \(item)")
        #expect(throws: Never.self) {
            try HandoverExecution(vault: try f.admin()).execute(to: [invitation], asOf: Self.today,
                                                                output: f.base.folder.url.appendingPathComponent("package-\(how.count)"))
        }
        // Nothing of VR-9 went: it is withheld, not transferred.
        let manifest = try DurableFile.readAll(f.base.folder.url.appendingPathComponent("package-\(how.count)/manifest.json"))
        #expect(!String(decoding: manifest, as: UTF8.self).contains("VR-9"))
    }

    /// A photograph that declares nobody depicted: what it shows cannot be
    /// read, so it stays behind (counted) unless the administrator says it
    /// shows nobody without consent.
    @Test func aBinaryAttachmentThatDeclaresNobodyDepictedStaysBehindUnlessTheAdministratorCarriesIt() throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        try f.add(Array(Self.officialOnly.utf8), as: try f.admin())
        try Self.attach(f, name: "yard.jpg", bytes: AttachmentFixture.photoBytes(2_000))
        let item = try #require(try Self.disposition(try f.admin(), "VR-9", to: invitation))
        #expect(item.disposition == .transferred && item.attachments == 1 && item.attachmentsLeft == 1, "\(item)")
        let package = f.base.folder.url.appendingPathComponent("package")
        #expect { try HandoverExecution(vault: try f.admin()).execute(to: [invitation], asOf: Self.today, output: package) }
            throws: { "\($0)".contains("--without-attachments") }
        #expect(!FileManager.default.fileExists(atPath: package.path))
        // Left knowingly: counted in the manifest.
        let left = try HandoverExecution(vault: try f.admin()).execute(to: [invitation], asOf: Self.today, output: package,
                                                                        withoutAttachments: true)
        #expect(left.manifest.attachmentsNotCarried == 1 && left.manifest.transferred.first { $0.id == "VR-9" }?.attachments == [])
        // Carried knowingly: the administrator says it shows nobody without consent.
        let carried = try HandoverPlan(vault: try f.admin()).plan(to: [invitation], asOf: Self.today, carryUndeclared: true)
        #expect(carried.items.first { $0.id == "VR-9" }?.attachmentsLeft == 0)
        let again = try HandoverExecution(vault: try f.admin()).execute(to: [invitation], asOf: Self.today,
                                                                         output: f.base.folder.url.appendingPathComponent("again"),
                                                                         carryUndeclared: true)
        #expect(again.manifest.attachmentsNotCarried == 0 && again.manifest.transferred.first { $0.id == "VR-9" }?.attachments.count == 1)
    }
}
