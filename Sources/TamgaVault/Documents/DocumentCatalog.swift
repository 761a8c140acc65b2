import Foundation
import TamgaCore
import TamgaCrypto

/// Reading documents back: the catalogue (`list`), one document (`show`),
/// and its revisions (`history`), each at the most restricted level the
/// member holds a key for. A member never sees a level above their clearance
/// because they hold no key that opens it.
public struct DocumentCatalog: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// One revision of one document as a level sees it.
    public struct Revision: Sendable {
        public let metadata: PartMetadata
        /// The decrypted text, in memory wiped when the revision is released.
        public let content: SecretBytes
        public let revisionID: String
        public let parents: [String]
        /// The object file, relative to the vault.
        public let file: String
    }

    /// One line of `tamga list`.
    public struct Entry: Sendable, Codable, Equatable {
        public let id: String
        public let kind: String
        public let date: String
        public let title: String?
        public let facility: String?
        public let level: String
        public let revisions: Int
        /// The object file of the newest revision's part at this level.
        public var part: String?
        /// Set by `list` when that part is stale (`ProjectionFreshness`): its
        /// title and facility are withheld, as `show` refuses the text.
        public var stale: Bool?

        func withheldAsStale() -> Entry {
            Entry(id: id, kind: kind, date: date, title: nil, facility: nil, level: level, revisions: revisions, part: part, stale: true)
        }
    }

    /// The level this member reads documents at.
    public var readingLevel: Level? { vault.levelKeys.levels.max() }

    /// Every document the member may read, newest revision each, sorted by date then id.
    public func list() throws -> [Entry] {
        guard let level = readingLevel else { throw VaultError.notCleared(member: vault.member.name, needed: "reading documents") }
        let index = try VaultIndex.load(vault)
        var entries = index.documents.compactMap(\.entry)
        if level != .internal {
            let freshness = index.projectionFreshness
            entries = entries.map { entry in
                entry.part.flatMap(freshness.unseenChange(forPart:)) == nil ? entry : entry.withheldAsStale()
            }
        }
        return entries.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// Document folders that could not be read (listed apart by `list`; `check` says why in full).
    public func damaged() throws -> [(folder: String, problem: String)] {
        try VaultIndex.load(vault).damaged.sorted { $0.key < $1.key }.map { ("documents/\($0.key)", $0.value) }
    }

    /// Every committed revision of `id` at the member's level, oldest first.
    public func history(_ id: String, level: Level? = nil) throws -> [Revision] {
        guard let level = level ?? readingLevel, vault.levelKeys.canRead(level) else {
            throw VaultError.notCleared(member: vault.member.name, needed: (level ?? .public).rawValue)
        }
        let vaultIndex = try VaultIndex.load(vault)
        let revisions = try read(blind: try vault.blindID(id), level: level, index: vaultIndex.commits)
        guard !revisions.isEmpty else { throw VaultError.unknownDocument(id: id) }
        if level != .internal { try Self.requireFresh(revisions, freshness: vaultIndex.projectionFreshness) }
        return revisions.sorted { ($0.metadata.revision, $0.metadata.created) < ($1.metadata.revision, $1.metadata.created) }
    }

    /// A State or public part made before a change it has not seen is not
    /// shown (issue 16): it may name someone it must not.
    static func requireFresh(_ revisions: [Revision], freshness: ProjectionFreshness) throws {
        for revision in revisions {
            if let change = freshness.unseenChange(forPart: revision.file) {
                throw VaultError.staleProjection(document: revision.metadata.document, level: revision.metadata.level,
                                                 revision: revision.metadata.revision, entry: change)
            }
        }
    }

    /// The newest revision of `id` at the member's level (or the level asked for).
    public func newest(_ id: String, level: Level? = nil) throws -> Revision {
        guard let newest = Self.newest(try history(id, level: level)) else { throw VaultError.unknownDocument(id: id) }
        return newest
    }

    /// The newest internal revision of every document: what redaction reads.
    public func newestSources() throws -> [Revision] {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "internal")
        }
        let index = try vault.commitIndex()
        return try VaultPaths.fileNames(in: vault.paths.documents).compactMap { blind in
            Self.newest(try read(blind: blind, level: .internal, index: index))
        }
    }

    /// The revisions no other names as a parent, latest first: more than one
    /// is a fork (two copies edited the document apart, issue 16).
    public static func heads(_ revisions: [Revision]) -> [Revision] {
        let named = Set(revisions.flatMap(\.parents))
        return revisions.filter { !named.contains($0.revisionID) }
            .sorted { ($0.metadata.revision, $0.metadata.created) > ($1.metadata.revision, $1.metadata.created) }
    }

    /// How a fork's branches are named to the user: number, short id, author, time.
    public static func describe(_ revision: Revision) -> String {
        "revision \(revision.metadata.revision) [\(revision.revisionID.prefix(8))] by \(revision.metadata.author) at \(revision.metadata.created)"
    }

    /// Of several revisions, the newest head: not named as a parent, latest number then time.
    static func newest(_ revisions: [Revision]) -> Revision? {
        let named = Set(revisions.flatMap(\.parents))
        return revisions.filter { !named.contains($0.revisionID) }
            .max { ($0.metadata.revision, $0.metadata.created) < ($1.metadata.revision, $1.metadata.created) }
    }

    /// The committed revisions of one document at one level: for each revision
    /// the newest part (a refresh writes a new lower part for the same
    /// revision; a rekey stopped between writing the new part and deleting
    /// the old leaves two alike), without the revisions withheld from this level.
    func read(blind: String, level: Level, index: CommitIndex) throws -> [Revision] {
        var newest: [String: Revision] = [:]
        for part in try readParts(blind: blind, level: level, index: index) {
            if let existing = newest[part.revisionID], existing.metadata.created >= part.metadata.created { continue }
            newest[part.revisionID] = part
        }
        return newest.values.filter { $0.metadata.withheld != true }
    }

    /// Every live part of one document at one level, decrypted and checked.
    func readParts(blind: String, level: Level, index: CommitIndex) throws -> [Revision] {
        try VaultPaths.fileNames(in: vault.paths.parts(blind: blind, level: level)).compactMap { name in
            index.isLive("documents/\(blind)/\(level.rawValue)/\(name)") ? try openPart(blind: blind, level: level, name: name) : nil
        }
    }

    /// Decrypts one part and checks that it is what its place claims.
    func openPart(blind: String, level: Level, name: String) throws -> Revision {
        let relative = "documents/\(blind)/\(level.rawValue)/\(name)"
        let bytes = try DurableFile.readAll(vault.paths.parts(blind: blind, level: level).appendingPathComponent(name))
        do {
            let (header, plaintext) = try VaultObject.open(bytes, keys: vault.levelKeys)
            let (metadata, content) = try PartCodec.decode(plaintext)
            guard header.kind == .documentPart, header.level == level, metadata.level == level.rawValue,
                  try vault.blindIDs(metadata.document).contains(blind) else {
                throw ObjectFormatError.mismatch("a part filed under another document or level")
            }
            return Revision(metadata: metadata, content: content, revisionID: Hex.encode(header.revision),
                            parents: header.parents.map { Hex.encode($0) }, file: relative)
        } catch let error as ObjectFormatError {
            throw VaultError.damaged(path: relative, problem: error.description)
        }
    }
}
