import ArgumentParser
import Foundation
import TamgaVault

/// `tamga person erase` under a policy that asks for a second administrator's
/// approval (issue 18, `PersonErasure+Approval`): ask, list, approve,
/// withdraw. Only parsing and printing here.
extension PersonCommand.Erase {
    func validateApproval() throws {
        guard [pending, approve, cancel].filter({ $0 }).count == 1 else {
            throw ValidationError("--pending, --approve and --cancel go one at a time")
        }
        guard reason == nil else {
            throw ValidationError("--pending, --approve and --cancel take no --reason (an approval keeps the request's reason)")
        }
        if pending, id != nil { throw ValidationError("--pending takes no person id") }
        if !pending, id == nil { throw ValidationError("give the person id whose request to \(approve ? "approve" : "withdraw")") }
        if request != nil, !approve { throw ValidationError("--request goes with --approve") }
    }

    func runApproval(_ erasure: PersonErasure) throws {
        if pending {
            let requests = try erasure.pending(), outdated = try erasure.outdated()
            guard !requests.isEmpty || !outdated.isEmpty else { print("No request for erasure is waiting."); return }
            for request in outdated {
                print("\(request.id)  OUTDATED: asked by \(request.requestedBy), \(request.time), before a document it names was destroyed; "
                      + "it can no longer be carried out as asked: withdraw it (`--cancel \(request.id)`) and ask again")
            }
            for request in requests {
                print("\(request.id)  asked by \(request.requestedBy), \(request.time); reason: \(request.reason); request \(request.entry.prefix(12))")
            }
            return
        }
        let id = id ?? ""
        if cancel {
            let request = try erasure.cancel(id)
            print("withdrawn: the request to erase \(id) (asked by \(request.requestedBy), \(request.time)); nothing was changed")
            return
        }
        guard let pendingRequest = try erasure.pending().first(where: { $0.id == id }) else {
            throw ValidationError("nothing asks for \(id) to be erased: a member cleared internal asks first, with `tamga person erase \(id) --reason TEXT`")
        }
        try DocumentDestruction.require(pendingRequest, is: request, what: "erase \(id)")
        try confirm(Self.describe(try erasure.plan(id)) + "\nAsked by \(pendingRequest.requestedBy), \(pendingRequest.time), because: \(pendingRequest.reason)"
                    + "\nType the person id to approve and erase their names for good: ", expected: id)
        // The request shown is the one approved (web red team 42, B1).
        report(try erasure.approve(id, expectedEntry: pendingRequest.entry, progress: Terminal.refreshProgress))
    }

    /// Writes a request instead of erasing.
    func ask(_ erasure: PersonErasure, id: String) throws {
        try confirm(Self.describe(try erasure.plan(id)) + "\nThe policy asks for a second administrator's approval."
                    + "\nType the person id to ask for their erasure: ", expected: id)
        let request = try erasure.request(id, reason: reason ?? "")
        print("asked: the erasure of \(id) (request \(request.entry.prefix(12))); nothing is changed until an administrator "
              + "other than you runs `tamga person erase --approve \(id)`")
    }
}
