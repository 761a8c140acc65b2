import Foundation
import TamgaCore

/// Getting one attachment back out of the vault, the one way `tamga
/// attachment get` does it (and, later, the web front end's download: issue
/// 20, one use case per action): found by reference, prefix or original
/// name; under the vault's write lock (the read is logged), streamed and
/// checked against the SHA-256 recorded at intake (`AttachmentRetrieval`).
public struct AttachmentDownload: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Where the bytes go.
    public enum Destination: Sendable {
        /// A file written whole or not at all; an existing one replaced only with `replace`.
        case file(URL, replace: Bool)
        /// An open descriptor (a pipe, a socket); `label` names it in errors.
        case descriptor(Int32, label: String)
    }

    /// What was written.
    public struct Result: Sendable {
        /// The attachment's short reference (never its original name).
        public let reference: String
        public let outcome: AttachmentRetrieval.Outcome
    }

    public func get(_ name: String, of document: String, to destination: Destination) throws -> Result {
        // As for every output: never into the vault folder, never through a symbolic link (review, session 28).
        if case .file(let url, let replace) = destination {
            try OutputTarget(destination: .file(url)).check(vault: vault.paths, force: replace)
        }
        let item = try AttachmentCatalog(vault: vault).find(document, name: name)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let retrieval = AttachmentRetrieval(vault: vault)
        let outcome = switch destination {
        case .file(let url, let replace): try retrieval.save(item, of: document, to: url, replace: replace)
        case .descriptor(let fd, let label): try retrieval.stream(item, of: document, to: fd, label: label)
        }
        return Result(reference: item.reference, outcome: outcome)
    }
}
