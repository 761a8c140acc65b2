import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The attach use case called as a front end would, without the CLI (issue 20).
@Suite struct EvidenceAttachmentTests {
    let vault: AttachmentFixture

    init() throws { vault = try AttachmentFixture() }

    @Test func filesAreStoredInOrderNamedByPositionWithProgress() throws {
        let bytes = AttachmentFixture.photoBytes()
        let first = try vault.file(bytes)
        let second = try vault.file([1, 2, 3], named: "second.txt")
        var streamed: Set<Int> = []
        var attachedOrder: [String] = []
        let attached = try EvidenceAttachment(vault: try vault.admin()).attach(
            .init(documentID: vault.id, files: [first, second], details: AttachmentRequest(depicts: ["D-0042"], consent: ["state"]))
        ) { event in
            switch event {
            case .streaming(let index, _, _, _): streamed.insert(index)
            case .attached(let item): attachedOrder.append(item.label)
            }
        }
        #expect(attached.map(\.label) == ["file 1 of 2", "file 2 of 2"])
        #expect(attachedOrder == ["file 1 of 2", "file 2 of 2"])
        #expect(streamed == [0, 1])
        #expect(attached[0].stored.sha256 == AttachmentFixture.sha256(bytes))
        #expect(try AttachmentCatalog(vault: try vault.admin()).list(vault.id).items.count == 2)
    }

    @Test func aMissingSourceIsNamedByPositionAndNothingIsStored() throws {
        let present = try vault.file([1, 2, 3])
        let missing = vault.base.folder.url.appendingPathComponent("Sadykov-missing.jpg")
        do {
            try EvidenceAttachment(vault: try vault.admin()).attach(.init(documentID: vault.id, files: [present, missing]))
            Issue.record("a missing source was accepted")
        } catch {
            #expect("\(error)".contains("file 2 of 2"))
            #expect(!"\(error)".contains("Sadykov"))
        }
        #expect(try AttachmentCatalog(vault: try vault.admin()).list(vault.id).items.isEmpty)
    }

    @Test func aRestrictedImageStaysInternal() throws {
        let file = try vault.file([1, 2, 3])
        #expect(throws: VaultError.self) {
            try EvidenceAttachment(vault: try vault.admin()).attach(
                .init(documentID: vault.id, files: [file], details: AttachmentRequest(level: .state, restricted: true)))
        }
    }

    @Test func aCancelledAttachKeepsTheFilesStoredBeforeIt() throws {
        let first = try vault.file([1, 2, 3], named: "a.txt")
        let second = try vault.file([4, 5, 6], named: "b.txt")
        var asked = 0
        #expect(throws: CancellationError.self) {
            try EvidenceAttachment(vault: try vault.admin()).attach(.init(documentID: vault.id, files: [first, second]),
                                                                   isCancelled: { asked += 1; return asked > 1 })
        }
        #expect(try AttachmentCatalog(vault: try vault.admin()).list(vault.id).items.count == 1)
    }
}
