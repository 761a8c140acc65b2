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

    /// The page of `id` as HTML; its own words in `language`, else the
    /// document's. Each column ends with the document's attachments as that
    /// audience would get them (`AttachmentPreview`); `progress` hears each
    /// attachment as it is prepared. Also returns the attachments whose
    /// images the page holds, whose reads `write` logs.
    public func page(_ id: String, language: DocumentLanguage? = nil,
                     progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> (html: String, attachments: AttachmentPreview.Result) {
        let context = try RedactionContext.load(vault, loading: .only([id]))
        guard let document = context.documents[id] else { throw VaultError.unknownDocument(id: id) }
        let columns = [Audience.internal, .state, .public].map { PreviewColumn.make(document, for: $0, exporter: context.exporter) }
        let attachments = try AttachmentPreview(exporter: AttachmentExporter(vault: vault, scanner: context.exporter.scanner))
            .attachments(of: document, progress: progress)
        return (PreviewRenderer.render(document, columns: columns, attachments: attachments.page, language: language), attachments)
    }

    /// The page of `id` for a screen (the web front end, issue 20): its reads
    /// are logged first, as `write` logs them, and only then is it returned.
    public func show(_ id: String, language: DocumentLanguage? = nil) throws -> String {
        let (html, attachments) = try page(id, language: language)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        try vault.log(LogAction(action: "read", document: id, level: "internal", note: "preview"))
        try AttachmentPreview.logReads(attachments, of: id, in: vault)
        return html
    }

    /// Writes the page of `id` where `-o` says (nil: `ID.preview.html` here); returns the path.
    public func write(_ id: String, output: String?, force: Bool = false, language: DocumentLanguage? = nil,
                      progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> String {
        let (html, attachments) = try page(id, language: language, progress: progress)
        let target = try OutputTarget.resolve(output, defaultName: "\(id).preview.html", manyOutputs: false)
        guard target.destination != .standardOutput else {
            throw VaultError.invalidArgument("the preview holds internal text; write it to a file, not to standard output")
        }
        try target.check(vault: vault.paths, force: force)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        try target.write(Array(html.utf8), force: force)
        // The page is a decrypted copy: it stays only if its reads are logged (review, session 28).
        do {
            try vault.log(LogAction(action: "read", document: id, level: "internal", note: "preview"))
            try AttachmentPreview.logReads(attachments, of: id, in: vault)
        } catch {
            target.discard()
            throw error
        }
        return target.path
    }
}
