import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Issue 17, the review of session 28: insiders who sign log entries of
/// their own to take an intimate image, lock the others out of the internal
/// attachments, or cut an image from its black-outs. Each entry below is
/// authorized (its signer may sign that kind of entry); what it claims must
/// still not count (`EvidenceLog`).
@Suite struct EvidenceLogAttackTests {
    /// A grant an attacker can make for themselves: a key they chose, sealed to their own key.
    static func selfGrant(_ vault: UnlockedVault) throws -> [String: String] {
        let chosen = try X25519KeyPair.generate()
        return [vault.member.fingerprint: Data(try SealedBox.seal(chosen.secretKey, to: try Hex.decode(vault.member.encryptionKey))).base64EncodedString()]
    }

    static func keyID(of url: URL) throws -> String { Hex.encode(try AttachmentReader.header(of: url).keyID) }

    static func opens(_ url: URL, for vault: UnlockedVault) -> Bool {
        (try? AttachmentReader.read(url, keys: try RestrictedViewing.attachmentKeys(for: vault)) { _ in }) != nil
    }

    /// An internal member who is no viewer names themselves a viewer of an
    /// image's restriction key, in an entry of every kind: they are not
    /// counted a viewer, so the next re-encryption grants them nothing.
    @Test func aNonViewerCannotJoinAGrant() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        let colleague = try f.base.addMember("Colleague", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"),
                                                                      to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let folder = "attachments/\(try colleague.blindID(f.id))"
        let url = f.base.paths.root.appendingPathComponent("\(folder)/\(stored.object)")
        let key = try Self.keyID(of: url)
        for action in ["read", "attach", AttachmentRekey.action, AttachmentRestriction.action, "export"] {
            let forged = LogAction(action: action, document: f.id, level: "internal", hash: stored.object, replaces: nil,
                                   viewers: try Self.selfGrant(colleague), restrictionKey: key)
            let objects = ["read", "export"].contains(action) ? [] : ["\(folder)/\(stored.object)"]
            _ = try colleague.log(forged, objects: objects)
        }
        let admin = try f.admin()
        #expect(try VaultIndex.load(admin).refused.isEmpty)  // each forged entry counts: only its claim must not
        #expect(try RestrictedViewing.keys(in: admin).viewers[key]?.contains(colleague.member.fingerprint) == false)
        #expect(!Self.opens(url, for: colleague))

        _ = try MemberAdministration(vault: admin).remove(name: "Doctor")
        #expect(try Rekey.run(try f.admin(), level: .internal) >= 1)
        let after = try f.admin()
        let item = try #require(try AttachmentCatalog(vault: after).list(f.id).items.first { $0.metadata.evidence?.restricted == true })
        #expect(item.object != stored.object)
        #expect(Self.opens(item.url, for: after))
        #expect(!Self.opens(item.url, for: try f.base.unlock("Colleague", passphrase: "Colleague passphrase")))
    }

    /// A State member, a contributor or an internal member names the
    /// internal level key as a restriction key: nothing becomes restricted,
    /// and a rekey does not re-encrypt the internal attachments for the
    /// administrator alone.
    @Test(arguments: [Clearance.state, .contributor, .internal])
    func aLevelKeyIsNeverARestrictionKey(_ clearance: Clearance) throws {
        let f = try AttachmentFixture()
        let colleague = try f.base.addMember("Colleague", clearance: .internal)
        _ = try f.base.addMember("Leaving", clearance: .internal)
        let attacker = try f.base.addMember("Attacker", clearance: clearance)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        let folder = "attachments/\(try f.admin().blindID(f.id))"
        let url = f.base.paths.root.appendingPathComponent("\(folder)/\(stored.object)")
        let levelKey = try Self.keyID(of: url)
        var planted: [String] = []
        if clearance != .state {
            // An object of their own sealed to the level key, so the header check alone would pass.
            if clearance == .contributor { try f.base.addDocument("VR-9", as: attacker) }
            let own = try AttachmentStore(vault: attacker).attach(try f.file([1, 2, 3], named: "x.jpg"), to: clearance == .contributor ? "VR-9" : f.id)
            planted = ["attachments/\(try attacker.blindID(clearance == .contributor ? "VR-9" : f.id))/\(own.object)"]
            _ = try attacker.log(LogAction(action: "attach", document: f.id, level: "internal", hash: own.object,
                                           viewers: try Self.selfGrant(attacker), restrictionKey: levelKey), objects: planted)
        }
        _ = try attacker.log(LogAction(action: "read", document: f.id, level: "internal", hash: stored.object,
                                       viewers: try Self.selfGrant(attacker), restrictionKey: levelKey))
        let admin = try f.admin()
        #expect(try !RestrictedViewing.keys(in: admin).keyIDs.contains(levelKey))
        let item = try #require(try AttachmentCatalog(vault: admin).list(f.id).items.first { $0.object == stored.object })
        #expect(try !AttachmentRestriction.isRestricted(item, in: admin))

        _ = try MemberAdministration(vault: admin).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)
        #expect(try AttachmentRekey.restrictedAwaitingViewer(try f.admin()) == 0)
        let rekeyed = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first { $0.metadata.evidence?.sha256 == stored.sha256 })
        #expect(Self.opens(rekeyed.url, for: try f.base.unlock("Colleague", passphrase: "Colleague passphrase")))
        _ = colleague
    }

    /// An internal member signs re-encryption entries that link an image's
    /// new name to a made-up old one: its black-outs still apply.
    @Test func aForgedLinkCannotCutAnImageFromItsBlackOuts() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Leaving", clearance: .internal)
        let insider = try f.base.addMember("Insider", clearance: .internal)
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
        let insiderNow = try f.base.unlock("Insider", passphrase: "Insider passphrase")
        _ = try insiderNow.log(LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: item.object, replaces: madeUp))
        _ = try insiderNow.log(LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: item.object, replaces: madeUp),
                               objects: [item.path], removed: ["\(folder)/\(madeUp)"])
        _ = try insiderNow.log(LogAction(action: AttachmentRestriction.action, document: f.id, level: "internal", hash: item.object,
                                         replaces: madeUp), objects: [item.path], removed: ["\(folder)/\(madeUp)"])
        #expect(try AttachmentRedaction.all(for: item.object, in: try f.admin()).map(\.regions) == [region.regions])
        _ = insider
    }

    /// Someone who can write files in a synced copy puts one attachment's
    /// ciphertext in place of another's (both open with the level key): the
    /// black-outs are found by the file's name, so reading it must refuse.
    @Test func aSwappedCiphertextDoesNotOpen() throws {
        let f = try AttachmentFixture()
        let admin = try f.admin()
        let plain = try AttachmentStore(vault: admin).attach(try f.file([1, 2, 3, 4], named: "plain.jpg"), to: f.id, level: .state)
        let redacted = try AttachmentStore(vault: admin).attach(try f.file(AttachmentFixture.photoBytes(), named: "face.jpg"), to: f.id, level: .state)
        let folder = admin.paths.attachments(blind: try admin.blindID(f.id))
        let target = folder.appendingPathComponent(plain.object)
        try FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: folder.appendingPathComponent(redacted.object), to: target)
        #expect(throws: VaultError.self) { try AttachmentReader.read(target, keys: admin.levelKeys) { _ in } }
        #expect(throws: VaultError.self) {
            _ = try AttachmentRekey.reencrypt(target, keys: admin.levelKeys, to: (epoch: 0, publicKey: try X25519KeyPair.generate().publicKey),
                                              in: folder)
        }
        #expect(!VaultChecker.check(try f.admin()).isClean)
    }
}
