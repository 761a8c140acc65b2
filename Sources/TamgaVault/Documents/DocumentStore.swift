import Foundation
import TamgaCore
import TamgaCrypto

/// Documents in the vault: one encrypted part per level per revision, filed
/// under the document's blind id, and committed by an audit-log entry.
///
/// Write order (crash safety): the parts first, the log entry last. A part
/// exists only once a signed log entry lists it (`CommitIndex`), so a crash in
/// between leaves unused files that `check` reports and nothing that a reader
/// trips over, and a file planted without a signed entry is ignored.
public struct DocumentStore: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public enum AddOutcome: Sendable, Equatable {
        case added(revision: Int)
        case unchanged(revision: Int)
    }

    /// Stores a new revision of `submission`, or nothing if its source is already the newest.
    @discardableResult
    public func add(_ submission: DocumentSubmission, force: Bool = true) throws -> AddOutcome {
        let blind = try vault.blindID(submission.id)
        let clearance = vault.member.clearance
        guard clearance != .state else {
            throw VaultError.notCleared(member: vault.member.name, needed: "adding documents (members cleared internal, or contributors)")
        }
        let index = try vault.commitIndex()
        // A destroyed document's id is spent: its folders stay dead for every reader (issue 18).
        if try vault.blindIDs(submission.id).contains(where: index.destroyed.contains) {
            throw VaultError.invalidArgument("\(submission.id) was destroyed (`tamga log` shows when and by whom); its id is spent, so give the new record a new id")
        }
        if clearance == .contributor {
            // A contributor adds new documents only, and learns nothing about
            // stored ones: no comparison with their content, and the reply is
            // the same whatever they hold. (That an id is taken is visible to
            // any member from the folder names anyway.)
            guard !Self.touched(blind: blind, index: index) else {
                throw VaultError.invalidArgument("\(submission.id) is already in the vault; a new revision must be added by a member cleared internal")
            }
            return try store(submission, blind: blind, revisionNumber: 1, parents: [], contentTag: nil)
        }
        let contentTag = try vault.contentTag(submission.source)
        let existing = try revisionHeaders(blind: blind, index: index)
        let heads = Self.heads(existing)
        if let newest = heads.first, heads.count == 1, newest.header.contentTag == contentTag {
            return .unchanged(revision: existing.count)
        }
        if !force { try requireBasedOnNewest(id: submission.id, source: submission.source) }
        let followed = Array(heads.prefix(ObjectHeader.maximumParents))
        return try store(submission, blind: blind, revisionNumber: existing.count + 1, parents: followed.map(\.header.revision),
                         contentTag: contentTag, withdrawn: try consentTaken(by: submission, blind: blind, from: followed))
    }

    /// The consent `submission`'s front matter takes away from the revisions
    /// it follows (`FrontMatterWithdrawal`), for its log entry; nil for none.
    /// Only the parents' internal parts are opened, not the document's history.
    private func consentTaken(by submission: DocumentSubmission, blind: String, from parents: [RevisionHeader]) throws -> [String: [String]]? {
        guard !parents.isEmpty else { return nil }
        // A contributor's revision gives no consent (the registry keeps only what every declaration gives):
        // correcting it takes nothing away (session 41 attacker, R2: a contributor's document re-using a
        // person id baited the reviewer's correction into logging a withdrawal of that person's consent).
        let contributors = Set(vault.keyring.body.members.filter { $0.clearance == .contributor }.map(\.fingerprint))
        let catalog = DocumentCatalog(vault: vault)
        let before = try parents.map { try catalog.openPart(blind: blind, level: .internal, name: $0.fileName) }
            .filter { !contributors.contains($0.metadata.author) }
        let new = try submission.source.withUnsafeBytes { try DocumentParser.parse($0, file: submission.id) }.frontMatter.persons
        let taken = FrontMatterWithdrawal.taken(by: new, from: before)
        return taken.isEmpty ? nil : taken
    }

    /// Refuses a file based on an older revision than the newest
    /// (`RevisionBase`); a new document, or one the member cannot read at
    /// the internal level (a contributor adds new documents only), passes.
    public func requireBasedOnNewest(id: String, source: [UInt8]) throws {
        guard vault.levelKeys.canRead(.internal), Self.touched(blind: try vault.blindID(id), index: try vault.commitIndex()),
              let older = RevisionBase.olderBase(of: source, revisions: try DocumentCatalog(vault: vault).history(id, level: .internal))
        else { return }
        throw VaultError.invalidArgument("\(id): this file is based on revision \(older.base), not on the newest "
            + "(revision \(older.newest)); adding it would undo the changes made since. Start from `tamga show \(id)` "
            + "or `tamga edit \(id)`, or add it anyway with --force (nothing was added)")
    }

    /// Whether any live object is filed under the document's folder.
    static func touched(blind: String, index: CommitIndex) -> Bool {
        index.liveObjects.contains { $0.hasPrefix("documents/\(blind)/") || $0.hasPrefix("attachments/\(blind)/") }
    }

    /// Writes the parts of one new revision and the log entry that commits
    /// them. A contributor's revision has its internal part only (tagged with
    /// zeros: it holds no key that should tag content): the next member
    /// cleared internal projects the lower parts. Internal, not private:
    /// tests write revisions as an add before session 41 did (no `withdrawn`)
    /// and forks as two copies make them.
    func store(_ submission: DocumentSubmission, blind: String, revisionNumber: Int, parents: [[UInt8]],
                       contentTag: [UInt8]?, withdrawn: [String: [String]]? = nil) throws -> AddOutcome {
        let revisionID = SecureRandom.bytes(count: 16)
        let created = Timestamp.now()
        var written: [String] = []
        for level in Level.allCases where level == .internal || vault.member.clearance == .internal {
            let part: DocumentSubmission.Part
            if level == .internal {
                let full = submission.parts[.internal]
                part = DocumentSubmission.Part(content: submission.source, title: full?.title, facility: full?.facility)
            } else {
                guard let projected = submission.parts[level] else { continue }
                part = projected
            }
            let zero = [UInt8](repeating: 0, count: 32)
            let tag = level == .internal ? contentTag ?? zero : try projectionTag(source: contentTag ?? zero, redaction: submission.redactionTag)
            written.append(contentsOf: try writePart(part, level: level, document: submission.id, kind: submission.kind, date: submission.date,
                                         revision: revisionNumber, revisionID: revisionID, parents: parents,
                                         contentTag: tag, blind: blind, created: created))
        }
        var action = LogAction(action: "add", document: submission.id, revision: revisionNumber)
        action.withdrawn = withdrawn
        try vault.log(action, revisions: [Hex.encode(revisionID)], objects: written)
        return .added(revision: revisionNumber)
    }

    /// The header tag of a lower part: which source and which redaction inputs
    /// (registry, consent, policy) it was projected from, keyed with a key
    /// only members cleared internal hold (the index key, which every
    /// clearance holds, would let anyone test guesses). A refresh compares
    /// tags without decrypting anything.
    func projectionTag(source: [UInt8], redaction: [UInt8]?) throws -> [UInt8] {
        guard let redaction else { return [UInt8](repeating: 0, count: 32) }
        return try BLAKE2b.hash(source + redaction, outputByteCount: 32, key: try vault.tagKey("tamga/v2/projection-tag-key"))
    }

    /// Encrypts and files one part of one revision; returns the paths the
    /// log entry must list: a new data key if one was made, then the part.
    @discardableResult
    func writePart(_ part: DocumentSubmission.Part, level: Level, document: String, kind: String, date: String,
                   revision: Int, revisionID: [UInt8], parents: [[UInt8]], contentTag: [UInt8],
                   blind: String, created: String, batch: DataKeyBatch? = nil) throws -> [String] {
        let metadata = PartMetadata(
            document: document, level: level.rawValue, revision: revision, kind: kind,
            title: part.title, date: date, facility: part.facility, created: created,
            author: vault.identity.fingerprint, withheld: part.withheld ? true : nil)
        let key = try vault.sealingKey(blind: blind, level: level, batch: batch)
        let fields = ObjectHeaderFields(kind: .documentPart, level: level, epoch: UInt32(key.epoch), revision: revisionID,
                                        parents: parents, contentTag: contentTag)
        let object = try VaultObject.seal(try PartCodec.encode(metadata, content: part.content), header: fields, levelKey: key.publicKey)
        let name = Hex.encode(SHA256.hash(object))
        try DurableFile.write(object, to: vault.paths.parts(blind: blind, level: level), name: name)
        return (key.newObject.map { [$0] } ?? []) + ["documents/\(blind)/\(level.rawValue)/\(name)"]
    }

    /// A committed revision's internal-part header, as any member (even a
    /// contributor) can read it without decrypting.
    struct RevisionHeader {
        let fileName: String
        let header: ObjectHeader
        var path: String
    }

    /// Whether the vault holds a revision of document `id` (any member can
    /// ask: the headers are readable without a level key).
    public func exists(_ id: String) throws -> Bool {
        !(try revisionHeaders(blind: try vault.blindID(id), index: try vault.commitIndex())).isEmpty
    }

    /// The live parts of a document at a level, from their headers alone
    /// (one per revision at the internal level).
    func revisionHeaders(blind: String, index: CommitIndex, level: Level = .internal) throws -> [RevisionHeader] {
        let folder = vault.paths.parts(blind: blind, level: level)
        var seen: Set<[UInt8]> = []
        return try VaultPaths.fileNames(in: folder).compactMap { name in
            let path = "documents/\(blind)/\(level.rawValue)/\(name)"
            guard index.isLive(path) else { return nil }
            let bytes = try DurableFile.readAll(folder.appendingPathComponent(name))
            guard let header = try? VaultObject.header(of: bytes) else {
                throw VaultError.damaged(path: "documents/\(blind)/\(level.rawValue)/\(name)", problem: "not a vault object")
            }
            // Two live parts of one revision at the internal level cannot both
            // be logged except by a merge of two rekeys: they are one revision.
            guard level != .internal || seen.insert(header.revision).inserted else { return nil }
            return RevisionHeader(fileName: name, header: header, path: path)
        }
    }

    /// Revisions that no other revision names as a parent.
    static func heads(_ revisions: [RevisionHeader]) -> [RevisionHeader] {
        let named = Set(revisions.flatMap(\.header.parents))
        return revisions.filter { !named.contains($0.header.revision) }
    }
}
