import TamgaCore

/// One file that did not verify, and why. Paths and reasons only: a
/// reason never quotes file contents.
public struct SyncProblem: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(_ path: String, _ reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Why sync, clone or the guard stopped.
public enum SyncError: UserFacingError, Equatable {
    case gitMissing
    case git(command: String, message: String)
    case notSynced(path: String)
    case unknownRemote(name: String)
    case remoteExists(name: String)
    case invalidRemoteName(String)
    case destinationNotEmpty(path: String)
    /// What arrived did not verify; nothing of it was merged (or accepted).
    case refused(source: String, problems: [SyncProblem])
    case historyRewritten(remote: String)
    case conflict(paths: [String])
    case pushRaced(remote: String)
    case unrelated(remote: String)
    /// The remote's guard refused this copy's push; its reasons, one per line.
    case pushRefused(remote: String, reasons: [String])
    /// `guard --install` found hooks it did not write (it does not overwrite them unasked).
    case foreignHooks(repository: String, hooks: [String])
    /// The vault folder holds something that would make git or sync act outside it (a link, a planted git setting).
    case unsafeFolder(path: String, problems: [SyncProblem])

    /// A fetch that git's own object checks (`transfer.fsckObjects`) stopped
    /// is a refusal of what the remote sent, not a network failure.
    static func fetchRefusal(_ error: SyncError, source: String) -> SyncError {
        guard case .git(let command, let message) = error, command == "fetch", message.contains("fsck") else { return error }
        return .refused(source: source, problems: [SyncProblem("git objects", "refused by git's own object checks: \(message)")])
    }

    public var failureClass: FailureClass {
        switch self {
        case .unknownRemote, .notSynced: .missingInput
        case .invalidRemoteName, .destinationNotEmpty, .remoteExists: .badInput
        default: .refused
        }
    }

    public var message: String {
        switch self {
        case .gitMissing: "git is not installed"
        case .git(let command, let message): "git \(command) failed" + (message.isEmpty ? "" : ": \(message)")
        case .notSynced(let path): "\(path) has no remote yet"
        case .unknownRemote(let name): "no remote named \(name)"
        case .remoteExists(let name): "a remote named \(name) already exists"
        case .invalidRemoteName(let name): "\(name) is not a usable remote name (letters, digits, '-', '_', '.')"
        case .destinationNotEmpty(let path): "\(path) exists and is not empty"
        case .refused(let source, let problems):
            "\(problems.count) file(s) from \(source) did not verify; nothing from it was merged:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case .historyRewritten(let remote):
            "the history at \(remote) was rewritten (a force-push): what this copy synced before is no longer in it"
        case .conflict(let paths): "the two copies disagree about \(paths.count) file(s): \(paths.prefix(5).joined(separator: ", "))"
        case .pushRaced(let remote): "\(remote) kept changing while syncing"
        case .unrelated(let remote): "\(remote) holds another vault, or a history this copy does not share"
        case .pushRefused(let remote, let reasons):
            "the guard at \(remote) refused this copy's push; nothing was sent:\n" + reasons.map { "  \($0)" }.joined(separator: "\n")
        case .unsafeFolder(let path, let problems):
            "\(path) holds \(problems.count) thing(s) a vault never holds, which could make sync act outside it; nothing was done:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case .foreignHooks(let repository, let hooks):
            "\(repository) already has hooks tamga did not write (\(hooks.map { "hooks/\($0)" }.joined(separator: ", ")));"
                + " nothing was installed or changed"
        }
    }

    /// Entries signed after their signer's removal never count, on any copy:
    /// what they recorded is lost unless a current member records it again,
    /// and a consent withdrawal among them matters most (session 41
    /// attacker, C9: a removed member's field copy held the only record of a
    /// detainee's withdrawal).
    static let removedSignerHint = "the entries named were signed by a member removed before they reached the vault: they "
        + "never count, on any copy. What they recorded must be recorded again by a current member, a consent withdrawal "
        + "first (`tamga person consent ID --withdraw AUDIENCE`); this copy is unchanged"

    public var hint: String? {
        switch self {
        case .gitMissing: "install git (Debian: apt-get install git)"
        case .git(let command, _) where ["fetch", "push", "ls-remote", "clone"].contains(command):
            "check the remote's address and your access to it (`tamga remote list`)"
        case .git: "the vault folder's git repository (.git) may be damaged: run `tamga check`; a new copy from `tamga clone` replaces it"
        case .notSynced: "add one with `tamga remote add origin URL`, or get a copy with `tamga clone URL DIR`"
        case .unknownRemote: "list remotes with `tamga remote list`"
        case .remoteExists: "remove it first with `tamga remote remove NAME`, or choose another name"
        case .invalidRemoteName: "for example `origin` or `office-bishkek`"
        case .destinationNotEmpty: "choose a new folder"
        case .refused(_, let problems) where problems.contains(where: { $0.reason.hasPrefix("written by a member whom a removal on this copy") }):
            "a member removal on this copy was made before it synced: clone the vault again and remove the member there; the remote is not at fault"
        case .refused(_, let problems) where problems.contains(where: { $0.reason.contains(KeyringForkMarker.reasonMark) }):
            "two administrators changed members apart: the remote's change and this copy's, made before it synced, fork the "
                + "keyring; the remote is not at fault. Nothing is written on this copy until then: clone the vault again "
                + "(`tamga clone`) and make this copy's member change there (its other changes since its last sync too)"
        case .refused(_, let problems) where problems.contains(where: { $0.reason.hasPrefix("this copy's own approval") }):
            "your approval is signed and honest but stale: this copy had not synced since the request, and the remote holds "
                + "what the approval had not seen; clone the vault again (`tamga clone`) and approve there, as the problem says"
        case .refused(_, let problems) where problems.contains(where: { $0.reason.hasPrefix("carries out a request") }):
            "the entry named is signed by a member, not planted: a stale approval, made on a copy that had not synced, which reached "
                + "the remote without `tamga guard` there (which refuses it; this version of tamga no longer pushes one). This copy is "
                + "unchanged and cannot take in the remote as it is: to accept what the remote holds, clone the vault again "
                + "(`tamga clone`; this copy's changes since its last sync must be made again there), and install `tamga guard` on the server"
        case .refused(_, let problems) where problems.contains(where: { $0.reason.contains(EntryAuthorization.removedReason) }):
            Self.removedSignerHint
        case .pushRefused(_, let reasons) where reasons.contains(where: { $0.contains(EntryAuthorization.removedReason) }):
            Self.removedSignerHint
        case .refused: "someone wrote files into the remote that no member signed; ask an administrator to remove them "
            + "there (install `tamga guard` on the server to refuse such pushes); your copy is unchanged"
        case .historyRewritten: "do not force-push a vault; ask an administrator to restore the remote from a copy that has everything"
        case .conflict: "files in a vault are written once, so this means one was altered; run `tamga check` in both copies"
        case .pushRaced: "run `tamga sync` again"
        case .pushRefused(_, let reasons) where reasons.contains { $0.hasPrefix("refs/tamga/datakeys: a vault has one branch") }:
            "the server's guard is older than this tamga and refuses the data-key ref: run `tamga guard --install REPO` there again"
        case .pushRefused: "the files named are in this copy: run `tamga check` here, and ask an administrator; "
            + "your copy is unchanged, and `tamga sync --no-push` still brings in what others sent"
        case .unsafeFolder: "someone with access to this folder may have planted them: remove each (a link, a git setting), "
            + "run `tamga check`, and sync again; if in doubt, make a new copy with `tamga clone`"
        case .foreignHooks(let repository, _): "read them first: to replace them with tamga's, run `tamga guard --install \(repository) "
            + "--replace-hooks` (their checks then no longer run; call them from a wrapper if you need both)"
        case .unrelated: "check the remote's address (`tamga remote list`); a new copy starts with `tamga clone`, and a guard "
            + "installed with `--vault ID` refuses any other vault"
        }
    }
}
