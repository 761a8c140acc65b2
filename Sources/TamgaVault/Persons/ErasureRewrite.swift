import Foundation
import TamgaCore
import TamgaCrypto

/// The objects an erasure writes (`PersonErasure`): every revision of each
/// folder rewritten and checked first, nothing written until every one
/// passes; then, per folder, the new internal, State and public parts and
/// the re-encrypted attachments, all sealed to data keys made for this
/// erasure alone (`DataKeyBatch(fresh:)`), so that the old keys, and with
/// them the old revisions, can go.
struct ErasureRewrite {
    let vault: UnlockedVault
    let prepared: PersonErasure.Prepared

    struct Result {
        var written: [String] = []
        var superseded: [String] = []
        /// Each re-encrypted attachment's new object name to its old one.
        var rewritten: [String: String] = [:]
    }

    /// One revision, rewritten and checked.
    private struct Revision {
        let header: DocumentStore.RevisionHeader
        let metadata: PartMetadata
        let source: [UInt8]
        let document: Document
    }

    /// One attachment and its new caption and file name.
    private struct Attachment {
        let path: String
        let url: URL
        let header: ObjectHeader
        let caption: String?
        let fileName: String?
    }

    func run() throws -> Result {
        let commits = try prepared.commits ?? VaultIndex.load(vault).commits
        let restriction = try RestrictedViewing.keys(in: vault)
        let keys = try RestrictedViewing.attachmentKeys(for: vault, from: restriction)
        var folders: [(blind: String, id: String, revisions: [Revision], attachments: [Attachment])] = []
        for blind in prepared.blinds {
            let id = prepared.documentOf[blind] ?? blind
            folders.append((blind, id, try revisions(blind: blind, id: id, commits: commits),
                            try attachments(blind: blind, id: id, commits: commits, keys: keys, restriction: restriction)))
        }
        // Everything checked: now written, then listed by the caller's one entry.
        var result = Result()
        var batches: [DataKeyBatch] = []
        do {
            try write(folders, into: &result, batches: &batches, commits: commits, keys: keys)
        } catch {
            // Stopped before the entry (a full disk, a read-only folder): what was written goes, the data keys
            // made for it included, so that a refusal leaves the folder as it was (web red team 42, L1).
            _ = DestroyedFiles.shred(result.written + batches.flatMap(\.written), in: vault.paths.root)
            throw error
        }
        return result
    }

    private func write(_ folders: [(blind: String, id: String, revisions: [Revision], attachments: [Attachment])], into result: inout Result,
                       batches: inout [DataKeyBatch], commits: CommitIndex, keys: LevelKeySet) throws {
        let store = DocumentStore(vault: vault)
        for folder in folders {
            let batch = DataKeyBatch(fresh: true)
            batches.append(batch)
            for revision in folder.revisions {
                let contentTag = try vault.contentTag(revision.source)
                let m = revision.metadata
                result.written += try store.writePart(
                    DocumentSubmission.Part(content: revision.source, title: revision.document.title, facility: revision.document.facility),
                    level: .internal, document: folder.id, kind: revision.document.kind, date: revision.document.date.description,
                    revision: m.revision, revisionID: revision.header.header.revision, parents: revision.header.header.parents,
                    contentTag: contentTag, blind: folder.blind, created: m.created, batch: batch)
                let tag = try store.projectionTag(source: contentTag,
                                                  redaction: prepared.context.relevanceDigest(of: revision.document, source: revision.source))
                for level in [Level.state, .public] {
                    result.written += try store.writePart(
                        LowerPartRefresher.part(of: revision.document, level: level, context: prepared.context), level: level,
                        document: folder.id, kind: revision.document.kind, date: revision.document.date.description,
                        revision: m.revision, revisionID: revision.header.header.revision, parents: revision.header.header.parents,
                        contentTag: tag, blind: folder.blind, created: Timestamp.now(), batch: batch)
                }
            }
            for attachment in folder.attachments {
                let sealing = try vault.sealingKey(blind: folder.blind, level: attachment.header.level, batch: batch)
                let made = try AttachmentRewrite.run(attachment.url, header: attachment.header, path: attachment.path, keys: keys,
                                                     to: (sealing.epoch, sealing.publicKey), vault: vault) { metadata in
                    metadata.evidence?.caption = attachment.caption
                    metadata.fileName = attachment.fileName
                }
                result.written += (sealing.newObject.map { [$0] } ?? []) + ["attachments/\(folder.blind)/\(made.object)"]
                result.rewritten[made.object] = attachment.url.lastPathComponent
                result.superseded.append(attachment.path)
            }
            result.superseded += commits.liveObjects.filter {
                $0.hasPrefix("documents/\(folder.blind)/") || $0.hasPrefix("datakeys/\(folder.blind)/")
            }.sorted()
        }
    }

    /// Every live revision of the folder, rewritten, parsed and scanned.
    private func revisions(blind: String, id: String, commits: CommitIndex) throws -> [Revision] {
        let catalog = DocumentCatalog(vault: vault)
        let policy = prepared.context.policy.policy
        let personID = prepared.person.id
        return try DocumentStore(vault: vault).revisionHeaders(blind: blind, index: commits, level: .internal).map { header in
            let part = try catalog.openPart(blind: blind, level: .internal, name: header.fileName)
            let label = "\(id) revision \(part.metadata.revision)"
            let text = String(decoding: part.content.withUnsafeBytes { Array($0) }, as: UTF8.self)
            var output = prepared.erasure.erase(text)
            var hits = prepared.scan.hits(in: output)
            // A front-matter value the scan still reads as the person (a tag, a title the finder did not split) goes.
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let close = SourceErasure.frontMatterEnd(lines) {
                let flagged = Set(hits.filter { $0.asWritten && $0.line <= close }.map(\.line))
                if !flagged.isEmpty {
                    output = prepared.erasure.erase(output, flagged: flagged) { !prepared.scan.hits(in: $0).isEmpty }
                    hits = prepared.scan.hits(in: output)
                }
            }
            if let hit = hits.first {
                throw VaultError.invalidArgument("\(label), line \(hit.line)\(hit.asWritten ? "" : " (about)"): the rewritten text still names "
                    + "\(personID) in a form the erasure does not replace; nothing was changed. Change that line in the newest "
                    + "revision with `tamga edit \(id)` (or, in an older revision, tell the maintainers) and erase again")
            }
            let original = try? DocumentParser.parse(Array(text.utf8), file: label)
            // The rewrite validates whenever the original did; a revision that
            // predates a policy change is read as stored (review 37 M-3).
            let originalValid = (try? original?.validated(against: policy)) != nil
            let document: Document
            do {
                let parsed = try DocumentParser.parse(Array(output.utf8), file: label)
                document = originalValid ? try parsed.validated(against: policy) : parsed.validatedAsStored(against: policy)
            } catch let error as DocumentError {
                throw VaultError.invalidArgument("\(label)\(error.location.map { ", line \($0.line)" } ?? ""): the rewritten text does not "
                    + "read as a document (\(error.code.rawValue)); nothing was changed")
            }
            if original?.frontMatter.person(personID) != nil, document.persons.first(where: { $0.id == personID })?.erased != true {
                let line = original?.frontMatter.person(personID)?.location.line
                throw VaultError.invalidArgument("\(label)\(line.map { ", line \($0)" } ?? ""): declares \(personID) in a form the erasure "
                    + "cannot rewrite (write the entry as a block under `persons:`); nothing was changed")
            }
            return Revision(header: header, metadata: part.metadata, source: Array(output.utf8), document: document)
        }
    }

    /// Every live attachment of the folder but restricted images, with its
    /// caption and file name rewritten and scanned. A restricted image is
    /// sealed to its viewers' key, not a data key, and stays as it is; one
    /// whose caption names the person stops the erasure.
    private func attachments(blind: String, id: String, commits: CommitIndex, keys: LevelKeySet,
                             restriction: RestrictedViewing.Keys) throws -> [Attachment] {
        let paths = commits.liveObjects.filter { $0.hasPrefix("attachments/\(blind)/") }.sorted()
        let restricted = try DocumentDestruction.restrictedByLog(paths, vault: vault)
        var found: [Attachment] = []
        for path in paths {
            let url = vault.paths.root.appendingPathComponent(path)
            let label = "\(id), attachment \(url.lastPathComponent.prefix(AttachmentCatalog.referenceLength))"
            let header = try AttachmentReader.header(of: url)
            let metadata: PartMetadata
            do { metadata = try AttachmentReader.metadata(of: url, keys: keys) } catch {
                if restricted.contains(path) { throw Self.unopenedRestricted(label, person: prepared.person.id) }
                throw VaultError.damaged(path: path, problem: "it does not open here, so it cannot be re-encrypted; nothing was changed")
            }
            let caption = metadata.evidence?.caption.map(prepared.erasure.replaceInLabel)
            var fileName = metadata.fileName
            if let name = fileName, !prepared.scan.hits(in: Self.spaced(name)).isEmpty || prepared.erasure.replaceInLabel(name) != name {
                let ext = (name as NSString).pathExtension
                fileName = ext.isEmpty || !prepared.scan.hits(in: ext).isEmpty ? "attachment" : "attachment.\(ext)"
            }
            if let caption, !prepared.scan.hits(in: caption).isEmpty {
                throw VaultError.invalidArgument("\(label): its caption still names \(prepared.person.id) in a form the erasure does not "
                    + "replace; nothing was changed")
            }
            if restricted.contains(path) {
                if caption != metadata.evidence?.caption || fileName != metadata.fileName {
                    throw VaultError.invalidArgument("\(label): a restricted image whose caption or file name names \(prepared.person.id); "
                        + "restricted images are not re-encrypted by an erasure; nothing was changed")
                }
                continue
            }
            let item = AttachmentCatalog.Item(object: url.lastPathComponent, path: path, url: url, metadata: metadata)
            if !prepared.scan.hits(in: try HandoverAttachmentReview.text(of: item, vault: vault).0).isEmpty {
                throw Self.namedInContent(label, person: prepared.person.id)
            }
            found.append(Attachment(path: path, url: url, header: header, caption: caption, fileName: fileName))
        }
        return found
    }

    /// A file name read as words: `-`, `_` and `.` as spaces.
    static func spaced(_ name: String) -> String { String(name.map { "-_.".contains($0) ? " " : $0 }) }

    /// An erasure rewrites captions and file names, not what a file holds:
    /// a text file or a PDF whose text names the person stops it (review,
    /// session 37: it was re-sealed unchanged, with no word).
    static func namedInContent(_ label: String, person: String) -> VaultError {
        .invalidArgument("\(label): its text names \(person), and an erasure rewrites an attachment's caption and file name, "
            + "not its content; nothing was changed. Destroy the document (`tamga destroy`), or ask the maintainers")
    }

    /// A restricted image this member cannot open: whether its caption or
    /// file name names the person cannot be checked, so the erasure stops
    /// (fail closed) rather than leave the name to the image's viewers.
    static func unopenedRestricted(_ label: String, person: String) -> VaultError {
        .invalidArgument("\(label): a restricted image you cannot open, so whether its caption names \(person) cannot be checked; "
            + "nothing was changed. One of its viewers erases (`tamga attachments` lists who may open it)")
    }
}

extension ErasureRewrite {
    /// The captions, file names and text (a text file's, a PDF's text
    /// layer) of a folder's attachments: what `PersonErasure.prepare` scans
    /// to find the folders to rewrite; and whether a restricted image there
    /// could not be opened by this member (then it was not read).
    static func attachmentTexts(blind: String, vault: UnlockedVault, commits: CommitIndex) throws -> (texts: [String], unopened: Bool) {
        let keys = try RestrictedViewing.attachmentKeys(for: vault)
        var texts: [String] = [], unopened = false
        for path in commits.liveObjects.filter({ $0.hasPrefix("attachments/\(blind)/") }).sorted() {
            let url = vault.paths.root.appendingPathComponent(path)
            guard let metadata = try? AttachmentReader.metadata(of: url, keys: keys) else { unopened = true; continue }
            let item = AttachmentCatalog.Item(object: url.lastPathComponent, path: path, url: url, metadata: metadata)
            let content = try HandoverAttachmentReview.text(of: item, vault: vault).0
            texts.append([metadata.evidence?.caption, metadata.fileName.map(spaced), content].compactMap { $0 }.joined(separator: "\n"))
        }
        return (texts, unopened)
    }
}
