import Foundation
import TamgaCore
import TamgaCrypto

/// What the signed log says of evidence files, read in one pass over the
/// authorized entries: which object replaced which (`AttachmentLineage`),
/// which attachments are restricted and to which viewers
/// (`RestrictedViewing`), the black-outs (`AttachmentRedaction`), and which
/// objects a contributor stored.
///
/// One snapshot per state of the log (memoized in `UnlockedVault`): each of
/// those used to read and decrypt the whole log on its own, once per
/// attachment, so listing N attachments read it 2N+1 times and a preview up
/// to 6N+1 (review, session 28).
///
/// Every fact is taken only from the entry kind that may make it, and only
/// when the entry's own object list backs it, because an insider signs what
/// they like (review, session 28):
/// - a restriction key counts only from an `attach`, `attachment-restrict` or
///   `attachment-rekey` entry that commits an attachment object whose clear
///   header names that very key, never a level key's id, and only from the
///   first such entry (a later one cannot add itself to the viewers: it would
///   be granted the key at the next re-encryption);
/// - a replacement link counts only from an `attachment-rekey` or
///   `attachment-restrict` entry that commits the new object and supersedes
///   the old one in the same folder, first link per object (a later entry
///   cannot cut an image from its black-outs).
struct EvidenceLog: Sendable {
    /// A black-out as recorded, its regions not yet parsed.
    struct RecordedRedaction: Sendable {
        let hash: String
        let audience: Audience
        let regions: Substring
    }

    /// New object name → the one it replaced.
    private(set) var replaced: [String: String] = [:]
    /// Objects named by an `attachment-restrict` entry.
    private(set) var restrictedByLog: Set<String> = []
    private(set) var redactions: [RecordedRedaction] = []
    private(set) var restriction = RestrictedViewing.Keys()
    /// Attachment paths committed by an authorized contributor's entry.
    private(set) var contributorObjects: Set<String> = []

    /// The snapshot for the log as it is now (read once per state of the log).
    static func load(_ vault: UnlockedVault) throws -> EvidenceLog {
        let index = try VaultIndex.load(vault)
        let key = index.heads + ["\(index.contents.entries.count)"]
        if let known = vault.evidenceMemo.value(for: key) { return known }
        let log = try read(vault, index: index)
        vault.evidenceMemo.store(log, for: key)
        return log
    }

    static func read(_ vault: UnlockedVault, index: VaultIndex) throws -> EvidenceLog {
        var log = EvidenceLog()
        let audit = AuditLog(paths: vault.paths)
        let readsActions = vault.levelKeys.canRead(.internal)
        let levelKeyIDs = Self.levelKeyIDs(vault)
        for name in index.authorizedInOrder {
            guard let item = index.item(name) else { continue }
            if index.derived.rules.clearance(of: item) == .contributor {
                log.contributorObjects.formUnion(item.objects.filter { $0.hasPrefix("attachments/") })
            }
            guard readsActions, let action = try? AuditLog.action(of: try audit.entry(named: name), keys: vault.levelKeys) else { continue }
            log.take(action, item: item, vault: vault, levelKeyIDs: levelKeyIDs)
        }
        return log
    }

    private mutating func take(_ action: LogAction, item: VaultIndex.Item, vault: UnlockedVault, levelKeyIDs: Set<String>) {
        switch action.action {
        case AttachmentRedaction.action:
            guard let hash = action.hash, let audience = action.audience.flatMap(Audience.init(rawValue:)),
                  let note = action.note, note.hasPrefix(AttachmentRedaction.notePrefix) else { return }
            redactions.append(RecordedRedaction(hash: hash, audience: audience, regions: note.dropFirst(AttachmentRedaction.notePrefix.count)))
        case AttachmentRestriction.action, AttachmentRekey.action, "attach":
            if action.action == AttachmentRestriction.action, let hash = action.hash { restrictedByLog.insert(hash) }
            if action.action != "attach" { link(action, item: item) }
            grant(action, item: item, vault: vault, levelKeyIDs: levelKeyIDs)
        default:
            return
        }
    }

    /// The replacement an entry records, when its own objects back it.
    private mutating func link(_ action: LogAction, item: VaultIndex.Item) {
        guard let new = action.hash, let old = action.replaces, new != old, replaced[new] == nil,
              let path = item.objects.first(where: { Self.object(of: $0) == new }),
              item.removed.contains((path as NSString).deletingLastPathComponent + "/" + old) else { return }
        replaced[new] = old
    }

    /// The restriction key an entry makes, when the object it commits is sealed to it.
    private mutating func grant(_ action: LogAction, item: VaultIndex.Item, vault: UnlockedVault, levelKeyIDs: Set<String>) {
        guard let keyID = action.restrictionKey, let viewers = action.viewers, !levelKeyIDs.contains(keyID),
              !restriction.keyIDs.contains(keyID), let hash = action.hash,
              let path = item.objects.first(where: { Self.object(of: $0) == hash && $0.hasPrefix("attachments/") }),
              let header = try? AttachmentReader.header(of: vault.paths.root.appendingPathComponent(path)),
              Hex.encode(header.keyID) == keyID else { return }
        RestrictedViewing.collect(keyID: keyID, viewers: viewers, member: vault.identity, into: &restriction)
    }

    /// The ids of every level key of every epoch the keyring lists: never a restriction key.
    static func levelKeyIDs(_ vault: UnlockedVault) -> Set<String> {
        Set(vault.keyring.body.levels.values.joined().compactMap { epoch in
            (try? Hex.decode(epoch.publicKey)).flatMap { try? Hex.encode(VaultObject.keyID(of: $0)) }
        })
    }

    private static func object(of path: String) -> String? { path.split(separator: "/").last.map(String.init) }

    // MARK: - Questions

    /// `object` and every earlier name of the same attachment.
    func names(of object: String) -> Set<String> { AttachmentLineage.names(of: object, replaced: replaced) }

    /// Whether the object at `path` (or an earlier name of it) was stored by a contributor.
    func contributorStored(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return names(of: (path as NSString).lastPathComponent).contains { contributorObjects.contains(folder + "/" + $0) }
    }
}

/// This process's `EvidenceLog`, by the state of the log it was read from.
final class EvidenceLogMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (key: [String], log: EvidenceLog)?

    func value(for key: [String]) -> EvidenceLog? {
        lock.withLock { entry?.key == key ? entry?.log : nil }
    }

    func store(_ log: EvidenceLog, for key: [String]) {
        lock.withLock { entry = (key, log) }
    }
}
