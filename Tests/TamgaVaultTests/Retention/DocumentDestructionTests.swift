import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// `tamga destroy` (issue 18): the tombstone every reader honours, on this
/// copy and on every copy merged in later, and the honest limit of a copy
/// taken before it (documents have no keys of their own yet).
@Suite struct DocumentDestructionTests {
    static let id = "INT-2014-044"

    /// Every file of `from` that `to` lacks, as merging two copies by copying files does.
    static func copyMissing(from: URL, to: URL) throws {
        for folder in ["log", "attachments", "documents", "datakeys"] {
            guard let walker = FileManager.default.enumerator(at: from.appendingPathComponent(folder), includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                      !url.lastPathComponent.hasPrefix(".") else { continue }
                let target = to.appendingPathComponent(String(url.path.dropFirst(from.path.count + 1)))
                guard !FileManager.default.fileExists(atPath: target.path) else { continue }
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: url, to: target)
            }
        }
    }

    static func listed(_ vault: UnlockedVault) throws -> [String] {
        try VaultIndex.load(vault).documents.compactMap(\.entry?.id)
    }

    static func files(under root: URL, blinds: [String]) -> [String] {
        blinds.flatMap { blind in ["documents/\(blind)", "attachments/\(blind)", "datakeys/\(blind)"] }.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
    }

    @Test func aDestroyedDocumentIsGoneFromEveryReadAndItsIdIsSpent() throws {
        let f = try InsiderFixture()
        let photo = f.base.folder.url.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 5000)).write(to: photo)
        _ = try AttachmentStore(vault: try f.admin()).attach(photo, to: Self.id)
        let admin = try f.admin()
        let blinds = try admin.blindIDs(Self.id)
        let plan = try DocumentDestruction(vault: admin).plan(Self.id)
        #expect(plan.parts >= 3 && plan.attachments == 1 && plan.persons.contains("D-0042"))
        #expect(plan.declaredOnlyHere.contains("D-0042"))

        let outcome = try DocumentDestruction(vault: admin).destroy(Self.id, reason: "retention: 5 years")
        #expect(plan.dataKeys == 3, "one data key per level: \(plan.dataKeys)")
        #expect(outcome.filesRemoved == plan.parts + plan.attachments + plan.dataKeys && outcome.left.isEmpty)
        #expect(Self.files(under: admin.paths.root, blinds: blinds).isEmpty, "files of the destroyed document remain")
        let after = try f.admin()
        #expect(try !Self.listed(after).contains(Self.id))
        #expect(throws: VaultError.self) { try DocumentReading(vault: after).read(Self.id) }
        #expect(throws: VaultError.self) { try f.add(f.interview, as: after) }
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: after).plan(Self.id) }
        #expect(try RedactionContext.load(after, loading: .none).registry.persons["D-0042"] == nil)
        // The log keeps the id, the reason and the persons (the disclosure ledger), not the text.
        let action = try #require(try AuditLog(paths: after.paths).entries().compactMap { try? AuditLog.action(of: $0, keys: after.levelKeys) }
            .first { $0.action == "destroy" })
        #expect(action.document == Self.id && action.persons == plan.persons && action.note == "retention: 5 years")
        #expect(VaultChecker.check(after).isClean, "\(VaultChecker.check(after).problems)")
    }

    /// A shredding killed midway leaves files half overwritten in the
    /// destroyed folders: `check` warns and points at `--tidy`, never at "a
    /// backup", which would put a destroyed key back (attacker, session 37).
    @Test func filesHalfShreddedAfterTheTombstoneAreWarningsNotProblems() throws {
        let f = try InsiderFixture()
        let admin = try f.admin()
        let blinds = try admin.blindIDs(Self.id)
        let copy = f.base.folder.url.appendingPathComponent("before")
        try FileManager.default.copyItem(at: admin.paths.root, to: copy)
        _ = try DocumentDestruction(vault: admin).destroy(Self.id, reason: "retention")
        try Self.copyMissing(from: copy, to: admin.paths.root)
        // Half overwritten with zeros, as the shredder leaves a file it was killed on.
        var halved = 0
        for folder in Self.files(under: admin.paths.root, blinds: blinds) {
            let root = admin.paths.root.appendingPathComponent(folder)
            for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where !url.hasDirectoryPath {
                var bytes = [UInt8](try Data(contentsOf: url))
                guard bytes.count > 1 else { continue }
                for index in 0..<(bytes.count / 2) { bytes[index] = 0 }
                try Data(bytes).write(to: url)
                halved += 1
            }
        }
        #expect(halved >= 3)
        let report = VaultChecker.check(try f.admin())
        #expect(report.isClean, "\(report.problems)")
        _ = try VaultMaintenance(vault: try f.admin()).tidy()
        #expect(Self.files(under: admin.paths.root, blinds: blinds).isEmpty)
    }

    @Test func onlyMembersClearedInternalDestroyAndForgedTombstonesCountForNothing() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Reader", clearance: .state)
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: state).plan(Self.id) }
        #expect(try Self.listed(try f.member("Reader")).contains(Self.id), "before any forgery")
        let admin = try f.admin()
        let blinds = try admin.blindIDs(Self.id)
        let live = try VaultIndex.load(admin).commits.liveObjects.filter { $0.contains(blinds[0]) }.sorted()
        // A State member's tombstone, written with their own key as a modified tamga would.
        try AuditLog(paths: state.paths).append(
            LogAction(action: "destroy", document: Self.id, note: "x"), removed: live, destroyed: blinds, actor: state.identity,
            vaultID: state.vaultID, keyring: state.keyring.fileHash, internalKey: try UnlockedVault.newestKey(.internal, in: state.keyring),
            heads: try VaultIndex.load(state).heads, sequence: try VaultIndex.load(state).nextSequence)
        #expect(try Self.listed(try f.member("Reader")).contains(Self.id), "the State member's own reader took their forgery")
        // An internal member's entry of another action that destroys, and a destroy that supersedes another document's object.
        let insider = try f.base.addMember("Insider", clearance: .internal)
        try f.add(Array(String(decoding: f.interview, as: UTF8.self).replacingOccurrences(of: "id: INT-2014-044", with: "id: INT-2014-045").utf8),
                  as: try f.admin())
        let other = try VaultIndex.load(try f.admin()).commits.liveObjects.filter { $0.contains(try insider.blindID("INT-2014-045")) }.sorted()
        try insider.log(LogAction(action: "read", document: Self.id), destroyed: blinds)
        try insider.log(LogAction(action: "destroy", document: Self.id, note: "x"), removed: live + other, destroyed: blinds)
        let index = try VaultIndex.load(try f.admin())
        #expect(index.refused.count == 3, "\(index.refused)")
        #expect(try Self.listed(try f.admin()).contains(Self.id))
        // A State member cannot open the action, so an internal member's tombstone labelled as another
        // action counts for them (as a true one would: the insider could have written that); internal
        // readers and check name it.
        #expect(VaultChecker.check(try f.admin()).problems.contains { $0.problem.contains("only a destroy entry destroys documents") })
    }

    @Test func aCopyTakenBeforeStillOpensItButMergingItBackKeepsItDestroyed() throws {
        let f = try InsiderFixture()
        let admin = try f.admin()
        let blinds = try admin.blindIDs(Self.id)
        let before = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: before)
        func unlockBackup() throws -> UnlockedVault {
            try UnlockedVault.unlock(VaultPaths(root: before), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        }
        // On the other copy, a new revision is added before it hears of the destruction.
        let revised = Array(String(decoding: f.interview, as: UTF8.self).replacingOccurrences(of: "title:", with: "title: Revised").utf8)
        try f.add(revised, as: try unlockBackup())
        _ = try DocumentDestruction(vault: admin).destroy(Self.id, reason: "erasure asked")

        // The backup still opens it while it keeps the data keys (DocumentKeyShreddingTests removes them).
        #expect(try Self.listed(try unlockBackup()).contains(Self.id))

        // Merging the backup back: the document stays destroyed, its files are named and tidied.
        try Self.copyMissing(from: before, to: admin.paths.root)
        let merged = try f.admin()
        #expect(try !Self.listed(merged).contains(Self.id), "the merge brought the destroyed document back")
        #expect(throws: VaultError.self) { try DocumentReading(vault: merged).read(Self.id) }
        #expect(!Self.files(under: merged.paths.root, blinds: blinds).isEmpty)
        #expect(VaultChecker.check(merged).warnings.contains { $0.problem.contains("destroyed by a signed entry") })
        let tidied = try VaultMaintenance(vault: merged).tidy()
        #expect(tidied.destroyedFiles > 0 && tidied.left.isEmpty)
        #expect(Self.files(under: merged.paths.root, blinds: blinds).isEmpty)
        // Merging the other way: the backup learns of the tombstone.
        try Self.copyMissing(from: admin.paths.root, to: before)
        #expect(try !Self.listed(try unlockBackup()).contains(Self.id))
    }
}
