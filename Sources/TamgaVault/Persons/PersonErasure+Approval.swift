import Foundation
import TamgaCore

/// An erasure two members agree on (issue 18). An erasure destroys every
/// revision that named the person (it replaces them and shreds the old
/// ones), so when the policy asks for a second administrator's approval of
/// destructions it asks for it here too: `tamga person erase D-… --reason`
/// writes a signed `erase-request` naming, in the clear, the folders the
/// erasure would rewrite (`requestsErasure`), and an administrator other
/// than the member who asked carries it out (`tamga person erase --approve
/// D-…`). Readers count that `erase` entry only when it names the request
/// and rewrites exactly its folders (`EntryAuthorization+Approval`); a
/// request for an erasure never approves a destruction, nor the reverse.
///
/// The folders are fixed when asking: if a document naming the person is
/// added, destroyed or erased before the approval, the approval refuses
/// and says to withdraw and ask again, so the second administrator never
/// approves more, or other, documents than the first one saw.
extension PersonErasure {
    /// Asks for `personID` to be erased: a signed request, nothing rewritten.
    public func request(_ personID: String, reason: String) throws -> DocumentDestruction.Request {
        let reason = try DocumentDestruction.given(reason)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        if let earlier = try pending().first(where: { $0.id == personID }) {
            throw VaultError.invalidArgument("\(personID) is already asked to be erased (by \(earlier.requestedBy), \(earlier.time)): "
                + "an administrator other than them carries it out with `tamga person erase --approve \(personID)`")
        }
        let prepared = try prepare(personID)
        try requireUnnamed(prepared, in: reason)
        var action = LogAction(action: "erase-request", persons: [personID], note: reason)
        action.documents = prepared.plan.documents
        let entry = try vault.log(action, approval: .init(requests: prepared.blinds, erasure: true))
        return DocumentDestruction.Request(id: personID, entry: entry, requestedBy: vault.member.displayName,
                                           requestedByFingerprint: vault.member.fingerprint,
                                           time: try AuditLog(paths: vault.paths).entry(named: entry).body.time, reason: reason)
    }

    /// The requests for an erasure waiting for an administrator, oldest
    /// first (`id` is the person id). Members cleared internal only. Not
    /// listed: requests carried out, withdrawn (as readers judge), or whose
    /// folders were destroyed since.
    public func pending() throws -> [DocumentDestruction.Request] { try open().map(\.request) }

    /// Requests for an erasure that a destruction since made impossible to
    /// carry out as asked (a document they name was destroyed: attacker
    /// session 38, E2). Someone asked, so they are listed (OUTDATED) and a
    /// hand-over withholds the person's records until the request is asked
    /// again or withdrawn (`cancel` takes them too).
    public func outdated() throws -> [DocumentDestruction.Request] { try open(touchingDestroyed: true).map(\.request) }

    /// The open requests for an erasure, with the folders each names.
    private func open(touchingDestroyed: Bool = false) throws -> [(request: DocumentDestruction.Request, folders: Set<String>)] {
        let index = try VaultIndex.load(vault)
        return try DocumentDestruction.openRequests(index.erasureRequests, index: index, vault: vault, needed: "requests for erasure (internal)",
                                                    touchingDestroyed: touchingDestroyed)
            .compactMap { open in
                guard open.action.action == "erase-request", let person = open.action.persons?.first,
                      !index.carriesOut(open.entry) else { return nil }
                return (open.request(person), open.folders)
            }
    }

    /// Carries out the pending request to erase `personID`, with its reason,
    /// signed by this administrator, who must not be the member who asked.
    /// `expectedEntry`: the request's log entry the administrator read; refused
    /// when another request is pending now (web red team 42, B1).
    public func approve(_ personID: String, expectedEntry: String? = nil,
                        workspaces: [String] = LocalWipe.Places.fromEnvironment().workspaceBases,
                        progress: ((Int, Int) -> Void)? = nil) throws -> Outcome {
        guard vault.member.administrator, vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "approving an erasure (an administrator cleared internal)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        guard let (request, asked) = try open().first(where: { $0.request.id == personID }) else {
            if try outdated().contains(where: { $0.id == personID }) {
                throw VaultError.invalidArgument("the request to erase \(personID) was made before a document it names was destroyed: it "
                    + "can no longer be carried out as asked; withdraw it with `tamga person erase --cancel \(personID)` and ask again")
            }
            throw VaultError.invalidArgument("nothing asks for \(personID) to be erased: a member cleared internal asks first, "
                                             + "with `tamga person erase \(personID) --reason TEXT`")
        }
        guard request.requestedByFingerprint != vault.member.fingerprint else {
            throw VaultError.invalidArgument("you asked for \(personID) to be erased: the policy asks that an administrator other than you approve it")
        }
        try DocumentDestruction.require(request, is: expectedEntry, what: "erase \(personID)")
        try ApprovalIndependence.require(vault, approving: request.entry, what: "the erasure of \(personID)")
        let prepared = try prepare(personID)
        guard Set(prepared.blinds) == asked else {
            throw VaultError.invalidArgument("the documents that name \(personID) changed since the request (\(asked.count) then, "
                + "\(prepared.blinds.count) now): withdraw it with `tamga person erase --cancel \(personID)` and ask again; nothing was changed")
        }
        return try perform(prepared, reason: request.reason, approves: request.entry, workspaces: workspaces, progress: progress)
    }

    /// Withdraws the pending request to erase `personID` (whoever asked, or an administrator).
    public func cancel(_ personID: String) throws -> DocumentDestruction.Request {
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        guard let request = try (pending() + outdated()).first(where: { $0.id == personID }) else {
            throw VaultError.invalidArgument("nothing asks for \(personID) to be erased (`tamga person erase --pending` lists what does)")
        }
        guard request.requestedByFingerprint == vault.member.fingerprint || vault.member.administrator else {
            throw VaultError.notCleared(member: vault.member.name, needed: "withdrawing another member's request (an administrator)")
        }
        try vault.log(LogAction(action: "erase-cancel", persons: [personID]), approval: .init(withdraws: request.entry))
        return request
    }
}
