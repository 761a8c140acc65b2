import Foundation
import TamgaCore

/// Storing an edited document as a new revision, the one way `tamga edit`
/// and the browser's edit form do it (issue 20: one use case per action):
/// only a member cleared internal edits (the full source is internal); the
/// id cannot change; and the text is stored as `add` stores it
/// (`DocumentAddition`: recommendation ids checked, other documents
/// re-projected) without the line-similarity base check, because the
/// caller says which revision the text was opened from: `tamga edit`'s
/// claim on its private file, or the form's `basedOn`, which must still be
/// the newest revision (a second edit in between would otherwise be undone).
public struct DocumentEditing {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// The edited text names another id than the document opened.
    public struct IDChanged: UserFacingError {
        public let id: String
        public let newID: String
        public var failureClass: FailureClass { .badInput }
        public var message: String { "the edited text changed the id to \(newID); ids cannot change" }
        public var hint: String? { "Keep `id: \(id)`; a new document is written with `tamga new`." }
    }

    /// Refuses a member not cleared internal (a State member, a contributor: they may not read the full source).
    public func mayEdit() throws {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "editing (the full source is internal)")
        }
    }

    /// The newest revision's source, for editing (its read logged, as `DocumentReading.openForEditing` logs it).
    @discardableResult
    public func open(_ id: String, deliver: (DocumentCatalog.Revision) throws -> Void = { _ in }) throws -> DocumentCatalog.Revision {
        try DocumentReading(vault: vault).openForEditing(id, deliver: deliver)
    }

    /// Stores `document` (validated, with its source) as the newest revision
    /// of `id`. `basedOn`: the revision id the text was opened from, when the
    /// caller holds no claim of its own; refused when a newer revision exists.
    public func store(id: String, document: Document, source: [UInt8], basedOn: String? = nil,
                      warn: (String) -> Void = { _ in }, progress: ((Int, Int) -> Void)? = nil) throws -> DocumentAddition.Result {
        try mayEdit()
        guard document.id == id else { throw IDChanged(id: id, newID: document.id) }
        // Under the write lock: a save that started at the same time cannot store in between (web round 40 F13).
        return try DocumentAddition(vault: vault).add([(document, source)], force: true, warn: warn, progress: progress, underLock: {
            guard let basedOn else { return }
            let newest = try DocumentCatalog(vault: vault).newest(id, level: .internal)
            guard newest.revisionID == basedOn else {
                throw VaultError.invalidArgument("\(id) was changed since this edit began (revision \(newest.metadata.revision) is newer "
                    + "than the one opened); saving would undo that change. Nothing was stored: copy your text, open the edit again, "
                    + "and make your change there")
            }
        })
    }
}
