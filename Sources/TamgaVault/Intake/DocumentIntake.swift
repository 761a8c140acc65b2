import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TamgaCore

/// From a file's bytes to what the store encrypts: parse (FORMAT.md), validate
/// against the policy, and build the submission. Parsing happens before any
/// key is touched, so bad input (exit 65) stores nothing.
public enum DocumentIntake {
    /// Reads, parses and validates `url`; the label in messages is the path as given.
    public static func read(_ url: URL, label: String, policy: Policy) throws -> (Document, [UInt8]) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StorageError(operation: "read", path: label, code: ENOENT)
        }
        let bytes = try DurableFile.readAll(url)
        let document = try DocumentParser.parse(bytes, file: label).validated(against: policy)
        return (document, bytes)
    }

    /// The submission for a validated document. Until the projector exists
    /// (see issue 4) the whole source is stored under `internal` only.
    public static func submission(for document: Document, source: [UInt8]) -> DocumentSubmission {
        DocumentSubmission(
            id: document.id, kind: document.kind, date: document.date.description, source: source,
            parts: [.internal: .init(content: source, title: document.title, facility: document.facility)])
    }
}
