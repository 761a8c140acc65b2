import Foundation
import TamgaCore
import TamgaCrypto

/// Documents in the vault: one encrypted part per level per revision, filed
/// under the document's blind id, and committed by an audit-log entry.
///
/// Write order (crash safety): the parts first, the log entry last. A revision
/// exists only once a log entry names it, so a crash in between leaves unused
/// parts that `check` reports and nothing that a reader trips over.
public struct DocumentStore: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public enum AddOutcome: Sendable, Equatable {
        case added(revision: Int)
        case unchanged(revision: Int)
    }

    /// Stores a new revision of `submission`, or nothing if its source is already the newest.
    @discardableResult
    public func add(_ submission: DocumentSubmission) throws -> AddOutcome {
        let blind = try vault.blindID(submission.id)
        let contentTag = try vault.contentTag(submission.source)
        let log = try AuditLog(paths: vault.paths).entries()
        let existing = try revisionHeaders(blind: blind, committed: AuditLog.committedRevisions(in: log))
        let heads = Self.heads(existing)
        if let newest = heads.first, heads.count == 1, newest.header.contentTag == contentTag {
            return .unchanged(revision: existing.count)
        }
        let revisionNumber = existing.count + 1
        let revisionID = SecureRandom.bytes(count: 16)
        let created = Timestamp.now()
        for level in Level.allCases {
            let part: DocumentSubmission.Part
            if level == .internal {
                let full = submission.parts[.internal]
                part = DocumentSubmission.Part(content: submission.source, title: full?.title, facility: full?.facility)
            } else {
                guard let projected = submission.parts[level] else { continue }
                part = projected
            }
            try writePart(part, level: level, document: submission.id, kind: submission.kind, date: submission.date,
                          revision: revisionNumber, revisionID: revisionID,
                          parents: heads.prefix(ObjectHeader.maximumParents).map(\.header.revision),
                          contentTag: contentTag, blind: blind, created: created)
        }
        try vault.log(LogAction(action: "add", document: submission.id, revision: revisionNumber),
                      revisions: [Hex.encode(revisionID)])
        return .added(revision: revisionNumber)
    }

    /// Encrypts and files one part of one revision.
    func writePart(_ part: DocumentSubmission.Part, level: Level, document: String, kind: String, date: String,
                   revision: Int, revisionID: [UInt8], parents: [[UInt8]], contentTag: [UInt8],
                   blind: String, created: String) throws {
        let metadata = PartMetadata(
            document: document, level: level.rawValue, revision: revision, kind: kind,
            title: part.title, date: date, facility: part.facility, created: created,
            author: vault.identity.fingerprint, withheld: part.withheld ? true : nil)
        let key = try vault.currentKey(level)
        let fields = ObjectHeaderFields(kind: .documentPart, level: level, epoch: UInt32(key.epoch), revision: revisionID,
                                        parents: parents, contentTag: contentTag)
        let object = try VaultObject.seal(try PartCodec.encode(metadata, content: part.content), header: fields, levelKey: key.publicKey)
        try DurableFile.write(object, to: vault.paths.parts(blind: blind, level: level), name: Hex.encode(SHA256.hash(object)))
    }

    /// A committed revision's internal-part header, as any member (even a
    /// contributor) can read it without decrypting.
    struct RevisionHeader {
        let fileName: String
        let header: ObjectHeader
    }

    /// The committed revisions of a document, from the headers of its internal parts.
    func revisionHeaders(blind: String, committed: Set<String>, level: Level = .internal) throws -> [RevisionHeader] {
        let folder = vault.paths.parts(blind: blind, level: level)
        var seen: Set<[UInt8]> = []
        return try VaultPaths.fileNames(in: folder).compactMap { name in
            let bytes = try DurableFile.readAll(folder.appendingPathComponent(name))
            guard let header = try? VaultObject.header(of: bytes) else {
                throw VaultError.damaged(path: "documents/\(blind)/\(level.rawValue)/\(name)", problem: "not a vault object")
            }
            guard committed.contains(Hex.encode(header.revision)) else { return nil }
            // Two parts of one revision (an interrupted rekey) are one revision.
            guard seen.insert(header.revision).inserted else { return nil }
            return RevisionHeader(fileName: name, header: header)
        }
    }

    /// Revisions that no other revision names as a parent.
    static func heads(_ revisions: [RevisionHeader]) -> [RevisionHeader] {
        let named = Set(revisions.flatMap(\.header.parents))
        return revisions.filter { !named.contains($0.header.revision) }
    }
}
