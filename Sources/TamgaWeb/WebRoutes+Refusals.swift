import Foundation
import TamgaCore
import TamgaVault

/// What a page says in its own language when a use case refuses, and the
/// use cases' own lines a page repeats (web red team 42, K1: under Kyrgyz
/// or Russian headings, the hand-over notice, the reason-names-a-person
/// refusal, the rekey refusal and the export confirmation were English).
///
/// The refusals a browser member meets in the course of a page's own work
/// come from the catalogue, their values as placeholders; any other use-case
/// message stays English (the use cases speak English, as the command line
/// does) and, in another language, is marked "(in English)" in that
/// language, so the mix is visible rather than skipped over.
extension WebRoutes {
    /// A refusal's message and hint for a page in `frame`'s language.
    static func refusalText(_ error: any Error, frame: WebPages.Frame) -> (message: String, hint: String?) {
        let words = frame.words
        if let said = error as? WebRefusal { return (said.message, nil) }
        switch error as? VaultError {
        case .reasonNamesPerson(let id)?: return (say(words, "reasonNamesPerson", ["id": id]), nil)
        case .chooseMember(let names)?: return (say(words, "chooseMember", ["names": names.joined(separator: ", ")]), nil)
        default: break
        }
        let message = (error as? any UserFacingError)?.message ?? "the action failed"
        let marker = frame.lang == "en" ? "" : (words["inEnglish"] ?? "")
        return (marker.isEmpty ? message : marker + " " + message, (error as? any UserFacingError)?.hint)
    }

    /// A hand-over that carried what is destroyed or erased: the successor's copy is not touched (`HandoverRecord.notice`, in the page's language).
    static func handedOverNotice(_ record: HandoverRecord, words: [String: String]) -> String {
        let to = record.successorVault.map { say(words, "successorVault", ["vault": String($0.prefix(16))]) } ?? (words["theSuccessor"] ?? "")
        return say(words, "handedOverNotice", ["date": String(record.time.prefix(10)), "entry": String(record.entry.prefix(12)),
                                               "manifest": String(record.manifestHash.prefix(16)), "to": to,
                                               "state": words[record.accepted ? "handedOverAccepted" : "handedOverPending"] ?? ""])
    }
}

/// A refusal the web layer words itself, from the catalogue, already in the page's language.
struct WebRefusal: UserFacingError {
    let message: String
    var failureClass: FailureClass { .badInput }
    var hint: String? { nil }
}
