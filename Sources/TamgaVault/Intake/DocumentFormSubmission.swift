import Foundation
import TamgaCore

/// Writing and editing a document through the browser's form (issue 20),
/// with the rules `tamga new` and `tamga edit` apply, through the same use
/// cases (`NewDocumentCheck`, `DocumentIntake.validate`, `DocumentAddition`,
/// `DocumentEditing`): a State member writes nothing; a new document's id
/// must be new and its kind the policy's; only a member cleared internal
/// opens and edits a stored document; the text is validated before
/// anything is stored, and a refusal stores nothing. The source is built
/// and checked in memory only: no file, no temporary copy.
///
/// A refusal's place is given as the form shows it: a line of the text
/// area (the body), or "the fields" for the front matter, since the member
/// never sees the front matter's own lines.
public struct DocumentFormSubmission {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// The policy's words the form offers: document kinds and person roles, sorted.
    public struct Vocabulary: Sendable {
        public let kinds: [String]
        public let roles: [String]
    }

    /// What was stored.
    public struct Stored: Sendable {
        public let id: String
        public let revision: Int
        /// The text was the newest revision's already: nothing new was stored.
        public let unchanged: Bool
        /// Warnings about the text (it names someone undeclared, reads beyond its level, …), places as the form shows them.
        public let warnings: [String]
        /// Other documents' lower parts re-projected; nil for a member who cannot project (a contributor).
        public let reprojected: Int?
    }

    /// A stored document opened in the form: its fields, and the revision they were read from.
    public struct Opened: Sendable {
        public let form: DocumentForm
        public let basedOn: String
        public let revision: Int
        /// Whole-line comments in the stored front matter, which saving the form drops.
        public let droppedComments: Int
    }

    /// Why the form was not stored; `bodyLine` is the line of the text area the problem is on, when it is there.
    public struct Refusal: UserFacingError {
        public let message: String
        public let hint: String?
        public let bodyLine: Int?
        public let failureClass: FailureClass
    }

    /// The words for a new document's form; refused for a member who may not write.
    public func vocabulary() throws -> Vocabulary {
        let policy = try NewDocumentCheck(vault: vault).mayWrite()
        return Vocabulary(kinds: policy.kinds.keys.sorted(), roles: policy.roles.keys.sorted())
    }

    /// Stores a new document (revision 1), as `tamga new` does.
    public func create(_ form: DocumentForm) throws -> Stored {
        try placing(form) { label, source, warn in
            let policy = try NewDocumentCheck(vault: vault).mayWrite()
            let document = try DocumentIntake.validate(source, label: label, policy: policy)
            _ = try NewDocumentCheck(vault: vault).check(id: document.id, kind: document.kind)
            document.warnings.map(\.description).forEach(warn)
            // Again under the write lock: two forms for one new id sent at once store one (web round 40 F13).
            return (document.id, try DocumentAddition(vault: vault).add([(document, source)], warn: warn, underLock: {
                _ = try NewDocumentCheck(vault: vault).check(id: document.id, kind: document.kind)
            }))
        }
    }

    /// The newest revision of `id` as a form; the read is logged as an edit's read.
    public func openForEditing(_ id: String) throws -> Opened {
        var form: DocumentForm?
        var comments = 0
        let revision = try DocumentEditing(vault: vault).open(id) { newest in
            try newest.content.withUnsafeBytes { bytes in
                form = try DocumentForm(source: Array(bytes), label: id)
                comments = DocumentForm.commentLines(in: Array(bytes))
            }
        }
        guard let form else { throw VaultError.unknownDocument(id: id) }
        return Opened(form: form, basedOn: revision.revisionID, revision: revision.metadata.revision, droppedComments: comments)
    }

    /// Stores the form as a new revision of `id`, when `basedOn` is still the newest revision.
    public func update(_ id: String, form: DocumentForm, basedOn: String) throws -> Stored {
        try placing(form) { label, source, warn in
            let policy = try PolicyStore(paths: vault.paths).current(vault).policy
            let document = try DocumentIntake.validate(source, label: label, policy: policy)
            document.warnings.map(\.description).forEach(warn)
            return (id, try DocumentEditing(vault: vault).store(id: id, document: document, source: source, basedOn: basedOn, warn: warn))
        }
    }

    /// Runs `store` on the form's source and turns every place in its messages into the form's.
    private func placing(_ form: DocumentForm,
                         _ store: (String, [UInt8], (String) -> Void) throws -> (String, DocumentAddition.Result)) throws -> Stored {
        let label = "form"
        let place = FormPlace(label: label, frontMatterLines: form.frontMatterLines.count)
        var warnings: [String] = []
        do {
            let (id, result) = try store(label, Array(form.source.utf8)) { warnings.append(place.describe($0).text) }
            let revision: Int, unchanged: Bool
            switch result.stored.first?.outcome {
            case .added(let number)?: (revision, unchanged) = (number, false)
            case .unchanged(let number)?: (revision, unchanged) = (number, true)
            case nil: (revision, unchanged) = (0, true)
            }
            return Stored(id: id, revision: revision, unchanged: unchanged, warnings: warnings, reprojected: result.reprojected)
        } catch let error as any UserFacingError {
            let placed = place.describe(error.message)
            throw Refusal(message: placed.text, hint: error.hint, bodyLine: placed.bodyLine, failureClass: error.failureClass)
        }
    }
}

/// A message's `form:LINE:COLUMN: ` prefix said as the form shows it.
struct FormPlace {
    let label: String
    let frontMatterLines: Int

    func describe(_ message: String) -> (text: String, bodyLine: Int?) {
        let prefix = label + ":"
        guard message.hasPrefix(prefix) else { return (message, nil) }
        let rest = message.dropFirst(prefix.count)
        let parts = rest.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]) else {
            return ("the document: " + rest.trimmingCharacters(in: .whitespaces), nil)
        }
        let detail = parts[2].trimmingCharacters(in: .whitespaces)
        if line > frontMatterLines {
            let bodyLine = line - frontMatterLines
            return ("text, line \(bodyLine), column \(column): \(detail)", bodyLine)
        }
        return ("the fields above the text: \(detail)", nil)
    }
}
