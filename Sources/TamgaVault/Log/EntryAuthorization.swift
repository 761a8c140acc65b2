/// Who may sign what: the rule every reader applies to every log entry before
/// it counts (docs/VAULT-FORMAT.md, Authorization). A valid signature only
/// says who wrote an entry; this says whether they were allowed to.
///
/// An entry is judged against the keyring it binds (`LogEntryBody.keyring`),
/// which must be in the verified chain and list the actor as active; it may
/// not bind an older keyring than its predecessors do; and a member that a
/// later keyring removes counts only for entries that keyring's writer had
/// already seen (`KeyringBody.logHeads`), so a removed member cannot backdate.
///
/// Two layers. The *structural* rules use only what every member can read
/// (the actor's clearance and the object paths an entry writes or removes),
/// so a State member or a contributor applies them too: lower parts and
/// removals by members cleared internal only, the policy by an internal
/// administrator, and a contributor's parts only for a document nobody else
/// wrote first. The *action* rules need the sealed action, which only members
/// cleared internal open: consent, person and policy changes by internal
/// members, member changes by administrators, and each action writing only its
/// own kind of object.
struct EntryAuthorization {
    /// What the rules need of one entry: its signed body and, for members
    /// cleared internal, the name of its sealed action.
    typealias Facts = VaultIndex.Item

    /// The verified keyring chain, oldest first.
    let chain: [KeyringStore.Verified]
    private let position: [String: Int]
    /// Per member removed somewhere in the chain: the entries their removal's writer had seen (nil: no record).
    private let allowedAfterRemoval: [String: Set<String>?]

    init(chain: [KeyringStore.Verified], graph: LogGraph) {
        self.chain = chain
        var position: [String: Int] = [:]
        for (index, keyring) in chain.enumerated() { position[keyring.fileHash] = index }
        self.position = position
        var allowed: [String: Set<String>?] = [:]
        for (index, keyring) in chain.enumerated() where index > 0 {
            let before = chain[index - 1].body
            for member in keyring.body.members where !member.active && allowed[member.fingerprint] == nil
                && before.member(fingerprint: member.fingerprint)?.active == true {
                allowed[member.fingerprint] = keyring.body.logHeads.map { graph.ancestors(of: $0) }
            }
        }
        allowedAfterRemoval = allowed
    }

    /// Judges every entry of `facts`, parents first; returns the refused ones with the reason.
    static func judge(_ facts: [String: Facts], chain: [KeyringStore.Verified], graph: LogGraph,
                      ordered: [String]) -> [String: String] {
        let rules = EntryAuthorization(chain: chain, graph: graph)
        var refused: [String: String] = [:]
        for name in ordered {
            guard let entry = facts[name] else { continue }
            if let reason = rules.refusal(of: name, entry, parents: entry.previous.compactMap { facts[$0] }) { refused[name] = reason }
        }
        for (name, reason) in approvalRefusals(facts, refused: refused, graph: graph, rules: rules) { refused[name] = reason }
        // A contributor writes only documents nobody else wrote first.
        var touching: [String: [String]] = [:]
        for (name, entry) in facts where refused[name] == nil {
            for blind in Set((entry.objects + entry.removed).compactMap(blind)) { touching[blind, default: []].append(name) }
        }
        for (name, entry) in facts where refused[name] == nil && rules.clearance(of: entry) == .contributor {
            if let reason = contributorClash(name, entry, facts: facts, touching: touching, graph: graph,
                                             isInternal: { rules.clearance(of: $0) == .internal }) { refused[name] = reason }
        }
        for (name, reason) in reusedObjects(facts, refused: refused, graph: graph) { refused[name] = reason }
        return refused
    }

    /// An entry that supersedes objects re-encrypts them: it supersedes only
    /// objects some entry committed, and commits new ones in their place. One
    /// that supersedes a made-up object (to tie an image to a name with no
    /// black-out) is refused; one that commits an object another entry made,
    /// before it or apart from it, while superseding something else, is
    /// refused too (with the other, when neither saw the first): otherwise
    /// "X replaces Y", X an existing attachment, would make evidence Y vanish
    /// or tie two attachments into one (attacker, session 29). Two entries
    /// that make the same re-encryption do not conflict.
    static func reusedObjectReason(_ path: String) -> String {
        "it commits \(path), which another entry committed: a re-encryption makes new objects"
    }

    static func reusedObjects(_ facts: [String: Facts], refused: [String: String], graph: LogGraph) -> [String: String] {
        var committers: [String: [String]] = [:]
        for (name, entry) in facts where refused[name] == nil {
            for path in Set(entry.objects) { committers[path, default: []].append(name) }
        }
        var found: [String: String] = [:]
        for (name, entry) in facts where refused[name] == nil && !entry.removed.isEmpty {
            if let madeUp = entry.removed.first(where: { committers[$0] == nil }) {
                found[name] = "it supersedes \(madeUp), which no entry committed"
            }
        }
        for (name, entry) in facts where refused[name] == nil && found[name] == nil && !entry.removed.isEmpty {
            let removed = Set(entry.removed)
            for path in entry.objects {
                let clash = committers[path]?.contains { other in
                    other != name && found[other] == nil && !graph.isAncestor(name, of: other)
                        && facts[other].map { Set($0.removed) != removed } == true
                } ?? false
                if clash { found[name] = reusedObjectReason(path); break }
            }
        }
        return found
    }

    /// The actor's record in the keyring the entry binds.
    func member(of entry: Facts) -> MemberRecord? {
        position[entry.keyring].flatMap { chain[$0].body.member(fingerprint: entry.actor) }
    }

    func clearance(of entry: Facts) -> Clearance? { member(of: entry)?.clearance }

    /// Where the keyring `hash` stands in the verified chain (0: the first).
    func chainPosition(of hash: String) -> Int? { position[hash] }

    /// Whether `fingerprint` is an active member of the keyring `entry` binds.
    /// Whether `fingerprint` was an active administrator cleared internal in the keyring `entry` binds.
    func wasAdministrator(_ fingerprint: String, whenWriting entry: Facts) -> Bool {
        guard let member = position[entry.keyring].flatMap({ chain[$0].body.member(fingerprint: fingerprint) }) else { return false }
        return member.active && member.administrator && member.clearance == .internal
    }

    func isActive(_ fingerprint: String, whenWriting entry: Facts) -> Bool {
        position[entry.keyring].flatMap { chain[$0].body.member(fingerprint: fingerprint) }?.active == true
    }

    /// Why the entry does not count, or nil when it does.
    static let removedReason = "its signer was removed, and the removal had not seen this entry"

    /// `ignoringRemoval`: judge the entry as if its signer's removal had seen
    /// it (a rule that only ever makes judging stricter counts such entries:
    /// `EntryAuthorization+Approval`).
    func refusal(of name: String, _ entry: Facts, parents: [Facts], ignoringRemoval: Bool = false) -> String? {
        guard let bound = position[entry.keyring] else { return "it binds a keyring that is not in the verified chain" }
        guard let member = chain[bound].body.member(fingerprint: entry.actor), member.active else {
            return "its signer is not an active member in the keyring it binds"
        }
        if let newestParent = parents.compactMap({ position[$0.keyring] }).max(), newestParent > bound {
            return "it binds an older keyring than the entries before it"
        }
        // Removed later in the chain: only what the remover had seen counts.
        if !ignoringRemoval, case let allowed?? = allowedAfterRemoval[entry.actor], !allowed.contains(name) {
            return Self.removedReason
        }
        if let reason = Self.structuralRefusal(entry, member: member) { return reason }
        if let reason = Self.approvalFieldRefusal(entry, member: member) { return reason }
        if let action = entry.action, let reason = Self.actionRefusal(action, entry, member: member) { return reason }
        return nil
    }

    /// The rules every reader can apply: who may write which kind of object.
    /// Sequence numbers above this are refused (2^53: exact in every JSON reader).
    static let maximumSequence = 1 << 53

    static func structuralRefusal(_ entry: Facts, member: MemberRecord) -> String? {
        let clearance = member.clearance
        guard (0...maximumSequence).contains(entry.sequence) else { return "its sequence number is out of range" }
        // Only the exact shapes tamga writes: no "..", no extra folders, so a
        // listed path can never name a file elsewhere (rekey deletes what
        // counted entries supersede).
        for path in entry.objects + entry.removed where !isObjectPath(path) {
            return "it lists a path that is not a vault object (\(path))"
        }
        for path in entry.objects {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            switch parts.first {
            case "documents" where parts.count == 4 && parts[2] == "internal":
                if clearance == .state { return "a member cleared state wrote an internal part (\(path))" }
            case "documents" where parts.count == 4 && (parts[2] == "state" || parts[2] == "public"):
                if clearance != .internal { return "only members cleared internal write state and public parts (\(path))" }
            case "attachments" where parts.count == 3:
                if clearance == .state { return "a member cleared state added an attachment (\(path))" }
            case "records" where parts.count == 3:
                if clearance != .internal { return "only members cleared internal record responses (\(path))" }
            case "datakeys" where parts.count == 4 && parts[2] == "internal":
                if clearance == .state { return "a member cleared state wrote an internal data key (\(path))" }
            case "datakeys" where parts.count == 4:
                if clearance != .internal { return "only members cleared internal write state and public data keys (\(path))" }
            case "policy" where parts.count == 2:
                if clearance != .internal || !member.administrator { return "only administrators cleared internal set the policy" }
            default:
                return "it lists an object the log does not commit (\(path))"
            }
        }
        if !entry.removed.isEmpty {
            guard clearance == .internal else { return "only members cleared internal supersede objects" }
            for path in entry.removed where !(path.hasPrefix("documents/") || path.hasPrefix("attachments/") || path.hasPrefix("records/")) {
                // A data key goes only with its whole document: superseding
                // one alone would make parts unreadable without a tombstone.
                if path.hasPrefix("datakeys/"), !entry.destroyed.isEmpty { continue }
                // Or with an erasure of its folder, which re-encrypts the rest under new keys (judged below).
                if path.hasPrefix("datakeys/"), blind(path).map(entry.erased.contains) == true { continue }
                return "it supersedes an object that cannot be superseded (\(path))"
            }
            // Evidence is only ever re-encrypted, never removed: every reader,
            // whatever it can open, holds a removed attachment to a replacement
            // (a destruction, judged below, removes the whole document).
            if entry.destroyed.isEmpty, let path = unreplaced(objects: entry.objects.filter { $0.hasPrefix("attachments/") },
                                     removed: entry.removed.filter { $0.hasPrefix("attachments/") }) {
                return "it supersedes \(path) with nothing in its place"
            }
        }
        return destructionRefusal(entry, clearance: clearance) ?? erasureRefusal(entry, clearance: clearance)
    }

    /// An erasure (issue 18, `tamga person erase`), as every reader judges
    /// it: by a member cleared internal, naming document folders, writing
    /// and superseding only inside them, and destroying nothing. What it
    /// names outdates every earlier object there (`CommitIndex`), so only
    /// someone allowed to rewrite every level of a document may sign it.
    static func erasureRefusal(_ entry: Facts, clearance: Clearance) -> String? {
        guard !entry.erased.isEmpty else { return nil }
        guard clearance == .internal else { return "only members cleared internal erase persons" }
        guard entry.destroyed.isEmpty else { return "an erasure destroys no document" }
        for folder in entry.erased where !isObjectPath("attachments/\(folder)/" + String(repeating: "0", count: 64)) {
            return "it erases something that is not a document folder (\(folder))"
        }
        let erased = Set(entry.erased)
        for path in entry.objects + entry.removed where !(blind(path).map(erased.contains) ?? false) {
            return "an erasure writes and supersedes only the objects of the documents it rewrites (\(path))"
        }
        // Rewritten, not removed: each folder gets its revisions back, so an
        // erase entry cannot make a document vanish without a tombstone (review, session 37).
        let rewritten = Set(entry.objects.filter { $0.hasPrefix("documents/") }.compactMap(blind))
        for folder in entry.erased where !rewritten.contains(folder) {
            return "an erasure commits the rewritten revisions of every document it names (\(folder))"
        }
        return nil
    }

    /// A destruction (issue 18), as every reader judges it: by a member
    /// cleared internal, writing nothing, naming document folders, and
    /// superseding only objects inside them.
    static func destructionRefusal(_ entry: Facts, clearance: Clearance) -> String? {
        guard !entry.destroyed.isEmpty else { return nil }
        guard clearance == .internal else { return "only members cleared internal destroy documents" }
        guard entry.objects.isEmpty else { return "a destruction writes no object" }
        for folder in entry.destroyed where !isObjectPath("attachments/\(folder)/" + String(repeating: "0", count: 64)) {
            return "it destroys something that is not a document folder (\(folder))"
        }
        let destroyed = Set(entry.destroyed)
        for path in entry.removed where !(blind(path).map(destroyed.contains) ?? false) {
            return "a destruction supersedes only the objects of the documents it destroys (\(path))"
        }
        return nil
    }

    /// Which clearance may sign each action, and which objects it may write.
    /// Unknown actions are refused: a newer tamga must not be out-voted by a
    /// forgery that an older one does not understand.
    static let actions: [String: (who: Set<Signer>, writes: Set<String>, removes: Bool)] = [
        "init": ([.administrator], [], false),
        "add": ([.internalMember, .contributor], ["documents", "datakeys"], false),
        "attach": ([.internalMember, .contributor], ["attachments", "datakeys"], false),
        "export": ([.internalMember], [], false),
        "attachment-redact": ([.internalMember], [], false),
        "attachment-restrict": ([.internalMember], ["attachments"], true),
        "read": ([.internalMember, .stateMember, .contributor], [], false),
        "accept-older": ([.internalMember, .stateMember, .contributor], [], false),
        "consent-grant": ([.internalMember], [], false),
        "consent-withdraw": ([.internalMember], [], false),
        "person-retire": ([.internalMember], [], false),
        "policy-set": ([.administrator], ["policy"], false),
        "member-add": ([.administrator], [], false),
        "member-remove": ([.administrator], [], false),
        "recover": ([.administrator], [], false),
        "recovery-reshare": ([.administrator], [], false),
        "refresh": ([.internalMember], ["documents", "datakeys"], true),
        "rekey": ([.internalMember], ["documents", "attachments", "records", "datakeys"], true),
        "attachment-rekey": ([.internalMember], ["attachments", "datakeys"], true),
        "rec-respond": ([.internalMember], ["records"], false),
        "rec-verify": ([.internalMember], ["records"], false),
        "destroy": ([.internalMember], [], true),
        "erase": ([.internalMember], ["documents", "attachments", "datakeys"], true),
        "destroy-request": ([.internalMember], [], false),
        "destroy-cancel": ([.internalMember], [], false),
        "erase-request": ([.internalMember], [], false),
        "erase-cancel": ([.internalMember], [], false),
        // Hand-over to a successor body (issue 18, docs/retention.md).
        "transfer-consent-grant": ([.internalMember], [], false),
        "transfer-consent-withdraw": ([.internalMember], [], false),
        "handover": ([.administrator], [], false),
        "handover-accepted": ([.administrator], [], false),
        "handover-accept": ([.administrator], [], false),
        "handover-accept-complete": ([.administrator], [], false),
    ]

    enum Signer: Hashable { case administrator, internalMember, stateMember, contributor }

    static func actionRefusal(_ action: String, _ entry: Facts, member: MemberRecord) -> String? {
        guard let rule = actions[action] else { return "unknown action" }
        let signer: Set<Signer> = switch member.clearance {
        case .internal: member.administrator ? [.administrator, .internalMember] : [.internalMember]
        case .state: member.administrator ? [.administrator, .stateMember] : [.stateMember]
        case .contributor: [.contributor]
        }
        guard !rule.who.isDisjoint(with: signer) else { return "a member cleared \(member.clearance.rawValue) may not sign it" }
        if rule.who == [.administrator], member.clearance != .internal { return "only administrators cleared internal may sign it" }
        for path in entry.objects where !rule.writes.contains(String(path.prefix { $0 != "/" })) {
            return "it writes an object that this action does not write (\(path))"
        }
        if !entry.removed.isEmpty, !rule.removes { return "this action supersedes nothing" }
        if (action == "destroy") == entry.destroyed.isEmpty {
            return action == "destroy" ? "a destruction names the document folders it destroys" : "only a destroy entry destroys documents"
        }
        if (action == "erase") == entry.erased.isEmpty {
            return action == "erase" ? "an erasure names the document folders it rewrites" : "only an erase entry rewrites folders"
        }
        if Self.requestActions.contains(action) == entry.requests.isEmpty {
            return Self.requestActions.contains(action) ? "a request names the document folders" : "only a request entry asks for a destruction or an erasure"
        }
        if (action == "erase-request") != entry.requestsErasure {
            return action == "erase-request" ? "a request for an erasure says so" : "only an erase-request entry asks for an erasure"
        }
        if action == "refresh", entry.removed.contains(where: { $0.split(separator: "/").dropFirst(2).first == "internal" }) {
            return "a refresh supersedes only state and public parts"
        }
        if Self.replacingActions.contains(action), let path = Self.unreplaced(objects: entry.objects, removed: entry.removed) {
            return "it supersedes \(path) with nothing in its place"
        }
        return nil
    }

    /// Actions that ask for a destruction or an erasure under the two-administrator rule.
    static let requestActions: Set<String> = ["destroy-request", "erase-request"]

    /// Actions that re-encrypt: each object they supersede is replaced by one
    /// they commit in the same folder, so none of them can delete a part or
    /// an evidence file outright (attacker, session 29).
    static let replacingActions: Set<String> = ["rekey", "attachment-rekey", "attachment-restrict"]

    /// A superseded path with no committed object of its own in the same folder, if any.
    static func unreplaced(objects: [String], removed: [String]) -> String? {
        func folder(_ path: String) -> Substring { path[..<(path.lastIndex(of: "/") ?? path.endIndex)] }
        var written: [Substring: Int] = [:]
        for path in objects { written[folder(path), default: 0] += 1 }
        for path in removed {
            guard let count = written[folder(path)], count > 0 else { return path }
            written[folder(path)] = count - 1
        }
        return nil
    }

    /// A contributor's entry touching a document folder counts only if every
    /// other entry touching it came after it, or is the same contributor's
    /// before it; or if a member cleared internal has since written to the
    /// folder after it (projected it): then it is the document, and a rival
    /// entry made apart by another contributor cannot make it vanish.
    static func contributorClash(_ name: String, _ entry: Facts, facts: [String: Facts], touching: [String: [String]],
                                 graph: LogGraph, isInternal: (Facts) -> Bool) -> String? {
        for blind in Set((entry.objects + entry.removed).compactMap(blind)) {
            let confirmed = (touching[blind] ?? []).contains { other in
                other != name && facts[other].map(isInternal) == true && graph.isAncestor(name, of: other)
            }
            for other in touching[blind] ?? [] where other != name && !confirmed {
                if graph.isAncestor(name, of: other) { continue }
                if facts[other]?.actor == entry.actor, graph.isAncestor(other, of: name) { continue }
                return "a contributor wrote to a document that already exists"
            }
        }
        return nil
    }

    /// Whether `path` has the shape of an object tamga writes.
    static func isObjectPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func hex(_ text: String, _ count: Int) -> Bool {
            text.utf8.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        }
        let levels: Set<String> = ["internal", "state", "public"]
        switch parts.first {
        case "documents": return parts.count == 4 && hex(parts[1], 32) && levels.contains(parts[2]) && hex(parts[3], 64)
        case "attachments": return parts.count == 3 && hex(parts[1], 32) && hex(parts[2], 64)
        case "records": return parts.count == 3 && levels.contains(parts[1]) && hex(parts[2], 64)
        case "datakeys": return parts.count == 4 && hex(parts[1], 32) && levels.contains(parts[2]) && hex(parts[3], 64)
        case "policy": return parts.count == 2 && parts[1].hasSuffix(".json") && hex(String(parts[1].dropLast(5)), 64)
        default: return false
        }
    }

    /// The blind id of a document part, attachment or data-key path.
    static func blind(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 3, parts[0] == "documents" || parts[0] == "attachments" || parts[0] == "datakeys" else { return nil }
        return String(parts[1])
    }
}
