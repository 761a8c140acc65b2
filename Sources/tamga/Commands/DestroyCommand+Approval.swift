import ArgumentParser
import Foundation
import TamgaVault

/// `tamga destroy` under a policy that asks for a second administrator's
/// approval (issue 18, `DocumentDestruction+Approval`): ask, list, approve,
/// withdraw. Only parsing and printing here.
extension DestroyCommand {
    func validateApproval() throws {
        guard [pending, approve, cancel].filter({ $0 }).count == 1 else {
            throw ValidationError("--pending, --approve and --cancel go one at a time")
        }
        guard !due, asOf == nil, reason == nil else {
            throw ValidationError("--pending, --approve and --cancel take no --due, --as-of or --reason (an approval keeps the request's reason)")
        }
        if pending, id != nil { throw ValidationError("--pending takes no document id") }
        if !pending, id == nil { throw ValidationError("give the document id whose request to \(approve ? "approve" : "withdraw")") }
        if request != nil, !approve { throw ValidationError("--request goes with --approve") }
    }

    func runApproval(_ vault: UnlockedVault) throws {
        let destruction = DocumentDestruction(vault: vault)
        if pending {
            let (requests, outdated) = try destruction.requests()
            if requests.isEmpty { print("No request for destruction is waiting.") }
            for request in requests {
                print("\(request.id)  asked by \(request.requestedBy), \(request.time); reason: \(request.reason); request \(request.entry.prefix(12))")
            }
            for request in outdated {
                print("\(request.id)  OUTDATED: asked by \(request.requestedBy), \(request.time), before its folders changed (a member "
                      + "was removed since); it can no longer be carried out: ask again with `tamga destroy \(request.id) --reason TEXT`")
            }
            return
        }
        let id = id ?? ""
        if cancel {
            let request = try destruction.cancel(id)
            print("withdrawn: the request to destroy \(id) (asked by \(request.requestedBy), \(request.time)); nothing was destroyed")
            return
        }
        let plan = try destruction.plan(id)
        let known = try destruction.requests()
        guard let pendingRequest = known.pending.first(where: { $0.id == id }) else {
            if known.outdated.contains(where: { $0.id == id }) {
                throw ValidationError("the request to destroy \(id) was made before its folders changed (a member was removed since): "
                                      + "it can no longer be carried out; ask again with `tamga destroy \(id) --reason TEXT`")
            }
            throw ValidationError("nothing asks for \(id) to be destroyed: a member cleared internal asks first, with `tamga destroy \(id) --reason TEXT`")
        }
        try DocumentDestruction.require(pendingRequest, is: request, what: "destroy \(id)")
        try confirm(Self.describe(plan) + "\nAsked by \(pendingRequest.requestedBy), \(pendingRequest.time), because: \(pendingRequest.reason)"
                    + "\nType the document id to approve and destroy it for good: ", expected: id)
        // The request shown is the one approved (web red team 42, B1).
        report(try destruction.approve(id, planned: plan, expectedEntry: pendingRequest.entry))
        print(Self.stillOpens(plan))
    }

    /// Writes a request instead of a tombstone.
    func ask(_ destruction: DocumentDestruction, id: String) throws {
        let plan = try destruction.plan(id)
        try confirm(Self.describe(plan) + "\nThe policy asks for a second administrator's approval."
                    + "\nType the document id to ask for its destruction: ", expected: id)
        let request = try destruction.request(id, reason: reason ?? "", planned: plan)
        print("asked: the destruction of \(id) (request \(request.entry.prefix(12))); nothing is destroyed until an administrator "
              + "other than you runs `tamga destroy --approve \(id)`")
    }

    func askDue(_ scheduled: ScheduledDestruction, due: [(item: RetentionReview.Item, plan: DocumentDestruction.Plan)], day: String) throws {
        try confirm("About to ask for the destruction of \(due.count) document(s) due on \(day) (the policy asks for a second administrator's approval)."
                    + "\nType the number of documents to ask: ", expected: "\(due.count)")
        let planned = Dictionary(due.map { ($0.item.id, $0.plan) }, uniquingKeysWith: { first, _ in first })
        let requests = try scheduled.request(due.map(\.item), asOf: day, planned: planned)
        for request in requests { print("asked: \(request.id) (request \(request.entry.prefix(12)))") }
        let skipped = due.count - requests.count
        if skipped > 0 { print("\(skipped) document(s) were already asked for") }
        print("Nothing is destroyed until an administrator other than you runs `tamga destroy --approve ID` for each.")
    }
}
