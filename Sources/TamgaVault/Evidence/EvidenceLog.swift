import Foundation
import TamgaCore
import TamgaCrypto

/// What the signed log says of evidence files, read in one pass over the
/// authorized entries: which object replaced which (`names(of:)`),
/// which attachments are restricted and which restriction keys this member
/// was granted (`RestrictedViewing`), the black-outs
/// (`AttachmentRedaction`), and which objects a contributor stored.
///
/// One snapshot per state of the log (memoized in `UnlockedVault`): each of
/// those used to read and decrypt the whole log on its own, once per
/// attachment (review, session 28). Nothing here depends on which files are
/// present, so the log's state is the whole key.
///
/// An insider signs what they like, and can place an entry early in the
/// log's order by forking from its first entry (attacker, session 29): so
/// no fact here is decided by which entry came first.
/// - A grant counts only when its sealed secret opens, with this member's
///   key, to the very restriction key it names: proof that whoever made it
///   held the key. Every such grant counts, so a forged claim can add
///   nothing and take nothing away. Level key ids are never restriction keys.
/// - Who the viewers are is not taken from the log at all when it matters:
///   the viewers a re-encryption grants come from the image's own metadata,
///   authenticated under the restriction key (`AttachmentDetails.viewers`).
///   The claims' viewer sets (their intersection) only count images a
///   removed viewer could still open, for members who cannot open them.
/// - Every replacement link an entry backs with its own objects (commits the
///   new object, supersedes the old one in the same folder) counts, and an
///   attachment's names are its whole family: every object linked to it,
///   forwards, backwards and sideways (two copies rekeyed apart). A forged
///   link can only add black-outs, never cut one.
struct EvidenceLog: Sendable {
    /// A black-out as recorded, its regions not yet parsed.
    struct RecordedRedaction: Sendable {
        let hash: String
        let audience: Audience
        let regions: Substring
    }

    /// Object name → the names it is linked to (both directions).
    private(set) var links: [String: Set<String>] = [:]
    /// Objects named by an `attachment-restrict` entry that backs its link.
    private(set) var restrictedByLog: Set<String> = []
    private(set) var redactions: [RecordedRedaction] = []
    /// The SHA-256 of the original file each `attach` entry recorded, by the
    /// object it committed: what every later copy in the family must still hold.
    private(set) var originals: [String: Set<String>] = [:]
    private(set) var restriction = RestrictedViewing.Keys()
    /// Attachment paths committed by an authorized contributor's entry.
    private(set) var contributorObjects: Set<String> = []
    /// Objects an `attach` entry stored restricted (it carries a restriction key).
    private(set) var restrictedAtIntake: Set<String> = []
    /// The originals (SHA-256 at intake) of every restricted attachment: a
    /// copy of the same file attached elsewhere is restricted content too
    /// (attacker round 3, F5). A forged entry can only add to it: withhold more.
    private(set) var restrictedOriginals: Set<String> = []
    /// The restriction key (id) each restricted object is sealed to, as its entry recorded it.
    private(set) var restrictionKeys: [String: String] = [:]

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
        log.restrictedOriginals = log.restrictedByLog.union(log.restrictedAtIntake)
            .reduce(into: Set<String>()) { $0.formUnion(log.recordedOriginals(of: $1)) }
        return log
    }

    private mutating func take(_ action: LogAction, item: VaultIndex.Item, vault: UnlockedVault, levelKeyIDs: Set<String>) {
        switch action.action {
        case AttachmentRedaction.action:
            guard let hash = action.hash, let audience = action.audience.flatMap(Audience.init(rawValue:)),
                  let note = action.note, note.hasPrefix(AttachmentRedaction.notePrefix) else { return }
            redactions.append(RecordedRedaction(hash: hash, audience: audience, regions: note.dropFirst(AttachmentRedaction.notePrefix.count)))
        case AttachmentRestriction.action, AttachmentRekey.action, "attach":
            if action.action == "attach", let object = action.hash, let original = action.original {
                originals[object, default: []].insert(original)
                if action.restrictionKey != nil { restrictedAtIntake.insert(object) }
            }
            let linked = action.action != "attach" && link(action, item: item)
            if action.action == AttachmentRestriction.action, linked, let hash = action.hash { restrictedByLog.insert(hash) }
            if let object = action.hash, let keyID = action.restrictionKey, action.action != AttachmentRekey.action || linked {
                restrictionKeys[object] = keyID
            }
            grant(action, vault: vault, levelKeyIDs: levelKeyIDs)
        case "erase":
            // Each attachment an erasure re-encrypted (issue 18) keeps its black-outs and custody.
            for (new, old) in (action.rewritten ?? [:]).sorted(by: { $0.key < $1.key }) {
                var one = action
                one.hash = new
                one.replaces = old
                _ = link(one, item: item)
            }
        default:
            return
        }
    }

    /// The replacement an entry records, when its own objects back it.
    private mutating func link(_ action: LogAction, item: VaultIndex.Item) -> Bool {
        guard let new = action.hash, let old = action.replaces, new != old,
              let path = item.objects.first(where: { Self.object(of: $0) == new }),
              item.removed.contains((path as NSString).deletingLastPathComponent + "/" + old) else { return false }
        links[new, default: []].insert(old)
        links[old, default: []].insert(new)
        return true
    }

    /// The restriction key an entry claims, and this member's grant in it if it proves itself.
    private mutating func grant(_ action: LogAction, vault: UnlockedVault, levelKeyIDs: Set<String>) {
        guard let keyID = action.restrictionKey, let viewers = action.viewers, !levelKeyIDs.contains(keyID) else { return }
        RestrictedViewing.collect(keyID: keyID, viewers: viewers, member: vault.identity, into: &restriction)
    }

    /// The ids of every level key of every epoch the keyring lists, and of
    /// every document data key (issue 18): never a restriction key.
    static func levelKeyIDs(_ vault: UnlockedVault) -> Set<String> {
        Set(vault.keyring.body.levels.values.joined().compactMap { epoch in
            (try? Hex.decode(epoch.publicKey)).flatMap { try? Hex.encode(VaultObject.keyID(of: $0)) }
        }).union((vault.levelKeys.documentKeys?.allKeyIDs() ?? []).map(Hex.encode))
    }

    private static func object(of path: String) -> String? { path.split(separator: "/").last.map(String.init) }

    // MARK: - Questions

    /// `object` and every name linked to it, directly or not.
    func names(of object: String) -> Set<String> {
        var family: Set<String> = [object]
        var next = [object]
        while let name = next.popLast() {
            for other in links[name] ?? [] where family.insert(other).inserted { next.append(other) }
        }
        return family
    }

    /// The members who may view restricted content whose original is
    /// `original`: the viewers of every restricted object of that content. A
    /// copy of the same file attached unrestricted opens for them only
    /// (attacker round 3, F5).
    func viewers(ofOriginal original: String) -> Set<String> {
        restrictionKeys.reduce(into: Set<String>()) { result, entry in
            if recordedOriginals(of: entry.key).contains(original) { result.formUnion(restriction.viewers[entry.value] ?? []) }
        }
    }

    /// The originals intake recorded for `object`'s family. A re-encryption
    /// keeps the content, so every copy must hash as this; more than one
    /// means an entry recorded another file for the same evidence.
    func recordedOriginals(of object: String) -> Set<String> {
        names(of: object).reduce(into: Set<String>()) { $0.formUnion(originals[$1] ?? []) }
    }

    /// Whether the object at `path` (or another name of it in the same folder) was stored by a contributor.
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
