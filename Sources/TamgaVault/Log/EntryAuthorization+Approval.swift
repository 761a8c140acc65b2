/// The two-administrator rule for destruction (issue 18), as every reader
/// judges it from the clear fields of the signed log, so that a State member
/// or a server guard, who cannot open the actions, honours only tombstones
/// two members agreed on.
///
/// Once a `policy-set` entry asks for approval (`destructionApproval`), a
/// destruction counts only if it carries out (`approves`) a request
/// (`requests`) that it descends from, for exactly the folders it destroys,
/// made by another member, and its own signer is an administrator cleared
/// internal. The rule applies to every destruction that the asking entry
/// does not descend from: a destruction written on a branch that "did not
/// see" the policy (a signer choosing old predecessors to slip under it) is
/// judged by it all the same, and a policy that no longer asks does not lift
/// it: once a vault asked, it keeps asking, so one administrator cannot set a
/// lax policy and then destroy alone.
///
/// Limit (docs/retention.md): the rule counts keys, not people. An
/// administrator who adds a second identity for themselves (`member add`,
/// which is in the log) can approve their own request.
extension EntryAuthorization {
    /// The per-entry shape of the rule's fields.
    static func approvalFieldRefusal(_ entry: Facts, member: MemberRecord) -> String? {
        if !entry.requests.isEmpty {
            guard member.clearance == .internal else { return "only members cleared internal ask for a destruction" }
            guard entry.objects.isEmpty, entry.removed.isEmpty, entry.destroyed.isEmpty else {
                return "a request for a destruction writes, supersedes and destroys nothing"
            }
            for folder in entry.requests where !isObjectPath("attachments/\(folder)/" + String(repeating: "0", count: 64)) {
                return "it asks to destroy something that is not a document folder (\(folder))"
            }
        }
        if entry.approves != nil {
            guard !entry.destroyed.isEmpty else { return "only a destruction carries out a request for one" }
            guard member.clearance == .internal, member.administrator else {
                return "only administrators cleared internal carry out a request for a destruction"
            }
        }
        if entry.asksApproval, !entry.objects.contains(where: { $0.hasPrefix("policy/") }) {
            return "only an entry that sets the policy asks for approval of destructions"
        }
        return nil
    }

    /// The destructions that the rule refuses, with the reason.
    static func approvalRefusals(_ facts: [String: Facts], refused: [String: String], graph: LogGraph,
                                 rules: EntryAuthorization) -> [String: String] {
        let asking = facts.filter { refused[$0.key] == nil && $0.value.asksApproval }.map(\.key)
        guard !asking.isEmpty else { return [:] }
        var found: [String: String] = [:]
        for (name, entry) in facts where refused[name] == nil && !entry.destroyed.isEmpty {
            guard asking.contains(where: { !graph.isAncestor(name, of: $0) }) else { continue }
            if let reason = approvalRefusal(name, entry, facts: facts, refused: refused, graph: graph, rules: rules) {
                found[name] = reason
            }
        }
        return found
    }

    /// Why one destruction under the rule does not count, or nil.
    static func approvalRefusal(_ name: String, _ entry: Facts, facts: [String: Facts], refused: [String: String],
                                graph: LogGraph, rules: EntryAuthorization) -> String? {
        let rule = "the policy asks for a second administrator's approval of every destruction"
        guard let request = entry.approves else { return rule + ", and this one carries out no request" }
        guard let asked = facts[request], refused[request] == nil, !asked.requests.isEmpty, request != name,
              graph.isAncestor(request, of: name) else {
            return rule + ", and the request it names is not a counted request before it"
        }
        guard Set(asked.requests) == Set(entry.destroyed) else {
            return rule + ", and it destroys other documents than the request asked"
        }
        guard asked.actor != entry.actor else { return rule + ", and the member who asked carried it out" }
        guard rules.member(of: entry)?.administrator == true else {
            return rule + ", and it was not carried out by an administrator"
        }
        return nil
    }
}
