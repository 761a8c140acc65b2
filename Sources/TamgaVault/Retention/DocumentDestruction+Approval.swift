import Foundation
import TamgaCore

/// A destruction two members agree on (issue 18): when the policy asks for a
/// second administrator's approval (`destruction: approval:
/// second-administrator`), `tamga destroy ID --reason` writes a signed
/// request and destroys nothing; an administrator other than the member who
/// asked carries it out (`tamga destroy --approve ID`), and only that
/// tombstone, naming the request, counts for any reader
/// (`EntryAuthorization+Approval`). A request can be withdrawn
/// (`--cancel`) by whoever asked or by an administrator.
extension DocumentDestruction {
    /// One request not yet carried out nor withdrawn.
    public struct Request: Sendable, Equatable {
        public let id: String
        /// The request's log entry.
        public let entry: String
        /// The member who asked (name, or fingerprint when the keyring no longer names them).
        public let requestedBy: String
        public let requestedByFingerprint: String
        public let time: String
        public let reason: String
    }

    /// Whether destroying needs a second administrator here: the policy in
    /// force asks, or one set before did (the rule, once asked, stays).
    public func needsApproval() throws -> Bool {
        let index = try VaultIndex.load(vault)
        if index.asksDestructionApproval { return true }
        return try PolicyStore(paths: vault.paths).current(index: index, keyring: vault.keyring).policy.destructionApproval != .none
    }

    /// Asks for `id` to be destroyed: a signed request, nothing destroyed.
    /// `planned`: the plan the member confirmed (reused unless the log moved).
    public func request(_ id: String, reason: String, planned: Plan? = nil) throws -> Request {
        let reason = try Self.given(reason)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let plan = try plan(id, reusing: planned)
        try requireReasonNamesNoOne(reason, persons: plan.persons)
        try Self.requireStillProtected(plan)
        if let earlier = try pending().first(where: { $0.id == id }) {
            throw VaultError.invalidArgument("\(id) is already asked to be destroyed (by \(earlier.requestedBy), \(earlier.time)): "
                                             + "an administrator other than them carries it out with `tamga destroy --approve \(id)`")
        }
        let entry = try vault.log(LogAction(action: "destroy-request", document: id, persons: plan.persons, note: reason),
                                  approval: .init(requests: plan.blinds))
        return Request(id: id, entry: entry, requestedBy: vault.member.displayName, requestedByFingerprint: vault.member.fingerprint,
                       time: try AuditLog(paths: vault.paths).entry(named: entry).body.time, reason: reason)
    }

    /// The requests waiting for an administrator, oldest first. Members
    /// cleared internal only (the ids and reasons are sealed to internal).
    /// A request counts here only when the folders it names in the clear are
    /// the folders of the id its sealed action names (a decoy naming an id
    /// but other folders is not shown, nor can it hide the real one), and
    /// not withdrawn by whoever asked or an administrator, as readers judge.
    public func pending() throws -> [Request] { try requests().pending }

    /// The requests waiting (`pending`), and those made before their
    /// document's folders changed (a member removal re-keys every document
    /// into new folders): these can no longer be carried out, since the
    /// request names the old folders; whoever asked asks again. Shown so
    /// that a request does not vanish without a word (attacker, session 37).
    public func requests() throws -> (pending: [Request], outdated: [Request]) {
        let index = try VaultIndex.load(vault)
        var pending: [Request] = [], outdated: [Request] = []
        for open in try Self.openRequests(index.destructionRequests, index: index, vault: vault, needed: "requests for destruction (internal)") {
            guard let id = open.action.document, let now = try? Set(vault.blindIDs(id)) else { continue }
            let request = open.request(id)
            if now == open.folders {
                pending.append(request)
            } else if open.folders.isStrictSubset(of: now), now.isDisjoint(with: index.commits.destroyed) {
                // A decoy (folders its id never had) is neither: it hides nothing.
                outdated.append(request)
            }
        }
        outdated.removeAll { request in pending.contains { $0.id == request.id } }
        return (pending, outdated)
    }

    /// A counted request not withdrawn (as readers judge) and naming no
    /// destroyed folder, with its sealed action; `request` names it by the
    /// id its kind reads from the action (a document, or a person).
    struct OpenRequest {
        let entry: String
        let folders: Set<String>
        let action: LogAction
        let request: (String) -> Request
    }

    /// The open requests among `listed` (a `VaultIndex` listing of one
    /// kind), their askers named as the keyring names them. Members cleared
    /// internal only (`needed` says what for): the actions are sealed to internal.
    /// `touchingDestroyed`: instead, the requests of which a folder was destroyed since (they cannot be carried out as asked).
    static func openRequests(_ listed: [(entry: String, folders: Set<String>, actor: String)], index: VaultIndex,
                             vault: UnlockedVault, needed: String, touchingDestroyed: Bool = false) throws -> [OpenRequest] {
        guard vault.levelKeys.canRead(.internal) else { throw VaultError.notCleared(member: vault.member.name, needed: needed) }
        let log = AuditLog(paths: vault.paths)
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        let withdrawn = index.withdrawnRequests
        return try listed.filter { $0.folders.isDisjoint(with: index.commits.destroyed) != touchingDestroyed && !withdrawn.contains($0.entry) }
            .map { listed in
            let entry = try log.entry(named: listed.entry)
            let action = try AuditLog.action(of: entry, keys: vault.levelKeys)
            return OpenRequest(entry: listed.entry, folders: listed.folders, action: action) { id in
                Request(id: id, entry: listed.entry, requestedBy: names[listed.actor] ?? listed.actor, requestedByFingerprint: listed.actor,
                        time: entry.body.time, reason: action.note ?? "")
            }
        }
    }

    /// Carries out the pending request to destroy `id`: the tombstone names
    /// it, keeps its reason, and is signed by this administrator, who must
    /// not be the member who asked.
    /// `planned`: the plan the member confirmed (reused unless the log moved).
    /// `expectedEntry`: the request's log entry the administrator read (its
    /// asker and reason); refused when another request for `id` is pending
    /// now (withdrawn and asked again since: web red team 42, B1).
    public func approve(_ id: String, planned: Plan? = nil, expectedEntry: String? = nil) throws -> Outcome {
        guard vault.member.administrator, vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "approving a destruction (an administrator cleared internal)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let plan = try plan(id, reusing: planned)
        try Self.requireStillProtected(plan)
        let known = try requests()
        guard let request = known.pending.first(where: { $0.id == id }) else {
            if let old = known.outdated.first(where: { $0.id == id }) {
                throw VaultError.invalidArgument("the request to destroy \(id) (by \(old.requestedBy), \(old.time)) was made before its "
                    + "folders changed (a member was removed since, which re-keys every document): it can no longer be carried out; "
                    + "ask again with `tamga destroy \(id) --reason TEXT`")
            }
            throw VaultError.invalidArgument("nothing asks for \(id) to be destroyed: a member cleared internal asks first, "
                                             + "with `tamga destroy \(id) --reason TEXT`")
        }
        guard request.requestedByFingerprint != vault.member.fingerprint else {
            throw VaultError.invalidArgument("you asked for \(id) to be destroyed: the policy asks that an administrator other than you approve it")
        }
        try Self.require(request, is: expectedEntry, what: "destroy \(id)")
        try ApprovalIndependence.require(vault, approving: request.entry, what: "the destruction of \(id)")
        // `pending()` lists only requests whose folders are this id's folders now (`plan.blinds`), so the
        // tombstone destroys exactly what was asked; a request made before the folders changed is not listed.
        let entry = try vault.log(LogAction(action: "destroy", document: id, persons: plan.persons, note: request.reason),
                                  removed: plan.objects, destroyed: plan.blinds, approval: .init(approves: request.entry))
        try Self.requireCounted(entry, in: vault)
        let tidied = DestroyedFiles.remove(plan.blinds, in: vault.paths.root)
        return Outcome(plan: plan, entry: entry, filesRemoved: tidied.files, left: tidied.left)
    }

    /// Withdraws the pending request to destroy `id` (whoever asked, or an administrator).
    public func cancel(_ id: String) throws -> Request {
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        guard let request = try pending().first(where: { $0.id == id }) else {
            throw VaultError.invalidArgument("nothing asks for \(id) to be destroyed (`tamga destroy --pending` lists what does)")
        }
        guard request.requestedByFingerprint == vault.member.fingerprint || vault.member.administrator else {
            throw VaultError.notCleared(member: vault.member.name, needed: "withdrawing another member's request (an administrator)")
        }
        try vault.log(LogAction(action: "destroy-cancel", document: id), approval: .init(withdraws: request.entry))
        return request
    }

    /// Files are removed only once this copy's readers count the tombstone
    /// just written: one that does not count (a rule this process did not
    /// foresee) would otherwise delete files no signed entry removes.
    static func requireCounted(_ entry: String, in vault: UnlockedVault) throws {
        if let reason = try VaultIndex.load(vault).refused[entry] {
            throw VaultError.damaged(path: "log/\(entry).json", problem: "the destruction just written does not count (\(reason)); no file was removed")
        }
    }

    /// The approval is of the request the administrator read: its entry (asker, reason), not only its id.
    /// `expectedEntry` is the whole entry name (the browser's form), or the 12 characters or more of it that
    /// `--pending` prints (`--request` on the command line).
    public static func require(_ request: Request, is expectedEntry: String?, what: String) throws {
        guard let expectedEntry else { return }
        let given = expectedEntry.lowercased()
        if given == request.entry || (given.count >= 12 && request.entry.hasPrefix(given)) { return }
        throw VaultError.invalidArgument("the request to \(what) changed since you read it (it is now asked by \(request.requestedBy), "
            + "\(request.time)): read it again before you approve; nothing was changed")
    }

    static func given(_ reason: String) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw VaultError.invalidArgument("give the reason with --reason (it is sealed to internal in the log)") }
        return reason
    }
}
