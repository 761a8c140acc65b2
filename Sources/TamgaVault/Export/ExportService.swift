import Foundation
import TamgaCore
import TamgaCrypto

/// Produces exports for an audience: always projected afresh from the newest
/// internal source with the vault-wide registry, consent and policy in force,
/// then leak-scanned. All exports of one command are made before any is
/// written, so a refusal of one writes none.
public struct ExportService: Sendable {
    public let vault: UnlockedVault
    public let context: RedactionContext

    /// Loads the registry of the whole vault and the full text of `ids` only.
    public init(vault: UnlockedVault, documents ids: [String]) throws {
        _ = try vault.requireExportSigning()
        self.vault = vault
        self.context = try RedactionContext.load(vault, loading: .only(ids))
    }

    /// One export, ready to sign and write.
    public struct Product: Sendable {
        public let documentID: String
        public let revision: Int
        public let export: Export
        /// The ids of the persons the exported revision declares.
        public var declared: [String] = []
        public var bytes: [UInt8] { Array(export.text.utf8) }
        public var sha256: String { Hex.encode(SHA256.hash(bytes)) }
    }

    /// Exports every id, or throws the first refusal (naming the document).
    public func export(_ ids: [String], for audience: Audience, as format: ExportFormat) throws -> [Product] {
        _ = try vault.requireExportSigning()
        let catalog = DocumentCatalog(vault: vault)
        return try ids.map { id in
            guard let document = context.documents[id] else { throw VaultError.unknownDocument(id: id) }
            let revision = try catalog.newest(id, level: .internal).metadata.revision
            return Product(documentID: id, revision: revision,
                           export: try context.exporter.export(document, for: audience, as: format),
                           declared: document.persons.map(\.id))
        }
    }

    /// Records what left the vault: the disclosure ledger entry.
    /// `written` is what actually left the vault (the sealed file when sealed).
    public func log(_ product: Product, audience: Audience, format: ExportFormat, written: [UInt8]? = nil) throws {
        let named = product.export.disclosure.namedPersonIDs.sorted()
        var action = LogAction(action: "export", document: product.documentID, revision: product.revision,
                               audience: audience.rawValue, format: format.rawValue,
                               hash: written.map { SHA256Hex.of($0) } ?? product.sha256,
                               persons: named, note: pseudonymNote(product))
        let withheld = Set(product.declared).subtracting(named).subtracting(product.export.projection.disclosure.pseudonyms.keys)
        if !withheld.isEmpty { action.withheld = withheld.sorted() }
        try vault.log(action)
    }

    /// Which persons appeared only under a pseudonym (ids, never names).
    private func pseudonymNote(_ product: Product) -> String? {
        let pseudonymous = product.export.projection.disclosure.pseudonyms.keys.sorted()
        return pseudonymous.isEmpty ? nil : "pseudonymized: " + pseudonymous.joined(separator: ", ")
    }
}

/// SHA-256 in hex, for what leaves the vault.
public enum SHA256Hex {
    public static func of(_ bytes: [UInt8]) -> String { Hex.encode(SHA256.hash(bytes)) }

    /// The SHA-256 and length of a file, read in 64 KiB pieces.
    public static func of(fileAt url: URL) throws -> (hex: String, byteCount: Int64) {
        var hasher = SHA256Hasher()
        let count = try FileChunks.forEach(in: url) { hasher.update(bufferPointer: $0) }
        return (Hex.encode(hasher.finalize()), count)
    }
}
