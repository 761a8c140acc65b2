import TamgaCore

/// Everything the vault can refuse, as data: tests compare cases, the CLI
/// prints `message` and `hint`. No case carries document text, names or
/// secrets: only paths, ids, member names and what went wrong.
public enum VaultError: UserFacingError, Equatable {
    case storage(StorageError)
    case notAVault(path: String)
    case alreadyAVault(path: String)
    case unsupportedFormat(path: String, found: String)
    case busy(path: String)
    /// The vault folder cannot be written: every command that opens documents logs it (issue 19 item 10).
    case readOnly(path: String)
    case wrongPassphrase
    /// A wrong passphrase, or the key file's sealed part was altered: the two look alike.
    case wrongPassphraseFor(keyFile: String)
    case passphraseMismatch
    case weakPassphrase(String)
    case noPassphrase(reason: String)
    /// The passphrase file named by `--passphrase-file` or `TAMGA_PASSPHRASE_FILE` does not exist (exit 66).
    case missingPassphraseFile(path: String)
    case notCleared(member: String, needed: String)
    case unknownDocument(id: String)
    case unknownMember(name: String)
    /// A person id that is neither in the registry nor in any record asked about (exit 66).
    case unknownPerson(id: String)
    case chooseMember(names: [String])
    case memberExists(name: String)
    case damaged(path: String, problem: String)
    /// `tamga check` named problems: its hint must not say "run tamga check" (issue 19 item 9).
    case checkFoundProblems(path: String, count: Int)
    case keyringRejected(problem: String)
    case invalidArgument(String)
    case invalidDocument(String)
    case invalidShare(String)
    /// Shares of a recovery key that `tamga recovery reshare` replaced (by keyring `sequence`).
    case replacedShares(sequence: Int)
    case editorFailed(String)
    case editNotValid(id: String, keptAt: String)
    case rollback(problem: String)
    /// A stored State or public part made before an entry that changed redaction inputs (issue 16).
    case staleProjection(document: String, level: String, revision: Int, entry: String)
    /// `--depicts` named an id the document's front matter does not declare (exit 66).
    case personNotInDocument(id: String, document: String)
    /// The file being attached changed between its hashing and its encryption: nothing stored.
    case sourceChanged
    /// No attachment of the document that the member may open matches the name given (exit 66); `note` counts hidden ones.
    case missingAttachment(document: String, note: String)
    /// A destruction's or an erasure's reason names a person (the log keeps it for good); a case of its own so
    /// that the browser says it in the page's language (web red team 42, K1, N1).
    case reasonNamesPerson(id: String)

    public var failureClass: FailureClass {
        switch self {
        case .storage(let error): error.failureClass
        case .notAVault, .unknownDocument, .unknownMember, .unknownPerson, .missingPassphraseFile, .personNotInDocument, .missingAttachment: .missingInput
        case .invalidArgument, .invalidDocument, .invalidShare, .replacedShares, .editNotValid, .reasonNamesPerson: .badInput
        default: .refused
        }
    }

    public var message: String {
        switch self {
        case .storage(let error): error.message
        case .notAVault(let path): "\(path) is not a tamga vault"
        case .alreadyAVault(let path): "\(path) already holds a vault or other files"
        case .unsupportedFormat(let path, let found): "\(path) has vault format \(found), which this tamga does not read"
        case .busy(let path): "another tamga command is writing to the vault at \(path)"
        case .readOnly(let path): "the vault at \(path) is read-only for you, and tamga logs every read, so even `show` needs write access"
        case .wrongPassphrase: "wrong passphrase"
        case .wrongPassphraseFor(let keyFile): "wrong passphrase (or \(keyFile) was altered)"
        case .passphraseMismatch: "the two passphrases differ"
        case .weakPassphrase(let problem): "the passphrase is too weak: \(problem)"
        case .noPassphrase(let reason): "no passphrase: \(reason)"
        case .missingPassphraseFile(let path): "no passphrase: the passphrase file \(path) does not exist"
        case .notCleared(let member, let needed): "member \(member) is not cleared for \(needed)"
        case .unknownDocument(let id): "no document \(id) that you may read in this vault"
        case .unknownMember(let name): "no member named \(name) in this vault"
        case .unknownPerson(let id): "no person \(id) in the registry"
        case .chooseMember(let names): "several members can unlock this vault: \(names.joined(separator: ", "))"
        case .reasonNamesPerson(let id): "the reason names \(id); the log keeps it for good, so give a reason without their name"
        case .memberExists(let name): "a member named \(name) already exists"
        case .damaged(let path, let problem): "\(path): \(problem)"
        case .checkFoundProblems(let path, let count): "\(count) problem\(count == 1 ? "" : "s") found in the vault at \(path)"
        case .keyringRejected(let problem): "the keyring was refused: \(problem)"
        case .invalidArgument(let text): text
        case .invalidDocument(let text): text
        case .invalidShare(let text): text
        case .replacedShares(let sequence): "these shares rebuild the recovery key that `tamga recovery reshare` replaced "
            + "(keyring \(sequence)); they no longer rebuild access"
        case .editorFailed(let text): text
        case .editNotValid(let id, let path): "the edited text of \(id) did not validate and was not stored; it is kept in \(path)"
        case .rollback(let problem): "the vault went backwards: \(problem)"
        case .staleProjection(let document, let level, let revision, let entry):
            "the \(level) version of \(document) (revision \(revision)) was made before log entry \(entry.prefix(12)) changed "
                + "names, consent or the policy: it may name someone it must not, so it is not shown"
        case .personNotInDocument(let id, let document): "\(document) declares no person \(id)"
        case .sourceChanged: "the file to attach changed while it was being read; nothing was stored"
        case .missingAttachment(let document, let note): "no attachment of \(document) that you may open matches the name given\(note)"
        }
    }

    public var hint: String? {
        switch self {
        case .storage(let error): error.hint
        case .notAVault: "create one with `tamga init --vault DIR`, or pass --vault or set TAMGA_VAULT"
        case .alreadyAVault: "choose an empty or new folder for `tamga init`"
        case .unsupportedFormat: "use the tamga version that created this vault"
        case .readOnly: "ask for write access to the vault folder, or work in a copy of your own"
        case .busy: "wait for the other command to finish and try again"
        case .wrongPassphrase, .wrongPassphraseFor: "try again; if the passphrase is lost, an administrator can `tamga recover` with the recovery shares"
        case .passphraseMismatch: "type the same passphrase twice"
        case .weakPassphrase: "use at least \(PassphrasePolicy.minimumCharacters) characters, for example four or five random words; "
            + "a copy of the vault lets anyone guess offline"
        case .missingPassphraseFile: "check the path given by --passphrase-file or TAMGA_PASSPHRASE_FILE (a file of mode 0600)"
        case .noPassphrase: "run in a terminal, or give --passphrase-file FILE or TAMGA_PASSPHRASE_FILE (never the passphrase itself)"
        case .notCleared: "ask an administrator; clearances are shown by `tamga member list`"
        case .unknownDocument: "list what you may read with `tamga list`"
        case .unknownMember: "list members with `tamga member list`"
        case .unknownPerson: "list persons with `tamga person list`; a person declared only by a document destroyed since is "
            + "unknown: declare them again in a document that names them (`tamga edit ID`), then try again"
        case .chooseMember: "say which with --member NAME or TAMGA_MEMBER"
        case .memberExists: "choose another name"
        case .damaged: "run `tamga check` for a full report; restore the file from a backup or another copy of the vault"
        case .checkFoundProblems: "each problem is named above: restore those files from a backup or another copy of the vault"
        case .keyringRejected(let problem) where problem.contains(KeyringForkMarker.pendingMark):
            "until this copy is cloned again, whatever writes or logs waits here: `show` and `export` log each read, so they "
                + "wait too; `tamga list` and `tamga member list` go on"
        case .keyringRejected: "do not add documents until an administrator has checked the keyring (`tamga check`)"
        case .invalidArgument, .invalidDocument, .reasonNamesPerson: nil
        case .invalidShare: "check each share against its printed copy; a typo fails the checksum"
        case .replacedShares: "use the shares the last `tamga recovery reshare` printed, and destroy these"
        case .editorFailed: "your text is kept; fix the problem and run the command again"
        case .editNotValid(let id, _): "fix the problem above, then run `tamga edit \(id) --resume`"
        case .rollback: "another copy of the vault may be newer; merge it before going on, or run `tamga check`"
        case .staleProjection: "a member cleared internal must run `tamga refresh` (any `tamga add` or `edit` by one does it too)"
        case .personNotInDocument(_, let document): "--depicts takes the ids under `persons:` in the front matter of \(document) (`tamga show \(document)`)"
        case .missingAttachment(let document, _): "list them with `tamga attachments \(document)`; the NAME column is the reference to give"
        case .sourceChanged: "wait until nothing writes to the file (a camera import, a sync), then attach it again"
        }
    }
}
