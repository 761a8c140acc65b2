/// The two-administrator rule for destruction and erasure (issue 18), as
/// every reader judges it from the clear fields of the signed log, so that a State member
/// or a server guard, who cannot open the actions, honours only tombstones
/// two members agreed on.
///
/// Once a `policy-set` entry asks for approval (`destructionApproval`), a
/// destruction that descends from it counts only if it carries out
/// (`approves`) a request (`requests`) that it descends from, for exactly the
/// folders it destroys, made by another member still active when it was
/// carried out and not withdrawn, before it, by anyone entitled to
/// (`withdraws`; a withdrawal it does not descend from comes too late), and its own
/// signer is an administrator cleared internal. A policy that no longer asks
/// does not lift the rule: once a vault asked, it keeps asking.
///
/// Why "descends from" and not "does not precede": a signer chooses an
/// entry's predecessors. Judging every destruction the asking entry does not
/// descend from would let one administrator annul past destructions by
/// setting a policy on old predecessors (attacker, session 36). The converse
/// trick, a destruction written on predecessors from before the policy, is
/// refused where entries arrive (`ArrivalJudge.judgeLog`: sync, clone and the
/// server's guard refuse a destruction that does not descend from every
/// asking entry already there).
///
/// An asking entry counts even when its signer was removed later by a
/// removal that claims not to have seen it: the removal's writer chooses what
/// it saw, and the rule only ever makes judging stricter. Nothing an honest
/// writer adds later descends from such an entry (writers follow counted
/// heads), so for it the rule applies to every destruction that it does not
/// descend from.
///
/// The approver must have been an administrator cleared internal in the
/// keyring the request binds: one added after the request never approves it.
/// Nor does one whose lineage meets the asker's since the vault first asked
/// for approval (`approvalLineage`): one made a member cleared internal or an
/// administrator by the other, or both by a third, after that; otherwise the
/// only administrator adds a second identity of their own and the two
/// approve each other (web red team 42, D1; session 43 attacker, A1, A2).
///
/// Limit (docs/retention.md): the rule counts keys, not people. An
/// administrator who added a second identity for themselves before the
/// policy asked (`member add`, which is in the log) can approve their own
/// request; so can whoever holds the recovery key, for an administrator it
/// signed in (the recovery key is its own signer here).
extension EntryAuthorization {
    /// The per-entry shape of the rule's fields.
    static func approvalFieldRefusal(_ entry: Facts, member: MemberRecord) -> String? {
        if entry.requestsErasure, entry.requests.isEmpty { return "a request for an erasure names the document folders it would rewrite" }
        if !entry.requests.isEmpty || entry.withdraws != nil {
            guard member.clearance == .internal else { return "only members cleared internal ask for or withdraw a destruction" }
            guard entry.objects.isEmpty, entry.removed.isEmpty, entry.destroyed.isEmpty, entry.requests.isEmpty || entry.withdraws == nil else {
                return "a request for a destruction, or its withdrawal, writes, supersedes and destroys nothing"
            }
            for folder in entry.requests where !isObjectPath("attachments/\(folder)/" + String(repeating: "0", count: 64)) {
                return "it asks to destroy something that is not a document folder (\(folder))"
            }
        }
        if entry.approves != nil {
            guard !entry.destroyed.isEmpty || !entry.erased.isEmpty else { return "only a destruction or an erasure carries out a request for one" }
            guard member.clearance == .internal, member.administrator else {
                return "only administrators cleared internal carry out a request for a destruction"
            }
        }
        if entry.asksApproval, !entry.objects.contains(where: { $0.hasPrefix("policy/") }) {
            return "only an entry that sets the policy asks for approval of destructions"
        }
        return nil
    }

    /// The entries that ask for approval and count for the rule: `counted`
    /// ones, and ones refused only because a later removal claims not to
    /// have seen them (`removedSigner`).
    static func askingEntries(_ facts: [String: Facts], refused: [String: String],
                              rules: EntryAuthorization) -> (counted: [String], removedSigner: [String]) {
        var counted: [String] = [], removedSigner: [String] = []
        for (name, item) in facts where item.asksApproval {
            guard let reason = refused[name] else { counted.append(name); continue }
            if reason == removedReason,
               rules.refusal(of: name, item, parents: item.previous.compactMap { facts[$0] }, ignoringRemoval: true) == nil {
                removedSigner.append(name)
            }
        }
        return (counted, removedSigner)
    }

    /// Whether any entry asks for approval, for the rule.
    static func anyAsking(_ facts: [String: Facts], refused: [String: String], rules: EntryAuthorization) -> Bool {
        let asking = askingEntries(facts, refused: refused, rules: rules)
        return !asking.counted.isEmpty || !asking.removedSigner.isEmpty
    }

    /// The destructions that the rule refuses, with the reason. It applies
    /// to a destruction that descends from a counted asking entry, and to
    /// one that precedes no asking entry whose signer's removal un-counted it
    /// (nothing written after such an entry descends from it, since writers
    /// follow counted heads).
    static func approvalRefusals(_ facts: [String: Facts], refused: [String: String], graph: LogGraph,
                                 rules: EntryAuthorization) -> [String: String] {
        let asking = askingEntries(facts, refused: refused, rules: rules)
        guard !asking.counted.isEmpty || !asking.removedSigner.isEmpty else { return [:] }
        // Everything that descends from a counted asking entry, found once (not one walk per pair).
        var children: [String: [String]] = [:]
        for (name, item) in facts { for parent in item.previous { children[parent, default: []].append(name) } }
        var under = Set(asking.counted)
        var stack = asking.counted
        while let name = stack.popLast() {
            for child in children[name] ?? [] where under.insert(child).inserted { stack.append(child) }
        }
        let before = asking.removedSigner.isEmpty ? [] : graph.ancestors(of: asking.removedSigner)
        var found: [String: String] = [:]
        // An erasure destroys the revisions that named the person (issue 18):
        // it needs a second administrator's approval like a destruction.
        for (name, entry) in facts where refused[name] == nil && (!entry.destroyed.isEmpty || !entry.erased.isEmpty)
            && (under.contains(name) || (!asking.removedSigner.isEmpty && !before.contains(name))) {
            if let reason = approvalRefusal(name, entry, facts: facts, refused: refused, graph: graph, rules: rules) {
                found[name] = reason
            }
        }
        return found
    }

    /// Why one destruction or erasure under the rule does not count, or nil.
    /// An erasure carries out a request for an erasure (`requestsErasure`)
    /// naming exactly the folders it rewrites; a destruction, a request for a
    /// destruction naming exactly the folders it destroys. Neither counts as
    /// the other: a member who agreed to rewrite a document did not agree to
    /// destroy it.
    static func approvalRefusal(_ name: String, _ entry: Facts, facts: [String: Facts], refused: [String: String],
                                graph: LogGraph, rules: EntryAuthorization) -> String? {
        let erasure = !entry.erased.isEmpty
        let rule = "the policy asks for a second administrator's approval of every " + (erasure ? "erasure" : "destruction")
        guard let request = entry.approves else { return rule + ", and this one carries out no request" }
        guard let asked = facts[request], refused[request] == nil, !asked.requests.isEmpty, request != name,
              graph.isAncestor(request, of: name) else {
            return rule + ", and the request it names is not a counted request before it"
        }
        guard asked.requestsErasure == erasure else {
            return rule + (erasure ? ", and the request it carries out asks for a destruction" : ", and the request it carries out asks for an erasure")
        }
        guard Set(asked.requests) == Set(erasure ? entry.erased : entry.destroyed) else {
            return rule + (erasure ? ", and it rewrites other documents than the request named" : ", and it destroys other documents than the request asked")
        }
        guard asked.actor != entry.actor else { return rule + ", and the member who asked carried it out" }
        guard rules.member(of: entry)?.administrator == true else {
            return rule + ", and it was not carried out by an administrator"
        }
        // The second administrator must already have been one when the request was made: an administrator
        // added after it (by the asker, with a key they made themselves) is no second person (web red team 40, F10).
        guard rules.wasAdministrator(entry.actor, whenWriting: asked) else {
            return rule + ", and the member who carried it out was not an administrator cleared internal when it was asked"
        }
        if let since = firstAskingKeyring(facts, refused: refused, rules: rules),
           rules.shareLineage(asked.actor, entry.actor, since: since, through: entry.keyring) {
            return rule + ", and the member who carried it out and the member who asked come from one member's additions "
                + "made after the vault asked for approval"
        }
        guard rules.isActive(asked.actor, whenWriting: entry) else {
            return rule + ", and the member who asked was no longer a member when it was carried out"
        }
        // Only a withdrawal the carrying-out entry descends from: one written apart (a copy that had not
        // seen the approval) would otherwise undo a destruction every copy already carried out, or, for an
        // erasure whose old keys are shredded, lose the documents for everyone (attacker, session 37).
        if facts.contains(where: { other, item in
            item.withdraws == request && refused[other] == nil && isEntitledToWithdraw(item, request: asked, rules: rules)
                && graph.isAncestor(other, of: name)
        }) {
            return rule + ", and the request it carries out was withdrawn"
        }
        return nil
    }

    /// Whoever asked, or an administrator cleared internal, withdraws a request.
    static func isEntitledToWithdraw(_ withdrawal: Facts, request: Facts, rules: EntryAuthorization) -> Bool {
        withdrawal.actor == request.actor
            || (rules.member(of: withdrawal).map { $0.administrator && $0.clearance == .internal } ?? false)
    }

    /// The position in the keyring chain of the oldest keyring an asking entry binds: the keyrings after it
    /// were written after the vault first asked for approval.
    static func firstAskingKeyring(_ facts: [String: Facts], refused: [String: String], rules: EntryAuthorization) -> Int? {
        let asking = askingEntries(facts, refused: refused, rules: rules)
        return (asking.counted + asking.removedSigner).compactMap { facts[$0].flatMap { rules.chainPosition(of: $0.keyring) } }.min()
    }
}
