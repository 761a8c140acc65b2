import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TamgaCore

/// From a file's bytes to what the store encrypts: parse (FORMAT.md), validate
/// against the policy, and build the submission. Parsing happens before any
/// key is touched, so bad input (exit 65) stores nothing.
public enum DocumentIntake {
    /// Documents are text written by people; anything larger is an error (photos and recordings are attachments).
    public static let maximumDocumentBytes = 16 * 1_048_576

    /// Reads, parses and validates `url`; the label in messages is the path as given.
    public static func read(_ url: URL, label: String, policy: Policy) throws -> (Document, [UInt8]) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StorageError(operation: "read", path: label, code: ENOENT)
        }
        // A folder is bad input like any other non-document (exit 65, as
        // `attach DIR`), not a failed read (issue 19 item 5).
        var info = stat()
        if stat(url.path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            let example = (info.st_mode & S_IFMT) == S_IFDIR ? " (for example \(label)/*.md)" : ""
            throw VaultError.invalidArgument("\(label) is not a regular file; give the document files\(example)")
        }
        let bytes = try DurableFile.readAll(url)
        guard bytes.count <= maximumDocumentBytes else {
            throw VaultError.invalidDocument("\(label) is \(bytes.count / 1_048_576) MiB; a document may be at most \(maximumDocumentBytes / 1_048_576) MiB (attach large files with `tamga attach`)")
        }
        return (try validate(bytes, label: label, policy: policy), bytes)
    }

    /// Parses and validates a source already in memory (the browser's form:
    /// it never touches the disk), with every check `read` makes of a file.
    public static func validate(_ bytes: [UInt8], label: String, policy: Policy) throws -> Document {
        let document = try DocumentParser.parse(bytes, file: label).validated(against: policy)
        if let place = HTMLCommentCheck.firstComment(in: String(decoding: bytes, as: UTF8.self)) {
            throw VaultError.invalidDocument("\(label):\(place.line):\(place.column): an HTML comment (<!-- … -->) is not hidden: "
                + "exports would show it as text. Put notes for the NPM only in an {.internal} span or section")
        }
        // Footnotes are accepted (red-team round 6): a note takes its reference's level (`FootnoteLevels`).
        if let place = HTMLCommentCheck.firstLevelLinkDefinition(in: String(decoding: bytes, as: UTF8.self)) {
            throw VaultError.invalidDocument("\(label):\(place.line):\(place.column): a link definition's target is a level's name, "
                + "so a link to it marks nothing and its text would be published. A mark takes braces: write `[text]{.internal}`")
        }
        if let place = HTMLCommentCheck.firstTag(in: String(decoding: bytes, as: UTF8.self)) {
            throw VaultError.invalidDocument("\(label):\(place.line):\(place.column): raw HTML (a tag such as <span> or <b>) has no level "
                + "and a Markdown viewer renders it (it can hide or fuse text). Write it as Markdown (**bold**, *italic*), "
                + "or escape the < as \\< if you mean the character")
        }
        return document
    }

    /// The submission for a validated document: the full source under
    /// `internal`, and for `state` and `public` the projection for that
    /// audience (or nothing visible). Without a redaction context (a member who
    /// cannot read the registry, such as a contributor) only the internal part
    /// is stored; an internal member's next write projects the rest.
    public static func submission(for document: Document, source: [UInt8], context: RedactionContext?) -> DocumentSubmission {
        var parts: [Level: DocumentSubmission.Part] = [
            .internal: .init(content: source, title: document.title, facility: document.facility),
        ]
        if let context {
            for level in [Level.state, .public] {
                parts[level] = LowerPartRefresher.part(of: document, level: level, context: context)
            }
        }
        return DocumentSubmission(id: document.id, kind: document.kind, date: document.date.description,
                                  source: source, parts: parts, redactionTag: context.map {
                                      $0.relevanceDigest(of: document, source: source)
                                  })
    }
}
