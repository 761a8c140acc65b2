import Foundation
import TamgaCore

/// Writing the review page of a document (the three audiences side by side,
/// each rule highlighted), the one way `tamga preview` does it (and, later,
/// the web front end's document page: issue 20, one use case per action).
///
/// The page holds internal text: it is made from the newest internal source
/// by a member who can read it, is never written to standard output, never
/// inside the vault nor over a file without `force`, and the read is logged
/// like `show`, under the vault's lock, once the page is written.
public struct DocumentPreview: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// The page of `id` as HTML; its own words in `language`, else the document's.
    public func page(_ id: String, language: DocumentLanguage? = nil) throws -> String {
        let context = try RedactionContext.load(vault, loading: .only([id]))
        guard let document = context.documents[id] else { throw VaultError.unknownDocument(id: id) }
        let columns = [Audience.internal, .state, .public].map { PreviewColumn.make(document, for: $0, exporter: context.exporter) }
        return PreviewRenderer.render(document, columns: columns, language: language)
    }

    /// Writes the page of `id` where `-o` says (nil: `ID.preview.html` here); returns the path.
    public func write(_ id: String, output: String?, force: Bool = false, language: DocumentLanguage? = nil) throws -> String {
        let html = try page(id, language: language)
        let target = try OutputTarget.resolve(output, defaultName: "\(id).preview.html", manyOutputs: false)
        guard target.destination != .standardOutput else {
            throw VaultError.invalidArgument("the preview holds internal text; write it to a file, not to standard output")
        }
        try target.check(vault: vault.paths, force: force)
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try target.write(Array(html.utf8), force: force)
        try vault.log(LogAction(action: "read", document: id, level: "internal", note: "preview"))
        return target.path
    }
}
