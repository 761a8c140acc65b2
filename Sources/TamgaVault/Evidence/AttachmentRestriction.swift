import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga attachment restrict`: marks an attachment already stored as an
/// intimate image (Istanbul Protocol: restricted viewing) after the fact.
/// A signed log entry (action `attachment-restrict`, members cleared
/// internal), like a redaction, so the evidence is not rewritten and keeps
/// its hash; `attach --restricted` records the same in the attachment's
/// encrypted metadata. Either way no export writes it, for any audience.
///
/// After the fact, only the member who attached the file or an
/// administrator may restrict it, and the member who attached it always
/// stays among the viewers (attacher round 3, F8). Administrators are not
/// added on their own: restricted viewing keeps an intimate image from
/// every member not named, administrators included.
public enum AttachmentRestriction {
    public static let action = "attachment-restrict"

    /// Whether `item` is restricted: by its metadata, by the key its object
    /// is sealed to (a restriction key, `RestrictedViewing`), or by the log.
    public static func isRestricted(_ item: AttachmentCatalog.Item, in vault: UnlockedVault) throws -> Bool {
        try isRestricted(item, log: EvidenceLog.load(vault))
    }

    /// The same file as a restricted one (by the SHA-256 recorded at intake) counts as restricted: restriction
    /// is of the image, not of one copy of it (attacker round 3, F5).
    static func isRestricted(_ item: AttachmentCatalog.Item, log: EvidenceLog) throws -> Bool {
        if item.metadata.evidence?.restricted == true { return true }
        if let original = item.metadata.evidence?.sha256, log.restrictedOriginals.contains(original) { return true }
        if let header = try? AttachmentReader.header(of: item.url), RestrictedViewing.isRestricted(header, keys: log.restriction) {
            return true
        }
        return !log.names(of: item.object).isDisjoint(with: log.restrictedByLog)
    }

    /// Records the restriction of `item` (an internal attachment of `document`)
    /// and re-encrypts it under a restriction key granted to `viewers` (by
    /// name) and the member acting (`RestrictedViewing`): from then on no
    /// other member's key opens it. The entry names the new object and the
    /// one it replaces, so redactions recorded before still apply
    /// (`EvidenceLog.names`). The caller holds the vault's write lock.
    /// Returns the re-encrypted object's name (its new reference), or the
    /// old one when it was restricted already.
    @discardableResult
    public static func record(_ item: AttachmentCatalog.Item, of document: String, viewers: [String] = [],
                              in vault: UnlockedVault) throws -> String {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "restricting attachments (internal)")
        }
        // Only the member who attached it, or an administrator: any member cleared internal
        // could restrict a colleague's evidence to themselves alone (attacker round 3, F8).
        let attacher = item.metadata.author
        guard vault.member.administrator || attacher == vault.member.fingerprint else {
            throw VaultError.notCleared(member: vault.member.name,
                                        needed: "restricting this attachment (the member who attached it or an administrator)")
        }
        // A released attachment (`--level state|public`) is taken back: its release is metadata on an object
        // sealed to internal's key, and goes with the restriction (attacker round 3, F13). An object of an older
        // vault sealed to a lower level's key is not: `tamga rekey` moves it under internal's key first.
        guard item.metadata.level == Level.internal.rawValue else {
            throw VaultError.invalidArgument("attachment \(item.reference) is kept under the \(item.metadata.level) key of an older vault: "
                                             + "run `tamga rekey --all`, then restrict it")
        }
        // Restricted already only if its object is sealed to a restriction key
        // (it opened, so this member is a viewer): what the log says does not
        // count here, or a bare entry would stop a real restriction (attacker, session 29).
        let header = try AttachmentReader.header(of: item.url)
        if item.metadata.evidence?.restricted == true, !EvidenceLog.levelKeyIDs(vault).contains(Hex.encode(header.keyID)) {
            return item.object
        }
        // The member who attached it stays a viewer, whoever restricts it: the evidence is never cut off from its custodian.
        var named = try RestrictedViewing.viewers(named: viewers, in: vault)
        if let custodian = vault.keyring.body.members.first(where: { $0.fingerprint == attacher && $0.active && $0.clearance == .internal }),
           !named.contains(where: { $0.fingerprint == custodian.fingerprint }) {
            named.append(custodian)
        }
        let grant = try RestrictedViewing.grant(to: named)
        let made = try AttachmentRewrite.run(item.url, header: header, path: item.path, keys: try RestrictedViewing.attachmentKeys(for: vault),
                                             to: (epoch: 0, publicKey: grant.keyPair.publicKey), vault: vault) { metadata in
            var details = metadata.evidence ?? AttachmentDetails()
            details.restricted = true
            details.release = nil
            details.viewers = grant.sealed.keys.sorted()
            metadata.evidence = details
        }
        let folder = (item.path as NSString).deletingLastPathComponent
        try vault.log(LogAction(action: action, document: document, level: item.metadata.level, hash: made.object,
                                replaces: item.object, viewers: grant.sealed, restrictionKey: grant.keyID),
                      objects: ["\(folder)/\(made.object)"], removed: [item.path])
        try DurableFile.remove(item.url)
        return made.object
    }
}
