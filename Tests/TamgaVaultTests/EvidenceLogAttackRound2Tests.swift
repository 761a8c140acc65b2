import Foundation
import Testing
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif
@testable import TamgaVault

/// Round 2 of the attacks on `EvidenceLog` (issue 17, branch r7-evidence).
///
/// "First claim wins" and "first link wins" take "first" from `LogGraph.ordered`
/// (depth, then name). Depth is chosen by the writer: an entry may name any
/// earlier entry as its predecessor (the log is meant to fork and merge), so
/// an entry signed today whose `previous` is the log's first entry sorts
/// before everything written since. Each entry below is authorized; the
/// tests say what must still hold. The ones that fail are breaks.
@Suite struct EvidenceLogAttackRound2Tests {
    // MARK: - Helpers

    /// The log's first entry (the vault's `init`).
    static func firstEntry(_ paths: VaultPaths) throws -> String {
        try #require(try AuditLog(paths: paths).entries().first { $0.body.previous.isEmpty }).name
    }

    /// An entry signed by `vault`'s member that forks off `parents` (by
    /// default the first entry) instead of following the heads: what any
    /// member's own copy of tamga can write, and what a merge of two copies
    /// looks like.
    @discardableResult
    static func forked(_ vault: UnlockedVault, _ action: LogAction, objects: [String] = [], removed: [String] = [],
                       after parents: [String]? = nil, keyring: String? = nil) throws -> String {
        try AuditLog(paths: vault.paths).append(
            action, objects: objects, removed: removed, actor: vault.identity, vaultID: vault.vaultID,
            keyring: keyring ?? vault.keyring.fileHash, internalKey: try UnlockedVault.newestKey(.internal, in: vault.keyring),
            heads: try parents ?? [firstEntry(vault.paths)], sequence: try VaultIndex.load(vault).nextSequence)
    }

    static func keyID(of url: URL) throws -> String { Hex.encode(try AttachmentReader.header(of: url).keyID) }

    static func opens(_ url: URL, for vault: UnlockedVault) -> Bool {
        (try? AttachmentReader.read(url, keys: try RestrictedViewing.attachmentKeys(for: vault)) { _ in }) != nil
    }

    static func junkGrant(_ vault: UnlockedVault) throws -> String {
        let chosen = try X25519KeyPair.generate()
        return Data(try SealedBox.seal(chosen.secretKey, to: try Hex.decode(vault.member.encryptionKey))).base64EncodedString()
    }

    static func unlock(_ f: AttachmentFixture, _ name: String) throws -> UnlockedVault {
        try f.base.unlock(name, passphrase: "\(name) passphrase")
    }

    // MARK: - Restriction keys: the first claim, by a fork

    /// Internal member, not a viewer. They read the genuine grant (the action
    /// is sealed to internal, which they hold), copy the viewers' sealed
    /// secrets into a claim of their own that also names themselves, and sign
    /// it forked off the log's first entry, listing the image's existing
    /// object path. It sorts before the genuine entry, so it is "the first
    /// claim": the viewers still open the image (their grants are the genuine
    /// ones) and nothing looks wrong; the attacker is a viewer of record, so
    /// the next re-encryption (after any viewer leaves) grants them the image.
    @Test func aForkedEarlierClaimMakesANonViewerAViewerAtTheNextRekey() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Colleague", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"),
                                                                      to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let colleague = try Self.unlock(f, "Colleague")
        let path = "attachments/\(try colleague.blindID(f.id))/\(stored.object)"
        let url = f.base.paths.root.appendingPathComponent(path)
        let key = try Self.keyID(of: url)
        #expect(!Self.opens(url, for: colleague))

        let genuine = try #require(try f.logActions().first { $0.restrictionKey == key })
        var viewers = try #require(genuine.viewers)
        viewers[colleague.member.fingerprint] = try Self.junkGrant(colleague)
        try Self.forked(colleague, LogAction(action: "attach", document: f.id, level: "internal", hash: stored.object,
                                             viewers: viewers, restrictionKey: key), objects: [path])
        let admin = try f.admin()
        #expect(try VaultIndex.load(admin).refused.isEmpty)
        let doctorNow = try Self.unlock(f, "Doctor")
        let viewersStillOpen = Self.opens(url, for: admin) && Self.opens(url, for: doctorNow)
        #expect(viewersStillOpen)  // nothing to see
        let detected = !VaultChecker.check(admin).isClean
        #expect(detected, "check does not notice the forged grant")
        #expect(try RestrictedViewing.keys(in: admin).viewers[key]?.contains(colleague.member.fingerprint) == false)

        // Routine: the doctor leaves, the administrator rekeys.
        _ = try MemberAdministration(vault: admin).remove(name: "Doctor")
        #expect(try Rekey.run(try f.admin(), level: .internal) >= 1)
        let after = try f.admin()
        let item = try #require(try AttachmentCatalog(vault: after).list(f.id).items.first { $0.metadata.evidence?.restricted == true })
        #expect(item.object != stored.object)
        let colleagueOpens = Self.opens(item.url, for: try Self.unlock(f, "Colleague"))
        #expect(!colleagueOpens, "the non-viewer opens the intimate image")
    }

    /// Contributor (field laptop). The image's header (its restriction key
    /// id) is in the clear. They copy the ciphertext into a folder of their
    /// own (same bytes, same name), and sign an `attach` of it, forked off
    /// the first entry, claiming the key with a grant to themselves only. It
    /// is the first claim: the viewers' genuine grants no longer count, and
    /// nobody can open the image any more, or re-encrypt it.
    @Test func aContributorsForkedClaimLocksEveryViewerOut() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Field", clearance: .contributor)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"),
                                                                      to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let admin0 = try f.admin()
        let url = admin0.paths.attachments(blind: try admin0.blindID(f.id)).appendingPathComponent(stored.object)
        let doctorBefore = Self.opens(url, for: try Self.unlock(f, "Doctor"))
        #expect(doctorBefore)

        let field = try Self.unlock(f, "Field")
        let key = try Self.keyID(of: url)  // no key needed: the header is clear
        let own = Hex.encode(SecureRandom.bytes(count: 16))
        let folder = field.paths.attachments(blind: own)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: url, to: folder.appendingPathComponent(stored.object))
        try Self.forked(field, LogAction(action: "attach", document: "VR-9", level: "internal", hash: stored.object,
                                         viewers: [field.member.fingerprint: try Self.junkGrant(field)], restrictionKey: key),
                        objects: ["attachments/\(own)/\(stored.object)"])

        let admin = try f.admin()
        #expect(try VaultIndex.load(admin).refused.isEmpty)
        let doctorOpens = Self.opens(url, for: try Self.unlock(f, "Doctor")), adminOpens = Self.opens(url, for: admin)
        #expect(doctorOpens, "the doctor can no longer open the image")
        #expect(adminOpens, "the administrator can no longer open the image")
        let detected = !VaultChecker.check(admin).isClean
        #expect(detected, "check does not notice")
    }

    /// Removed member: the same forked claim, signed after their removal
    /// under the keyring in which they were still active. Refused (the
    /// removal's writer had not seen it). Holds.
    @Test func aRemovedMembersForkedClaimIsRefused() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Leaving", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"),
                                                                      to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let leaving = try Self.unlock(f, "Leaving")
        let path = "attachments/\(try leaving.blindID(f.id))/\(stored.object)"
        let key = try Self.keyID(of: f.base.paths.root.appendingPathComponent(path))
        var viewers = try #require(try f.logActions().first { $0.restrictionKey == key }?.viewers)
        viewers[leaving.member.fingerprint] = try Self.junkGrant(leaving)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        let forged = try Self.forked(leaving, LogAction(action: "attach", document: f.id, level: "internal", hash: stored.object,
                                                        viewers: viewers, restrictionKey: key), objects: [path])
        let admin = try f.admin()
        #expect(try VaultIndex.load(admin).refused[forged] != nil)
        #expect(try RestrictedViewing.keys(in: admin).viewers[key]?.contains(leaving.member.fingerprint) == false)
    }

    // MARK: - Lineage: the first link, by a fork

    /// Internal member. After a rekey renamed a State image, they sign a
    /// re-encryption entry that commits the image's current object and
    /// supersedes a made-up one in the same folder (all the checks ask),
    /// forked off the first entry: it is "the first link" for the image, the
    /// genuine link to the name its black-out was recorded under no longer
    /// counts, and the State export applies no black-out
    /// (`AttachmentExporter.prepare` takes its regions from `AttachmentRedaction.all`).
    @Test func aForkedEarlierLinkCutsAnImageFromItsBlackOuts() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try f.base.addMember("Insider", clearance: .internal)
        let admin = try f.admin()
        let stored = try AttachmentStore(vault: admin).attach(try f.file(AttachmentFixture.photoBytes(), named: "face.jpg"), to: f.id, level: .state)
        let region = AttachmentRedaction(object: stored.object, audience: .state, regions: [RedactionRegion(x: 1, y: 1, width: 2, height: 2)])
        try region.record(for: f.id, in: admin)
        _ = try MemberAdministration(vault: admin).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)
        let item = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first)
        #expect(item.object != stored.object)
        #expect(try AttachmentRedaction.all(for: item.object, in: try f.admin()).map(\.regions) == [region.regions])

        let folder = (item.path as NSString).deletingLastPathComponent
        let madeUp = String(repeating: "ab", count: 32)
        try Self.forked(try Self.unlock(f, "Insider"),
                        LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: item.object, replaces: madeUp),
                        objects: [item.path], removed: ["\(folder)/\(madeUp)"])
        let after = try f.admin()
        // Fixed: it supersedes an object no entry committed, so no reader counts it.
        #expect(try VaultIndex.load(after).refused.values.contains { $0.contains("which no entry committed") })
        #expect(try AttachmentRedaction.all(for: item.object, in: after).map(\.regions) == [region.regions],
                "the State export would leave the face without its black-out")
        let detected = !VaultChecker.check(after).isClean
        #expect(detected, "check does not notice")
    }

    /// The same forked claim, with one more made-up viewer: the image counts
    /// as awaiting re-encryption at once (a viewer "is no longer active"),
    /// so the administrator's very next `tamga rekey`, no member removed,
    /// grants the non-viewer the image.
    @Test func aForkedClaimWithAMadeUpViewerGetsTheImageAtTheVeryNextRekey() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Colleague", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"),
                                                                      to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let colleague = try Self.unlock(f, "Colleague")
        let path = "attachments/\(try colleague.blindID(f.id))/\(stored.object)"
        let key = try Self.keyID(of: f.base.paths.root.appendingPathComponent(path))
        var viewers = try #require(try f.logActions().first { $0.restrictionKey == key }?.viewers)
        viewers[colleague.member.fingerprint] = try Self.junkGrant(colleague)
        viewers[String(repeating: "0", count: 32)] = try Self.junkGrant(colleague)
        try Self.forked(colleague, LogAction(action: AttachmentRestriction.action, document: f.id, level: "internal", hash: stored.object,
                                             viewers: viewers, restrictionKey: key), objects: [path])
        // Fixed: the viewers are the image's own record of them, all still active: nothing to re-encrypt.
        #expect(try Rekey.run(try f.admin(), level: .internal) == 0)
        let item = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first)
        let colleagueOpens = Self.opens(item.url, for: try Self.unlock(f, "Colleague"))
        #expect(!colleagueOpens, "the non-viewer opens the intimate image")
    }

    /// The forked link end to end: a real JPEG attached for the State, a
    /// black-out recorded, a routine rekey, the forged link; then the
    /// exporter's own preparation for a State export.
    @Test func aForkedEarlierLinkSendsTheFaceToTheStateUnredacted() throws {
        for tool in [EvidenceTool.vips, EvidenceTool.exiftool, EvidenceTool.mat2] {
            try #require(FileManager.default.isExecutableFile(atPath: tool.path), "\(tool.path) is not installed")
        }
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try f.base.addMember("Insider", clearance: .internal)
        try EvidenceTool.vips.succeed(["black", "face.jpg", "32", "24", "--bands", "3"], in: f.base.folder.url, reference: "test")
        let admin = try f.admin()
        let stored = try AttachmentStore(vault: admin).attach(f.base.folder.url.appendingPathComponent("face.jpg"), to: f.id, level: .state)
        try AttachmentRedaction(object: stored.object, audience: .state, regions: [RedactionRegion(x: 1, y: 1, width: 8, height: 8)])
            .record(for: f.id, in: admin)
        _ = try MemberAdministration(vault: admin).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)

        func stateExportRedacts() throws -> Bool {
            let vault = try f.admin()
            let context = try RedactionContext.load(vault)
            let document = try #require(context.documents[f.id])
            let workspace = try PrivateWorkspace()
            defer { workspace.remove() }
            let plan = try AttachmentExporter(vault: vault, scanner: context.exporter.scanner).prepare(document, audience: .state, in: workspace)
            return try #require(plan.items.first).redacted
        }
        #expect(try stateExportRedacts())
        let item = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first)
        let folder = (item.path as NSString).deletingLastPathComponent
        let madeUp = String(repeating: "cd", count: 32)
        try Self.forked(try Self.unlock(f, "Insider"),
                        LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: item.object, replaces: madeUp),
                        objects: [item.path], removed: ["\(folder)/\(madeUp)"])
        #expect(try stateExportRedacts(), "the State export leaves the face without its black-out")
    }

    /// No attacker: two copies changed apart, as DESIGN.md says they may be.
    /// After a member's removal the administrator rekeys on one laptop
    /// (O → N1) and, on the other copy, before they were synced, rekeys too
    /// (O → N2) and blacks out the face on N2 for a State report. Merged by
    /// copying files, the document has two live copies of the photo, N1 and
    /// N2, each linked to O only: the black-out on N2 does not follow N1, and
    /// the State export writes N1 unredacted.
    @Test func twoRekeysApartLeaveACopyWithoutTheBlackOutMadeOnTheOther() throws {
        for tool in [EvidenceTool.vips, EvidenceTool.exiftool, EvidenceTool.mat2] {
            try #require(FileManager.default.isExecutableFile(atPath: tool.path), "\(tool.path) is not installed")
        }
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        try EvidenceTool.vips.succeed(["black", "face.jpg", "32", "24", "--bands", "3"], in: f.base.folder.url, reference: "test")
        let stored = try AttachmentStore(vault: try f.admin()).attach(f.base.folder.url.appendingPathComponent("face.jpg"), to: f.id, level: .state)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")

        // The other laptop's copy, taken now.
        let otherRoot = f.base.folder.url.appendingPathComponent("laptop-b")
        try FileManager.default.copyItem(at: f.base.paths.root, to: otherRoot)
        let other = VaultPaths(root: otherRoot)
        func unlockOther() throws -> UnlockedVault {
            try UnlockedVault.unlock(other, memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        }
        _ = try VaultIndex.load(try unlockOther())  // laptop B has used its copy
        _ = try Rekey.run(try f.admin(), level: .internal)
        _ = try Rekey.run(try unlockOther(), level: .internal)
        let onB = try #require(try AttachmentCatalog(vault: try unlockOther()).list(f.id).items.first)
        #expect(onB.object != stored.object)
        try AttachmentRedaction(object: onB.object, audience: .state, regions: [RedactionRegion(x: 1, y: 1, width: 8, height: 8)])
            .record(for: f.id, in: try unlockOther())

        // Sync: every file of B that A lacks.
        for folder in ["log", "attachments", "documents", "datakeys"] {
            let from = otherRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: from, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                      !url.lastPathComponent.hasPrefix(".") else { continue }
                let relative = String(url.path.dropFirst(otherRoot.path.count + 1))
                let target = f.base.paths.root.appendingPathComponent(relative)
                guard !FileManager.default.fileExists(atPath: target.path) else { continue }
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: url, to: target)
            }
        }
        let vault = try f.admin()
        let items = try AttachmentCatalog(vault: vault).list(f.id).items
        #expect(items.count == 1, "the photo is in the document \(items.count) times")
        let context = try RedactionContext.load(vault)
        let document = try #require(context.documents[f.id])
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        let plan = try AttachmentExporter(vault: vault, scanner: context.exporter.scanner).prepare(document, audience: .state, in: workspace)
        #expect(!plan.items.isEmpty)
        let unredacted = plan.items.filter { !$0.redacted }.count
        #expect(unredacted == 0, "the State export writes \(unredacted) copy of the face without its black-out")
    }

    /// State member: the same forked link (and a forked claim) is refused by
    /// the structural rules (a State member writes no attachment and
    /// supersedes nothing). Holds.
    @Test func aStateMembersForkedLinkIsRefused() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try f.base.addMember("Liaison", clearance: .state)
        let admin = try f.admin()
        let stored = try AttachmentStore(vault: admin).attach(try f.file(AttachmentFixture.photoBytes(), named: "face.jpg"), to: f.id, level: .state)
        let region = AttachmentRedaction(object: stored.object, audience: .state, regions: [RedactionRegion(x: 1, y: 1, width: 2, height: 2)])
        try region.record(for: f.id, in: admin)
        _ = try MemberAdministration(vault: admin).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)
        let item = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first)
        let folder = (item.path as NSString).deletingLastPathComponent
        let madeUp = String(repeating: "ab", count: 32)
        let liaison = try Self.unlock(f, "Liaison")
        let link = try Self.forked(liaison, LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: item.object,
                                                      replaces: madeUp), objects: [item.path], removed: ["\(folder)/\(madeUp)"])
        let after = try f.admin()
        #expect(try VaultIndex.load(after).refused[link] != nil)
        #expect(try AttachmentRedaction.all(for: item.object, in: after).map(\.regions) == [region.regions])
    }

    // MARK: - Restricted by the log alone

    /// Internal member. `restrictedByLog` takes the `hash` of any
    /// `attachment-restrict` entry, with no object, link or key behind it.
    /// A bare one naming an ordinary internal image marks it restricted
    /// while it stays sealed to the internal level key; when an
    /// administrator then restricts it to the doctor, `record` sees it
    /// "restricted already" and does not re-encrypt it: every member cleared
    /// internal keeps opening the intimate image, which is listed as restricted.
    @Test func aBareRestrictEntryStopsTheRealRestriction() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Colleague", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        try Self.unlock(f, "Colleague").log(LogAction(action: AttachmentRestriction.action, document: f.id, level: "internal", hash: stored.object))

        let admin = try f.admin()
        let item = try AttachmentCatalog(vault: admin).find(f.id, name: stored.object)
        let object = try AttachmentRestriction.record(item, of: f.id, viewers: ["Doctor"], in: admin)
        #expect(object != stored.object, "not re-encrypted for its viewers")
        let now = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first)
        #expect(try AttachmentRestriction.isRestricted(now, in: try f.admin()))
        let colleagueOpens = Self.opens(now.url, for: try Self.unlock(f, "Colleague"))
        #expect(!colleagueOpens, "a non-viewer opens the image listed as restricted")
    }

    // MARK: - Removed paths

    /// Internal member, not an administrator. An `attachment-rekey` entry
    /// that supersedes an image and commits nothing in its place (no new
    /// object, no link): the image leaves every listing, and the
    /// administrator's next rekey deletes its file ("leftovers").
    @Test func aRemovalWithoutAReplacementErasesEvidence() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try f.base.addMember("Insider", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        let insider = try Self.unlock(f, "Insider")
        let path = "attachments/\(try insider.blindID(f.id))/\(stored.object)"
        try insider.log(LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: stored.object), removed: [path])

        let admin = try f.admin()
        // Refused by every reader (no replacement in its folder), and named by check.
        #expect(try VaultIndex.load(admin).refused.values.contains { $0.contains("with nothing in its place") })
        #expect(try AttachmentCatalog(vault: admin).list(f.id).items.contains { $0.metadata.evidence?.sha256 == stored.sha256 },
                "the photograph is no longer listed")
        _ = try MemberAdministration(vault: admin).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)
        // Re-encrypted by the rekey (a new name), not deleted.
        let listed = try AttachmentCatalog(vault: try f.admin()).list(f.id).items.filter { $0.metadata.evidence?.sha256 == stored.sha256 }
        #expect(listed.count == 1 && FileManager.default.fileExists(atPath: listed[0].url.path), "the photograph's file was deleted")
    }

    /// Contributor (a modified field client, which seals with public keys
    /// only and can seal to any key). One file of their own, committed by an
    /// ordinary `attach` in their own document, sealed to a key that is no
    /// level key and that no entry claims: `AttachmentRekey.run` takes it for
    /// damaged and throws, so after a member's removal no rekey of evidence
    /// completes, and every attachment it had not reached yet stays under
    /// the removed member's level key.
    @Test func aContributorsFileSealedToNobodysKeyStopsEveryRekey() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try f.base.addMember("Field", clearance: .contributor)
        _ = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        let field = try Self.unlock(f, "Field")
        try f.base.addDocument("VR-9", as: field)
        let own = try AttachmentStore(vault: field).attach(try f.file([1, 2, 3], named: "x.jpg"), to: "VR-9")
        let blind = try field.blindID("VR-9")
        let folder = field.paths.attachments(blind: blind)
        // What the modified client would write directly (the test borrows the administrator's key to make it).
        let made = try AttachmentRekey.reencrypt(folder.appendingPathComponent(own.object), keys: try f.admin().levelKeys,
                                                 to: (epoch: 0, publicKey: try X25519KeyPair.generate().publicKey), in: folder)
        try Self.unlock(f, "Field").log(LogAction(action: "attach", document: "VR-9", level: "internal", hash: made.object),
                                        objects: ["attachments/\(blind)/\(made.object)"])
        #expect(try VaultIndex.load(try f.admin()).refused.isEmpty)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        // Fixed: every other file is re-encrypted, every level done, and then the one left is named.
        #expect(throws: VaultError.self) { _ = try VaultRekey(vault: try f.admin()).run(.allHeld) }
        let admin = try f.admin()
        let current = try admin.currentKey(.internal).epoch
        let photo = try #require(try AttachmentCatalog(vault: admin).list(f.id).items.first)
        #expect(Int(try AttachmentReader.header(of: photo.url).epoch) == current)
    }

    // MARK: - Keyless writer

    /// Keyless writer: an object replaced by a symbolic link to another
    /// object of the same document. Nothing follows it. Holds.
    @Test func aSymlinkedObjectIsNotFollowed() throws {
        let f = try AttachmentFixture()
        let admin = try f.admin()
        let plain = try AttachmentStore(vault: admin).attach(try f.file([1, 2, 3, 4], named: "plain.jpg"), to: f.id, level: .state)
        let redacted = try AttachmentStore(vault: admin).attach(try f.file(AttachmentFixture.photoBytes(), named: "face.jpg"), to: f.id, level: .state)
        let folder = admin.paths.attachments(blind: try admin.blindID(f.id))
        let target = folder.appendingPathComponent(plain.object)
        try FileManager.default.removeItem(at: target)
        try FileManager.default.createSymbolicLink(at: target, withDestinationURL: folder.appendingPathComponent(redacted.object))
        #expect(throws: (any Error).self) { try AttachmentReader.read(target, keys: admin.levelKeys) { _ in } }
        #expect(throws: (any Error).self) { try AttachmentReader.metadata(of: target, keys: admin.levelKeys) }
        let listing = try AttachmentCatalog(vault: try f.admin()).list(f.id)
        #expect(listing.damaged.contains { $0.hasSuffix(plain.object) })
    }

    /// Keyless writer, then the memo. The genuine claim's object is briefly
    /// missing (a sync tool that delivers log entries before objects, or a
    /// file deleted and put back): the snapshot then has no restriction key,
    /// and the memo, keyed on the log alone, keeps serving it in this process
    /// after the file is back: a viewer opens nothing until the log changes.
    @Test func theMemoKeepsASnapshotTakenWhileAnObjectWasAway() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"),
                                                                      to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let doctor = try Self.unlock(f, "Doctor")
        let url = doctor.paths.attachments(blind: try doctor.blindID(f.id)).appendingPathComponent(stored.object)
        let away = f.base.folder.url.appendingPathComponent("away")
        try FileManager.default.moveItem(at: url, to: away)
        // Fixed: the grant is read from the log alone, whatever files are present.
        #expect(try RestrictedViewing.keys(in: doctor).held.count == 1)
        try FileManager.default.moveItem(at: away, to: url)
        let fresh = Self.opens(url, for: try Self.unlock(f, "Doctor")), same = Self.opens(url, for: doctor)
        #expect(fresh)  // a new process sees it
        #expect(same, "the same process still has no key for the image")
    }

    // MARK: - Private workspace

    /// A tamga killed (SIGKILL, the OOM killer on a large export) leaves its
    /// workspace with the decrypted, unredacted original. The user runs
    /// tamga again at once: its one clean-up pass per process leaves the
    /// folder (younger than 60 s), and nothing removes it until a tamga
    /// started a minute later; with no `/dev/shm` it is on disk meanwhile.
    @Test func aWorkspaceKilledAMomentAgoOutlivesTheNextTamga() throws {
        let base = NSTemporaryDirectory() + "/tamga-workspace-round2-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let killed = base + "/tamga-evidence-999999-abcdef"
        try FileManager.default.createDirectory(atPath: killed, withIntermediateDirectories: false)
        try Data("decrypted original".utf8).write(to: URL(fileURLWithPath: killed + "/attachment-1.raw"))
        // Nobody holds its lock: its maker is dead.
        let probe = open(killed, O_RDONLY | O_DIRECTORY)
        #expect(flock(probe, LOCK_EX | LOCK_NB) == 0)
        close(probe)
        PrivateWorkspace.removeAbandoned(in: base)  // the next tamga's one pass
        #expect(!FileManager.default.fileExists(atPath: killed + "/attachment-1.raw"), "the decrypted original is left behind")
    }
}
